/**
 * 民情日记 in a real browser against the local cloud: 李秀英 (one household visited this
 * month in the demo data, behind the 3–5 quota) writes up a home visit — the draft
 * survives a reload, a double tap saves one entry — and registers a matter for the
 * household from it; the matter is in her workbench with its number. 陈书记 sees her
 * month's count in 走访进度 and reads the entry, which is audited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chineseDayOf, chinaYmd } from '../domain/kernel/display-dates'
import { DEMO } from '../emulator/seed'
import { startHarness, type Harness } from './harness'
import { typeInto } from './steps'

let h: Harness
const ADDRESS = '新东小区7栋1单元402'
const HEARD = '钱奶奶独居，说小区东门的路灯坏了一个多月，晚上去买药看不清路'
const DIFFICULTIES = '小区东门路灯坏了一个多月，老人晚上出门不安全'

beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => {
  await h?.stop()
})

const mine = async () => (await h.system.cloud.db.dump('visits')).filter((v) => v.author === DEMO.cadre2)

describe('民情日记', () => {
  let visitId = ''
  let matterNo = ''

  it('a cadre writes up a home visit, keeping the draft, saving it once', async () => {
    const page = await h.pageAs(DEMO.cadre2)
    await page.goto(`${h.system.url}/#/staff/pages/workbench/index`)
    await expect.poll(() => page.getByTestId('diary-entry-summary').textContent()).toContain('本月已走访 1 户，还差 2 户')
    await page.getByTestId('diary-entry').click()
    await expect.poll(() => page.getByTestId('diary-standing').textContent()).toContain('已走访 1 户')
    expect(await page.getByTestId('diary-standing').textContent()).toContain('要求 3–5 户')
    expect(await page.getByTestId('diary-row').count()).toBe(1)
    await h.shot(page, 'diary-01-list')

    await page.getByTestId('diary-write').click()
    await page.getByTestId('visit-new').waitFor()
    await page.getByTestId('visit-form-homeVisit').click()
    expect(await page.getByTestId('visit-date-value').textContent()).toBe(chineseDayOf(chinaYmd(h.system.cloud.clock.now())))
    await typeInto(page, 'visit-address', ADDRESS)
    await typeInto(page, 'visit-met', '钱奶奶')
    await typeInto(page, 'visit-heard', HEARD, 'textarea')
    await typeInto(page, 'visit-difficulties', DIFFICULTIES, 'textarea')
    await typeInto(page, 'visit-done', '答应三天内报修路灯，修好后回访', 'textarea')

    // leaving and coming back keeps the draft
    await page.reload()
    await page.getByTestId('visit-heard').locator('textarea').waitFor()
    await expect.poll(() => page.getByTestId('visit-heard').locator('textarea').inputValue()).toBe(HEARD)
    await expect.poll(() => page.getByTestId('visit-address').locator('input').inputValue()).toBe(ADDRESS)
    expect(await page.getByTestId('visit-form-homeVisit').getAttribute('aria-checked')).toBe('true')
    await h.shot(page, 'diary-02-write')

    await page.getByTestId('visit-submit').dblclick()
    await page.getByTestId('visit-view').waitFor()
    expect(await page.getByTestId('visit-heard').textContent()).toBe(HEARD)
    expect(await page.getByTestId('visit-household').textContent()).toBe(ADDRESS)
    const saved = await mine()
    expect(saved).toHaveLength(2) // the demo visit and this one, once
    visitId = String(saved.find((v) => v.heard === HEARD)?._id)
    await h.shot(page, 'diary-03-visit')
    await page.context().close()
  })

  it('registers a matter for the household from the visit; it is numbered and in her workbench', async () => {
    const page = await h.pageAs(DEMO.cadre2)
    await page.goto(`${h.system.url}/#/staff/pages/visit/index?id=${visitId}`)
    await page.getByTestId('visit-to-item').click()
    await page.getByTestId('form-to-item').waitFor()
    // started from the visit: the household's address, who was met, their difficulties
    expect(await page.getByTestId('toitem-address').locator('input').inputValue()).toBe(ADDRESS)
    expect(await page.getByTestId('toitem-name').locator('input').inputValue()).toBe('钱奶奶')
    expect(await page.getByTestId('toitem-content').locator('textarea').inputValue()).toBe(DIFFICULTIES)
    await page.getByTestId('toitem-category-基础设施').click()
    await typeInto(page, 'toitem-phone', '13911112222')
    await h.shot(page, 'diary-04-to-item')
    await page.getByTestId('toitem-submit').click()

    await page.getByTestId('visit-items').waitFor()
    const items = (await h.system.cloud.db.dump('items')).filter((i) => i.source === 'visit')
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({ ownerOpenid: '', assignee: { openid: DEMO.cadre2 }, category: '基础设施', pointCode: DEMO.pointCode })
    matterNo = String(items[0].no)
    expect(matterNo).toMatch(/^[A-Z0-9_-]+-\d{9,}$/)
    expect(await page.getByTestId('visit-items').textContent()).toContain(matterNo)
    await h.shot(page, 'diary-05-registered')

    // the link opens the matter, which shows the visit it came from
    await page.getByTestId('visit-matter-link').first().click()
    await expect.poll(() => page.getByTestId('item-visits').textContent()).toContain('主动家访')
    expect(await page.getByTestId('item-visits').textContent()).toContain('新东小区****')

    await page.goto(`${h.system.url}/#/staff/pages/workbench/index`)
    await expect.poll(() => page.getByTestId('workbench-row-no').allTextContents()).toContain(matterNo)
    await expect.poll(() => page.getByTestId('diary-entry-summary').textContent()).toContain('本月已走访 2 户，还差 1 户')
    await h.shot(page, 'diary-06-workbench')
    await page.context().close()
  })

  it('the leader sees her month’s count in 走访进度 and reads the entry, which is audited', async () => {
    const page = await h.pageAs(DEMO.leader)
    await page.goto(`${h.system.url}/#/staff/pages/diary/index`)
    const row = page.getByTestId('diary-team-row').filter({ hasText: '李秀英' })
    await expect.poll(() => row.textContent()).toContain('2 户 · 未达到')
    const atPoint = page.getByTestId('diary-team-row').filter({ hasText: '新东社区民情说事点' })
    expect(await atPoint.filter({ hasText: '张建国' }).textContent()).toContain('3 户')
    expect(await atPoint.filter({ hasText: '张建国' }).textContent()).not.toContain('未达到')
    await h.shot(page, 'diary-07-progress')

    await row.click()
    await page.getByTestId('diary-of-cadre').waitFor()
    await page.getByTestId('diary-row').filter({ hasText: '新东小' }).first().waitFor()
    expect(await page.getByTestId('diary-list').textContent()).not.toContain('钱奶奶')
    await page.getByTestId('diary-row').first().click()
    await expect.poll(() => page.getByTestId('visit-heard').textContent()).toBe(HEARD)
    await h.shot(page, 'diary-08-leader-reads')
    const audit = (await h.system.cloud.db.dump('audit')).filter((a) => a.actor === DEMO.leader && a.target === visitId)
    expect(audit.map((a) => a.action)).toEqual(['visit.read'])
    await page.context().close()
  })
})
