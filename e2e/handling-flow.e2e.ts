/**
 * A matter's whole life, every part played from one browser: a resident registers it;
 * the responsible cadre accepts it as 重要/本级办理, notes progress (one note for the
 * resident, one internal), extends it with a reason and replies; the resident follows
 * each step, rates 不满意 and the matter reopens; the cadre replies again; the resident
 * rates 满意 and it closes. The other resident never sees it, and the resident never
 * sees the internal note.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { DEMO } from '../emulator/seed'
import { startHarness, type Harness } from './harness'
import { fillRegistration, openPointAndStart, submitAndReadNumber, typeInto } from './steps'

const PHONE = '13912345678'
const CONTENT = '村东头的路灯坏了一个多月，晚上老人出门很危险'
const INTERNAL_NOTE = '内部：供电所回复需排队，勿对外'

let h: Harness
let itemNo = ''
let itemId = ''

beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => {
  await h?.stop()
})

async function openAsResident(openid: string): Promise<Page> {
  const page = await h.pageAs(openid)
  await page.goto(`${h.system.url}/#/pages/item/index?id=${itemId}`)
  await expect.poll(() => page.getByTestId('detail-no').textContent()).toContain(itemNo)
  return page
}

async function openAsCadre(openid: string): Promise<Page> {
  const page = await h.pageAs(openid)
  await page.goto(`${h.system.url}/#/staff/pages/item/index?id=${itemId}`)
  await expect.poll(() => page.getByTestId('staff-detail-no').textContent()).toContain(itemNo)
  return page
}

const statusOf = (page: Page, testid: string) => page.getByTestId(testid).textContent()

async function submitForm(page: Page) {
  await page.getByTestId('form-submit').click()
  await page.getByTestId('form-submit').waitFor({ state: 'detached' })
}

async function cadreReplies(page: Page, answer: string) {
  await page.getByTestId('action-reply').click()
  await typeInto(page, 'form-answer', answer, 'textarea')
  await typeInto(page, 'form-unit', '社区居委会')
  await typeInto(page, 'form-handler', '张建国')
  await submitForm(page)
  await expect.poll(() => statusOf(page, 'staff-detail-status')).toContain('已答复')
}

describe('handling a matter from registration to 已办结', () => {
  it('a resident registers it', async () => {
    const page = await h.pageAs(DEMO.residentA)
    await openPointAndStart(page, h.system.url, DEMO.pointCode)
    await page.getByTestId('consent-agree').click()
    await fillRegistration(page, { name: '赵大爷', phone: PHONE, address: '新东社区东街5号', category: '政策咨询', content: CONTENT })
    itemNo = await submitAndReadNumber(page)
    expect(await page.getByTestId('result-assignee').textContent()).toContain('张建国')
    const [item] = await h.system.cloud.db.dump('items')
    itemId = String(item._id)
    await page.context().close()
  })

  it('the cadre finds it on the workbench and accepts it as 重要/本级办理', async () => {
    const page = await h.pageAs(DEMO.cadre1)
    await page.goto(`${h.system.url}/#/pages/mine/index`)
    await page.getByTestId('staff-entry').click()
    await page.getByTestId('workbench-row').first().waitFor()
    expect(await page.getByTestId('workbench-tab-pending').getByTestId('tab-count').textContent()).toContain('1')
    await h.shot(page, 'handling-01-workbench')
    await page.getByTestId('workbench-row').filter({ hasText: itemNo }).click()
    await expect.poll(() => page.getByTestId('staff-contact').textContent()).toContain(PHONE)

    await page.getByTestId('action-accept').click()
    await page.getByTestId('option-track-local').click()
    await page.getByTestId('option-importance-important').click()
    await page.getByTestId('option-tier-cadre').click()
    await h.shot(page, 'handling-02-accept-form')
    await submitForm(page)
    await expect.poll(() => statusOf(page, 'staff-detail-status')).toContain('已受理')
    await h.shot(page, 'handling-03-accepted')
    await page.context().close()
  })

  it('the cadre notes progress, extends with a reason, and replies', async () => {
    const page = await openAsCadre(DEMO.cadre1)
    await page.getByTestId('action-progress').click()
    await typeInto(page, 'form-note', '已联系供电所，配件已订购', 'textarea')
    await submitForm(page)
    await expect.poll(() => statusOf(page, 'staff-detail-status')).toContain('办理中')

    await page.getByTestId('action-progress').click()
    await typeInto(page, 'form-note', INTERNAL_NOTE, 'textarea')
    await page.getByTestId('form-visible').click()
    await submitForm(page)

    await page.getByTestId('action-extend').click()
    await typeInto(page, 'form-reason', '配件缺货，厂家下月到货', 'textarea')
    // the new date comes from the picker: take what it offers (a week after the current one)
    await page.getByTestId('form-date-open').click()
    await page.locator('.nut-picker').filter({ hasText: '选择新的期限' }).locator('.nut-picker-confirm-btn').click()
    await typeInto(page, 'form-note', '已向厂家催货', 'textarea')
    await submitForm(page)
    await h.shot(page, 'handling-04-extended')

    await cadreReplies(page, '路灯已更换，恢复照明')
    await page.context().close()
  })

  it('the resident sees every step but no internal note, rates 不满意, and it reopens', async () => {
    const page = await openAsResident(DEMO.residentA)
    const timeline = (await page.getByTestId('detail-timeline').textContent()) ?? ''
    for (const words of ['已受理', '已联系供电所', '配件缺货', '路灯已更换']) expect(timeline).toContain(words)
    expect(await page.locator('body').textContent()).not.toContain(INTERNAL_NOTE)
    expect(await page.getByTestId('detail-extension').first().textContent()).toContain('配件缺货')
    expect(await page.getByTestId('detail-reply').textContent()).toContain('社区居委会')
    await h.shot(page, 'handling-05-resident-replied')

    await page.getByTestId('rate-level-unsatisfied').click()
    await page.getByTestId('rate-solved-no').click()
    await typeInto(page, 'rate-opinion', '只修了一盏，另一盏还是不亮', 'textarea')
    await page.getByTestId('rate-submit').click()
    await expect.poll(() => statusOf(page, 'detail-status')).toContain('办理中')
    expect(await page.getByTestId('detail-timeline').textContent()).toContain('重新办理')
    await h.shot(page, 'handling-06-reopened')
    await page.context().close()
  })

  it('the cadre sees the 回访 and replies again', async () => {
    const page = await openAsCadre(DEMO.cadre1)
    expect(await page.locator('body').textContent()).toContain('回访')
    await cadreReplies(page, '两盏路灯都已修好，已上门回访确认')
    await page.context().close()
  })

  it('the resident rates 满意 and the matter closes', async () => {
    const page = await openAsResident(DEMO.residentA)
    await page.getByTestId('rate-level-satisfied').click()
    await page.getByTestId('rate-solved-yes').click()
    await page.getByTestId('rate-submit').click()
    await expect.poll(() => statusOf(page, 'detail-status')).toContain('已办结')
    expect(await page.getByTestId('rate-result').textContent()).toContain('满意')
    await h.shot(page, 'handling-07-closed')
    await page.context().close()

    const [stored] = await h.system.cloud.db.dump('items')
    expect(stored).toMatchObject({ status: 'closed', closedReason: 'rated', unsatisfiedCount: 1 })
  })

  it('the other resident sees none of it', async () => {
    const page = await h.pageAs(DEMO.residentB)
    await page.goto(`${h.system.url}/#/pages/item/index?id=${itemId}`)
    await page.getByTestId('state-error').waitFor()
    const body = (await page.locator('body').textContent()) ?? ''
    for (const secret of [PHONE, CONTENT, itemNo, INTERNAL_NOTE]) expect(body).not.toContain(secret)
    await page.context().close()
  })
})
