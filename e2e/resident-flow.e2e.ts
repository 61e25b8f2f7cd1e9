/**
 * A resident's first matter, in a real browser against the real local cloud: open the
 * talk point by its QR scene, agree to the privacy notice, register a matter with a
 * photo, see its number, find it under 我的 and open it. Then, as another resident, see
 * none of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO } from '../emulator/seed'
import { startHarness, type Harness } from './harness'
import { fillRegistration } from './steps'

// a real 2×2 PNG
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
)
const CONTENT = '小区东门的垃圾桶满了好几天没人清运，气味很大'
const PHONE = '13812345678'

let h: Harness
let itemId = ''
let itemNo = ''

beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => {
  await h?.stop()
})

describe('a resident registers a matter', () => {
  it('from the QR code to the registration number', async () => {
    const page = await h.pageAs(DEMO.residentA)
    await page.goto(`${h.system.url}/#/pages/index/index?scene=${DEMO.pointCode}`)
    await expect.poll(() => page.getByTestId('point-name').textContent()).toContain('新东社区民情说事点')
    await h.shot(page, 'resident-01-home')

    await page.getByTestId('start-submit').click()
    await page.getByTestId('consent-agree').waitFor()
    await h.shot(page, 'resident-02-consent')
    await page.getByTestId('consent-agree').click()
    await fillRegistration(page, { name: '张三', phone: PHONE, address: '新东社区幸福路12号3单元501', category: '环境卫生', content: CONTENT })

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('photo-add').click()])
    await chooser.setFiles({ name: 'rubbish.png', mimeType: 'image/png', buffer: PNG })
    await page.getByTestId('photo-item').waitFor()
    await h.shot(page, 'resident-03-form')

    // a double tap registers one matter
    await page.getByTestId('submit').dblclick()
    await page.getByTestId('result-no').waitFor()
    itemNo = ((await page.getByTestId('result-no').textContent()) ?? '').trim()
    expect(itemNo).toMatch(/^XD01-\d{9,}$/)
    expect(await page.getByTestId('result-assignee').textContent()).toContain('李秀英')
    await h.shot(page, 'resident-04-result')

    const items = await h.system.cloud.db.dump('items')
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({ no: itemNo, ownerOpenid: DEMO.residentA, content: CONTENT, category: '环境卫生' })
    expect(items[0].photos).toHaveLength(1)
    itemId = String(items[0]._id)
    await page.context().close()
  })

  it('finds it under 我的 and opens its detail with the photo and timeline', async () => {
    const page = await h.pageAs(DEMO.residentA)
    await page.goto(`${h.system.url}/#/pages/mine/index`)
    const row = page.getByTestId('mine-row')
    await row.first().waitFor()
    expect(await row.count()).toBe(1)
    expect(await row.first().textContent()).toContain(itemNo)
    await h.shot(page, 'resident-05-mine')

    await row.first().click()
    await expect.poll(() => page.getByTestId('detail-no').textContent()).toContain(itemNo)
    expect(await page.getByTestId('detail-timeline').textContent()).toContain('已登记')
    expect(await page.getByTestId('detail-contact').textContent()).toContain(PHONE)
    const photo = page.locator('img[src*="/storage/"]').first()
    await photo.waitFor()
    await expect.poll(() => photo.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(2)
    await h.shot(page, 'resident-06-detail')
    await page.context().close()
  })

  it('shows another resident none of it', async () => {
    const page = await h.pageAs(DEMO.residentB)
    await page.goto(`${h.system.url}/#/pages/mine/index`)
    await page.getByTestId('mine-empty').waitFor()
    expect(await page.getByTestId('mine-row').count()).toBe(0)
    await h.shot(page, 'resident-07-other-mine')

    await page.goto(`${h.system.url}/#/pages/item/index?id=${itemId}`)
    await page.getByTestId('state-error').waitFor()
    expect(await page.getByTestId('state-error').textContent()).toContain('没有找到')
    const body = (await page.locator('body').textContent()) ?? ''
    expect(body).not.toContain(PHONE)
    expect(body).not.toContain(CONTENT)
    expect(body).not.toContain(itemNo)
    await h.shot(page, 'resident-08-other-detail')
    await page.context().close()
  })
})
