/**
 * Subscription messages and the 消息 box, from one browser: a resident registers a matter
 * and allows its notices on the H5 consent sheet; the routed cadre accepts it (allowing
 * his own); the local cloud's clock passes the deadline and the timer runs, so the cadre
 * and, a day later, the leader find 已逾期 in their boxes; the cadre replies; the resident
 * finds 已受理 and 已答复 unread under 我的 → 消息, opens one and reads them all. `/inbox`
 * shows what went to WeChat: only what was allowed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { DEMO } from '../emulator/seed'
import { startHarness, type Harness } from './harness'
import { fillRegistration, openPointAndStart, typeInto } from './steps'

const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR

let h: Harness
let itemId = ''
let itemNo = ''

beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => {
  await h?.stop()
})

/** A fresh device acting as `openid` that has never been asked about notices. */
async function deviceOf(openid: string): Promise<Page> {
  const context = await h.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN' })
  await context.addInitScript((id) => window.localStorage.setItem('shuoshi.identity', id), openid)
  return context.newPage()
}

const post = async (path: string, body?: unknown) => {
  const res = await fetch(`${h.system.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  expect(res.status).toBe(200)
  return res.json() as Promise<unknown>
}

interface Delivered {
  touser: string
  templateId: string
  page?: string
}
const inbox = async () => ((await (await fetch(`${h.system.url}/inbox`)).json()) as { messages: Delivered[] }).messages

/** The consent sheet: its rows, a picture, then 允许. */
async function allowNotices(page: Page, titles: string[], shot: string) {
  const sheet = page.getByTestId('notice-consent')
  await sheet.waitFor()
  expect(await sheet.textContent()).toContain('说事')
  const rows = page.getByTestId('notice-consent-row')
  await expect.poll(() => rows.allTextContents()).toEqual(titles.map((t) => expect.stringContaining(t)))
  await h.shot(page, shot)
  await page.getByTestId('notice-consent-allow').click()
  await sheet.waitFor({ state: 'detached' })
}

const subscriptionsOf = async (openid: string) =>
  (await h.system.cloud.db.dump('subscriptions')).filter((s) => s.openid === openid).map((s) => `${String(s.template)}:${String(s.count)}`).sort()

/** The staff 消息 box, reached from the workbench. */
async function openStaffBox(openid: string, shot?: string): Promise<Page> {
  const page = await deviceOf(openid)
  await page.goto(`${h.system.url}/#/staff/pages/workbench/index`)
  await expect.poll(() => page.getByTestId('workbench-messages-count').textContent()).toMatch(/[1-9]/)
  if (shot) await h.shot(page, shot)
  await page.getByTestId('workbench-messages-entry').click()
  await page.getByTestId('message-row').first().waitFor()
  return page
}

describe('subscription messages and the 消息 box', () => {
  it('a resident submits and allows the three notices on the consent sheet; the submission does not wait for it', async () => {
    const page = await deviceOf(DEMO.residentA)
    await openPointAndStart(page, h.system.url, DEMO.pointCode)
    await page.getByTestId('consent-agree').click()
    await fillRegistration(page, { name: '钱奶奶', phone: '13700001111', address: '新东社区西街3号', category: '政策咨询', content: '想问问高龄补贴怎么申请' })
    await page.getByTestId('submit').click()
    // the matter is registered behind the sheet, whatever the answer will be
    await page.getByTestId('result-no').waitFor({ state: 'attached' })
    await allowNotices(page, ['受理通知', '办理进度通知', '答复通知'], 'notify-01-consent-sheet')
    itemNo = ((await page.getByTestId('result-no').textContent()) ?? '').trim()
    const [item] = await h.system.cloud.db.dump('items')
    itemId = String(item._id)
    await expect.poll(() => subscriptionsOf(DEMO.residentA)).toEqual(['accepted:1', 'progress:1', 'replied:1'])
    await page.context().close()
  })

  it('the routed cadre accepts it and allows his notices', async () => {
    const page = await deviceOf(DEMO.cadre1)
    await page.goto(`${h.system.url}/#/staff/pages/item/index?id=${itemId}`)
    await expect.poll(() => page.getByTestId('staff-detail-no').textContent()).toContain(itemNo)
    await page.getByTestId('action-accept').click()
    await page.getByTestId('option-track-local').click()
    await page.getByTestId('option-importance-normal').click()
    await page.getByTestId('option-tier-cadre').click()
    await page.getByTestId('form-submit').click()
    await allowNotices(page, ['新事项通知', '到期提醒'], 'notify-02-staff-consent')
    await expect.poll(() => page.getByTestId('staff-detail-status').textContent()).toContain('已受理')
    await expect.poll(() => subscriptionsOf(DEMO.cadre1)).toEqual(['assigned:1', 'due:1'])
    await page.context().close()
  })

  it('past the deadline the timer tells the cadre 已逾期, and the leader a day later', async () => {
    const [item] = await h.system.cloud.db.dump('items')
    const dueAt = new Date(item.dueAt as string | Date)
    await post('/clock', { now: new Date(dueAt.getTime() + HOUR).toISOString() })
    await post('/fn/scheduler', {})

    const cadre = await openStaffBox(DEMO.cadre1, 'notify-03a-workbench')
    await expect.poll(() => cadre.getByTestId('message-list').textContent()).toContain('事项已逾期')
    expect(await cadre.getByTestId('message-list').textContent()).toContain('新登记的事项')
    await h.shot(cadre, 'notify-03-cadre-box')
    await cadre.context().close()
    // the leaders hear of it only a day after the deadline
    const leaderBox = (await h.system.call('staff', DEMO.leader, { action: 'messages.list' })) as { ok: boolean; data: { items: { title: string }[] } }
    expect(leaderBox.ok).toBe(true)
    expect(leaderBox.data.items.map((m) => m.title).join()).not.toContain('逾期')

    await post('/clock', { advanceMs: DAY })
    await post('/fn/scheduler', {})
    const leader = await openStaffBox(DEMO.leader)
    await expect.poll(() => leader.getByTestId('message-list').textContent()).toContain('逾期一天以上')
    await h.shot(leader, 'notify-04-leader-box')
    await leader.context().close()
  })

  it('the cadre replies', async () => {
    const page = await deviceOf(DEMO.cadre1)
    await page.goto(`${h.system.url}/#/staff/pages/item/index?id=${itemId}`)
    await expect.poll(() => page.getByTestId('staff-detail-no').textContent()).toContain(itemNo)
    await page.getByTestId('action-reply').click()
    await typeInto(page, 'form-answer', '高龄补贴可在社区服务站窗口申请，带身份证和户口本', 'textarea')
    await typeInto(page, 'form-unit', '社区居委会')
    await typeInto(page, 'form-handler', '张建国')
    await page.getByTestId('form-submit').click()
    await expect.poll(() => page.getByTestId('staff-detail-status').textContent()).toContain('已答复')
    await page.context().close()
  })

  it('the resident finds 已受理 and 已答复 unread in 消息, opens one, then reads them all', async () => {
    const page = await deviceOf(DEMO.residentA)
    await page.goto(`${h.system.url}/#/pages/mine/index`)
    await expect.poll(() => page.getByTestId('messages-count').textContent()).toContain('2')
    // the 我的 tab carries the unread count too
    await expect.poll(() => page.locator('.taro-tabbar-badge').first().textContent()).toBe('2')
    await page.getByTestId('messages-entry').click()
    const rows = page.getByTestId('message-row')
    await rows.first().waitFor()
    expect(await rows.allTextContents()).toEqual([expect.stringContaining('您的诉求已答复'), expect.stringContaining('您的诉求已受理')])
    expect(await page.getByTestId('message-unread-dot').count()).toBe(2)
    await h.shot(page, 'notify-05-resident-box')

    await rows.filter({ hasText: '已答复' }).click()
    await expect.poll(() => page.getByTestId('detail-no').textContent()).toContain(itemNo)
    await page.goBack()
    await expect.poll(() => page.getByTestId('message-unread-dot').count()).toBe(1)
    await page.getByTestId('messages-read-all').click()
    await expect.poll(() => page.getByTestId('message-unread-dot').count()).toBe(0)
    expect(await page.getByTestId('messages-unread').textContent()).toContain('没有未读')
    await h.shot(page, 'notify-06-resident-box-read')
    // back on 我的: nothing unread, and no count on the tab
    await page.goBack()
    await expect.poll(() => page.getByTestId('messages-count').textContent()).toContain('没有未读')
    await expect.poll(() => page.locator('.taro-tabbar-badge').count()).toBe(0)
    await page.context().close()
  })

  it('on the matter page the resident can ask for notices again, and 拒绝 grants nothing', async () => {
    const page = await deviceOf(DEMO.residentA)
    await page.goto(`${h.system.url}/#/pages/item/index?id=${itemId}`)
    await expect.poll(() => page.getByTestId('detail-no').textContent()).toContain(itemNo)
    // no sheet when a page opens
    expect(await page.getByTestId('notice-consent').count()).toBe(0)
    await page.getByTestId('follow-notices').click()
    await page.getByTestId('notice-consent').waitFor()
    expect(await page.getByTestId('notice-consent-row').allTextContents()).toEqual([
      expect.stringContaining('办理进度通知'),
      expect.stringContaining('答复通知'),
      expect.stringContaining('评议提醒'),
    ])
    await page.getByTestId('notice-consent-reject').click()
    await page.getByTestId('notice-consent').waitFor({ state: 'detached' })
    // 已答复 spent the one 答复通知 allowed at submission; 拒绝 adds none
    await expect.poll(() => subscriptionsOf(DEMO.residentA)).toContain('reminder:0')
    expect(await subscriptionsOf(DEMO.residentA)).toEqual(['accepted:0', 'progress:1', 'reminder:0', 'replied:0'])
    await page.context().close()
  })

  it('WeChat got only what was allowed: the resident’s two notices and the cadre’s 已逾期, nothing for the leader', async () => {
    const delivered = (await inbox()).map((m) => `${m.touser} ${m.templateId}`).sort()
    expect(delivered).toEqual([`${DEMO.cadre1} local-tmpl-due`, `${DEMO.residentA} local-tmpl-accepted`, `${DEMO.residentA} local-tmpl-replied`])
  })
})
