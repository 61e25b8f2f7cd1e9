/**
 * As cadres found the forms: the 受理 sheet clears each message as its field is put right
 * and keeps 确认受理 in view; dates are picked on a wheel, never typed; a reply while steps
 * of a 分步实施 matter are unticked asks first; the second reply remembers 办理单位 and
 * 经办人; an invite code typed in lower case with spaces is taken.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { chinaYmd, chineseDayOf } from '../domain/kernel/display-dates'
import { DEMO } from '../emulator/seed'
import { api, type NewMatter } from './api'
import { startHarness, type Harness } from './harness'
import { typeInto } from './steps'

let h: Harness
let m: NewMatter
/** the cadre's phone, kept from the first reply to the second */
let cadrePhone: Page | null = null

beforeAll(async () => {
  h = await startHarness()
  m = await api(h.system).submit(DEMO.residentA, {
    pointCode: DEMO.pointCode,
    category: '政策咨询',
    content: '村东头的路灯坏了一个多月，晚上老人出门很危险',
    name: '赵大爷',
    phone: '13912345678',
    address: '新东社区东街5号',
  })
})
afterAll(async () => {
  await h?.stop()
})

/** The cadre's matter page; `on` reuses a page, i.e. the same phone and its storage. */
async function openAsCadre(on?: Page): Promise<Page> {
  const page = on ?? (await h.pageAs(DEMO.cadre1))
  await page.goto(`${h.system.url}/#/staff/pages/item/index?id=${m.id}`)
  await expect.poll(() => page.getByTestId('staff-detail-no').textContent()).toContain(m.no)
  return page
}

const fieldErrors = (page: Page) => page.getByTestId('staff-form').getByTestId('field-error')
const inputValue = (page: Page, testid: string) => page.getByTestId(testid).locator('input').first().inputValue()

/** The element at the centre of `testid` is that element: nothing covers it and it is on screen. */
async function inView(page: Page, testid: string): Promise<boolean> {
  const box = await page.getByTestId(testid).boundingBox()
  if (!box) return false
  const viewport = page.viewportSize()!
  if (box.y < 0 || box.y + box.height > viewport.height) return false
  return page.evaluate(
    ([x, y, id]) => Boolean(document.elementFromPoint(x, y)?.closest(`[data-testid="${id}"]`)),
    [box.x + box.width / 2, box.y + box.height / 2, testid] as const,
  )
}

describe('the cadre’s forms remember and guide', () => {
  it('受理: 确认受理 is in view as the sheet opens', async () => {
    const page = await openAsCadre()
    await page.getByTestId('action-accept').click()
    await page.getByTestId('form-accept').waitFor()
    await page.waitForTimeout(500) // the sheet slides up
    await h.shot(page, 'forms-00-accept-open')
    expect(await inView(page, 'form-submit')).toBe(true)
    // longer still with steps: the buttons stay at the bottom of the sheet
    await page.getByTestId('option-track-phased').click()
    await page.getByTestId('step-add').click()
    await page.getByTestId('step-add').click()
    expect(await inView(page, 'form-submit')).toBe(true)
    await page.context().close()
  })

  it('受理: each message goes as its field is put right', async () => {
    const page = await openAsCadre()
    await page.getByTestId('action-accept').click()
    await page.getByTestId('form-accept').waitFor()

    await page.getByTestId('form-submit').click()
    await expect.poll(() => fieldErrors(page).count()).toBe(2)
    expect(await page.getByTestId('staff-form').textContent()).toContain('请选择办理方式')
    await h.shot(page, 'forms-01-accept-errors')

    await page.getByTestId('option-track-phased').click()
    await expect.poll(() => page.getByTestId('staff-form').textContent()).not.toContain('请选择办理方式')
    expect(await page.getByTestId('staff-form').textContent()).toContain('请选择紧要程度')
    await page.getByTestId('option-importance-normal').click()
    await expect.poll(() => fieldErrors(page).count()).toBe(0)
    expect(await page.getByTestId('form-error').count()).toBe(0)

    await typeInto(page, 'form-step-0', '联系供电所报修')
    await page.getByTestId('step-add').click()
    await typeInto(page, 'form-step-1', '更换路灯并回访')
    await h.shot(page, 'forms-02-accept-steps')
    await page.getByTestId('form-submit').click()
    await page.getByTestId('form-submit').waitFor({ state: 'detached' })
    await expect.poll(() => page.getByTestId('staff-detail-status').textContent()).toContain('已受理')
    await page.context().close()
  })

  it('延期: the new date is picked on a wheel after the current due date, in Chinese', async () => {
    const page = await openAsCadre()
    const item = await api(h.system).staff(DEMO.cadre1, { action: 'item.get', id: m.id })
    await page.getByTestId('action-extend').click()
    await page.getByTestId('form-extend').waitFor()
    // no typing: the field shows the date in words and opens a picker
    expect(await page.getByTestId('form-date').locator('input').count()).toBe(0)
    const suggested = chinaYmd(item.dueAt, 7)
    expect(await page.getByTestId('form-date-value').textContent()).toBe(chineseDayOf(suggested))

    await page.getByTestId('form-date-open').click()
    const picker = page.locator('.nut-picker').filter({ hasText: '选择新的期限' })
    await picker.waitFor()
    const pickerText = (await picker.textContent()) ?? ''
    for (const words of ['确认', '取消', '年', '月', '日']) expect(pickerText).toContain(words)
    await h.shot(page, 'forms-03-date-picker')
    await picker.locator('.nut-picker-confirm-btn').click()
    expect(await page.getByTestId('form-date-value').textContent()).toBe(chineseDayOf(suggested))

    await typeInto(page, 'form-reason', '配件缺货，厂家下月到货', 'textarea')
    await typeInto(page, 'form-note', '已向厂家催货', 'textarea')
    await page.getByTestId('form-submit').click()
    await page.getByTestId('form-submit').waitFor({ state: 'detached' })
    await expect.poll(() => page.getByTestId('staff-extensions').textContent()).toContain(suggested)
    expect(await page.locator('body').textContent()).not.toContain('YYYY')
    await page.context().close()
  })

  it('答复 with steps unticked: warns, and asks before it goes', async () => {
    const page = await openAsCadre()
    await page.getByTestId('action-reply').click()
    const warning = page.getByTestId('reply-steps-warning')
    await warning.waitFor()
    expect(await warning.textContent()).toContain('更换路灯并回访')
    await typeInto(page, 'form-answer', '路灯已更换，恢复照明', 'textarea')
    await typeInto(page, 'form-unit', '新东社区居委会')
    await typeInto(page, 'form-handler', '张建国、刘电工')
    await h.shot(page, 'forms-04-reply-warning')

    await page.getByTestId('form-submit').click()
    const modal = page.locator('.taro__modal')
    await modal.getByText('仍要答复', { exact: true }).waitFor()
    await h.shot(page, 'forms-05-reply-confirm')
    await modal.getByText('再看看', { exact: true }).click()
    await page.waitForTimeout(300)
    expect(await page.getByTestId('staff-detail-status').textContent()).not.toContain('已答复')

    await page.getByTestId('form-submit').click()
    await modal.getByText('仍要答复', { exact: true }).click()
    await expect.poll(() => page.getByTestId('staff-detail-status').textContent()).toContain('已答复')
    cadrePhone = page
  })

  it('the second reply, after 不满意, remembers 办理单位 and 经办人', async () => {
    await api(h.system).resident(DEMO.residentA, { action: 'item.rate', id: m.id, level: 'unsatisfied', solved: false, opinion: '只修了一盏' })
    const page = await openAsCadre(cadrePhone ?? undefined)
    await page.reload()
    await expect.poll(() => page.getByTestId('staff-detail-status').textContent()).toContain('办理中')
    await page.getByTestId('action-reply').click()
    await page.getByTestId('form-reply').waitFor()
    expect(await inputValue(page, 'form-unit')).toBe('新东社区居委会')
    expect(await inputValue(page, 'form-handler')).toBe('张建国、刘电工')
    await h.shot(page, 'forms-06-reply-remembered')

    // kept on the device, per cadre
    const keys = await page.evaluate(() => Object.keys(window.localStorage).filter((k) => k.startsWith('shuoshi.replySigner.')))
    expect(keys).toEqual([`shuoshi.replySigner.${DEMO.cadre1}`])
    await page.context().close()
  })

  it('an invite code typed in lower case with spaces is taken', async () => {
    const invite = await api(h.system).staff(DEMO.admin, { action: 'invite.create', name: '钱新来', role: 'cadre', node: DEMO.pointCode })
    const typed = ` ${invite.code.slice(0, 4).toLowerCase()} ${invite.code.slice(4).toLowerCase()} `
    const page = await h.pageAs('e2e-joiner')
    await page.goto(`${h.system.url}/#/staff/pages/join/index`)
    const input = page.getByTestId('join-code').locator('input').first()
    await input.pressSequentially(typed, { delay: 10 })
    await expect.poll(() => input.inputValue()).toBe(invite.code)
    await page.getByTestId('join-submit').click()
    await page.getByTestId('join-done').waitFor()
    expect(await page.getByTestId('join-name').textContent()).toContain('钱新来')
    await page.context().close()
  })
})

describe('延期 as the server decides', () => {
  it('a leader of another point answering for a matter here is told a second extension waits for this point’s leader', async () => {
    const a = api(h.system)
    const db = h.system.cloud.port.database({ throwOnNotFound: false })
    const far = 'e2e-far-leader'
    await db.collection('staff').doc(far).set({ data: { openid: far, name: '外点书记', roles: ['cadre', 'leader'], points: ['xd02'], active: true } })
    const n = await a.submit(DEMO.residentA, { pointCode: DEMO.pointCode, category: '政策咨询', content: '小区的健身器材坏了两件，老人孩子都不敢用', name: '钱阿姨', phone: '13712345678', address: '新东社区西街3号' })
    const got = await a.staff(DEMO.leader, { action: 'item.get', id: n.id })
    await a.staff(got.assignee.openid, { action: 'item.accept', id: n.id, track: 'local', importance: 'normal', tier: 'cadre' })
    const firstTo = chinaYmd(h.system.cloud.clock.now(), 10)
    await a.staff(got.assignee.openid, { action: 'item.extend', id: n.id, reason: '配件要从厂家订', dueDate: firstTo, note: '已联系厂家' })
    // the matter is now answered for by a leader — of another point (say, moved there since)
    await db.collection('items').doc(n.id).update({ data: { 'assignee.openid': far, 'assignee.name': '外点书记' } })

    const page = await h.pageAs(far)
    await page.goto(`${h.system.url}/#/staff/pages/item/index?id=${n.id}`)
    await expect.poll(() => page.getByTestId('staff-detail-no').textContent()).toContain(n.no)
    await page.getByTestId('action-extend').click()
    await page.getByTestId('form-extend').waitFor()
    expect(await page.getByTestId('extend-rule').textContent()).toContain('再次延期需要领导审批')
    expect(await page.getByTestId('form-submit').textContent()).toContain('提交领导审批')
    await typeInto(page, 'form-reason', '厂家还没发货', 'textarea')
    await typeInto(page, 'form-note', '每周催一次', 'textarea')
    await page.getByTestId('form-submit').click()
    await page.getByTestId('form-submit').waitFor({ state: 'detached' })
    // and so it is: the date waits for the point's leader
    const stored = (await h.system.cloud.db.dump('items')).find((i) => i._id === n.id)
    expect(stored?.pendingExtension).toMatchObject({ by: far })
    await page.context().close()
  })
})
