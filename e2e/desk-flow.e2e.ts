/**
 * 值班台 in a real browser against the local cloud, on the 说事日 Wednesday 2026-12-02:
 * resident 甲 opens xd01 from its QR scene and books 14:30, and finds it under 我的; at
 * 14:20 the cadre the roster puts on duty opens 值班台 from the workbench, sees the booking
 * with the contact masked and their duty marked, checks 甲 in and registers it as a
 * matter, which 甲 then finds numbered under 我的. A booking the office cannot keep is
 * cancelled with a reason 乙 reads; one nobody came for is marked 未到 after its slot,
 * once confirmed. A walk-in is
 * registered for (代登记) and answered on the spot by 张建国, who records the resident's
 * rating on a 回访 three days later. (A full slot refusing a booking: booking-flow.e2e.ts.)
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO } from '../emulator/seed'
import { api } from './api'
import { startHarness, type Harness } from './harness'
import { typeInto } from './steps'

const TALK_DAY_0900 = '2026-12-02T01:00:00Z'
const TALK_DAY_1420 = '2026-12-02T06:20:00Z'
const TALK_DAY_1510 = '2026-12-02T07:10:00Z'
const THREE_DAYS_LATER = '2026-12-05T02:00:00Z'

let h: Harness

beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => {
  await h?.stop()
})

async function setClock(now: string) {
  const res = await fetch(`${h.system.url}/clock`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ now }) })
  expect(res.status).toBe(200)
}

/** A device acting as `openid` whose own clock reads the local cloud's time, as a phone's would. */
async function deviceAt(openid: string, now: string): Promise<Page> {
  const page = await h.pageAs(openid)
  await page.clock.setFixedTime(new Date(now))
  return page
}

const slotsOn = async (start: string) => {
  const page = await api(h.system).resident(DEMO.residentB, { action: 'slots.list', pointCode: DEMO.pointCode, from: '2026-12-02', days: 1 })
  const opening = page.openings.find((o: { kind: string }) => o.kind === 'booking')
  return opening.slots.find((s: { start: string }) => s.start === start).id as string
}

const bookViaApi = async (openid: string, start: string, topic: string) =>
  api(h.system).resident(openid, {
    action: 'booking.create',
    requestId: `e2e-desk-${openid}-${start.replace(':', '')}`.padEnd(20, '0'),
    slotId: await slotsOn(start),
    category: '物业管理',
    topic,
    contact: { name: '李四', phone: '13900001111', address: '新东社区和平路1号' },
  })

/** The demo cadres by name: whoever the roster puts on duty plays the part. */
const CADRES: Record<string, string> = { 张建国: DEMO.cadre1, 李秀英: DEMO.cadre2, 王志强: DEMO.cadre3, 陈书记: DEMO.leader }

const row = (page: Page, time: string) => page.getByTestId('desk-row').filter({ hasText: time })

describe('the cadre on duty at the desk', () => {
  it('甲 books the 14:30 talk from the QR scene and finds it under 我的', async () => {
    await setClock(TALK_DAY_0900)
    const page = await deviceAt(DEMO.residentA, TALK_DAY_0900)
    await page.goto(`${h.system.url}/#/pages/index/index?scene=${DEMO.pointCode}`)
    await page.getByTestId('start-booking').click()
    await page.getByTestId('consent-agree').click()
    await page.getByTestId('booking-day').filter({ hasText: '12月2日' }).click()
    await page.getByTestId('booking-slot').filter({ hasText: '14:30' }).click()
    await page.getByTestId('category-option').filter({ hasText: '政策咨询' }).click()
    await typeInto(page, 'booking-topic', '想问问老旧小区加装电梯的补贴', 'textarea')
    await typeInto(page, 'field-name', '张三')
    await typeInto(page, 'field-phone', '13812345678')
    await typeInto(page, 'field-address', '新东社区幸福路12号')
    await page.getByTestId('booking-submit').click()
    await page.getByTestId('booking-done').waitFor()
    await page.goto(`${h.system.url}/#/pages/mine/index`)
    await expect.poll(() => page.getByTestId('booking-row').first().textContent()).toContain('已预约')
    await page.context().close()
  })

  it('the cadre on duty opens 值班台, checks 甲 in and registers the matter; 甲 finds it numbered under 我的', async () => {
    await setClock(TALK_DAY_1420)
    // who is on duty that afternoon, as the roster is posted to residents
    const posted = await api(h.system).resident(DEMO.residentB, { action: 'slots.list', pointCode: DEMO.pointCode, from: '2026-12-02', days: 1 })
    const onDuty: string[] = posted.openings.find((o: { kind: string }) => o.kind === 'booking').onDuty.map((d: { name: string }) => d.name)
    expect(onDuty.length).toBeGreaterThan(0)
    const cadre = CADRES[onDuty[0]]
    const page = await deviceAt(cadre, TALK_DAY_1420)
    await page.goto(`${h.system.url}/#/staff/pages/workbench/index`)
    await page.getByTestId('workbench-desk').click()
    await row(page, '14:30').waitFor()
    const seen = (await row(page, '14:30').textContent()) ?? ''
    expect(seen).toContain('张*')
    expect(seen).toContain('138****5678')
    expect(seen).toContain('想问问老旧小区加装电梯的补贴')
    expect(seen).not.toContain('13812345678')
    const afternoon = page.getByTestId('desk-opening').filter({ hasText: '14:30–17:30' })
    const dutyLine = (await afternoon.getByTestId('desk-on-duty').textContent()) ?? ''
    for (const name of onDuty) expect(dutyLine).toContain(name)
    expect(dutyLine).toContain('我值班')
    await h.shot(page, 'desk-01-today')

    await row(page, '14:30').getByTestId('desk-checkIn').click()
    await expect.poll(() => row(page, '14:30').getByTestId('desk-row-status').textContent()).toContain('已到场')
    await row(page, '14:30').getByTestId('desk-toItem').click()
    const form = page.getByTestId('form-to-item')
    await form.waitFor()
    // prefilled from the booking
    expect(await form.getByTestId('form-content').locator('textarea').inputValue()).toBe('想问问老旧小区加装电梯的补贴')
    expect(await form.getByTestId('option-category-政策咨询').getAttribute('aria-checked')).toBe('true')
    await typeInto(page, 'form-content', '想问问老旧小区加装电梯的补贴，6 号楼住户都同意了，不知道怎么申请', 'textarea')
    await h.shot(page, 'desk-02-to-item')
    await form.getByTestId('form-submit').dblclick()
    await page.getByTestId('staff-detail-no').waitFor()
    const no = ((await page.getByTestId('staff-detail-no').textContent()) ?? '').match(/[A-Z0-9_-]+-\d{9,}/)?.[0] ?? ''
    expect(no).toMatch(/^[A-Z0-9_-]+-202612\d{3}$/)
    expect(await page.getByTestId('staff-detail-assignee').textContent()).toContain(onDuty[0])
    await h.shot(page, 'desk-03-matter')
    const items = await h.system.cloud.db.dump('items')
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({ ownerOpenid: DEMO.residentA, source: 'booking', status: 'submitted' })

    await page.goBack()
    await expect.poll(() => row(page, '14:30').textContent()).toContain('已登记')
    expect(await row(page, '14:30').getByTestId('desk-open').count()).toBe(1)
    await page.context().close()

    const resident = await deviceAt(DEMO.residentA, TALK_DAY_1420)
    await resident.goto(`${h.system.url}/#/pages/mine/index`)
    await expect.poll(() => resident.getByTestId('mine-row-no').allTextContents()).toEqual([expect.stringContaining(no)])
    await h.shot(resident, 'desk-04-resident-mine')
    await resident.context().close()
  })

  it('a booking the office cannot keep is cancelled with a reason 乙 reads; one nobody came for is 未到 once confirmed', async () => {
    // booked in the morning: at least 2 hours before the start
    await setClock(TALK_DAY_0900)
    await bookViaApi(DEMO.residentB, '16:00', '小区电梯经常坏')
    await bookViaApi('e2e-resident-late', '14:30', '楼下垃圾没人收')
    await setClock(TALK_DAY_1420)
    const page = await deviceAt(DEMO.cadre2, TALK_DAY_1420)
    await page.goto(`${h.system.url}/#/staff/pages/desk/index`)
    await row(page, '16:00').getByTestId('desk-cancel').click()
    const form = page.getByTestId('form-cancel-booking')
    await form.getByTestId('form-submit').click()
    await expect.poll(() => form.getByTestId('field-error').textContent()).toContain('取消原因')
    await typeInto(page, 'form-reason', '值班干部临时去区里开会，请改约下周三', 'textarea')
    await form.getByTestId('form-submit').click()
    await expect.poll(() => row(page, '16:00').getByTestId('desk-row-status').textContent()).toContain('已取消')

    await setClock(TALK_DAY_1510)
    await page.clock.setFixedTime(new Date(TALK_DAY_1510))
    const late = page.getByTestId('desk-row').filter({ hasText: '楼下垃圾没人收' })
    await late.getByTestId('desk-noShow').click()
    const modal = page.locator('.taro__modal')
    await modal.getByText('再等等', { exact: true }).click()
    expect(await late.getByTestId('desk-row-status').textContent()).toContain('已预约')
    await late.getByTestId('desk-noShow').click()
    await modal.getByText('记为未到', { exact: true }).click()
    await expect.poll(() => late.getByTestId('desk-row-status').textContent()).toContain('未到')
    await h.shot(page, 'desk-05-settled')
    await page.context().close()

    const b = await deviceAt(DEMO.residentB, TALK_DAY_1510)
    await b.goto(`${h.system.url}/#/pages/mine/index`)
    await expect.poll(() => b.getByTestId('booking-row').first().textContent()).toContain('值班干部临时去区里开会，请改约下周三')
    await b.context().close()
  })

  it('张建国 registers a walk-in and answers on the spot; three days later he records the rating from the 回访', async () => {
    await setClock(TALK_DAY_1510)
    const page = await deviceAt(DEMO.cadre1, TALK_DAY_1510)
    await page.goto(`${h.system.url}/#/staff/pages/desk/index`)
    await page.getByTestId('desk-point-xd01').click()
    await page.getByTestId('desk-walk-in').click()
    const form = page.getByTestId('form-walk-in')
    await form.getByTestId('option-category-基础设施').click()
    await typeInto(page, 'form-content', '王大爷说 3 号楼楼道的灯坏了，晚上上下楼看不见', 'textarea')
    await typeInto(page, 'walk-in-name', '王大爷')
    // leaving the page keeps what was typed
    await page.reload()
    await page.getByTestId('desk-walk-in').click()
    await expect.poll(() => form.getByTestId('walk-in-name').locator('input').inputValue()).toBe('王大爷')
    expect(await form.getByTestId('form-content').locator('textarea').inputValue()).toContain('楼道的灯坏了')
    await typeInto(page, 'walk-in-phone', '13700002222')
    await typeInto(page, 'walk-in-address', '新东社区幸福路3号楼')
    await form.getByTestId('option-answer-now').click()
    await typeInto(page, 'form-answer', '已请物业电工当场换了灯泡，楼道灯已经亮了', 'textarea')
    await typeInto(page, 'form-unit', '新东社区居委会')
    expect(await form.getByTestId('form-handler').locator('input').inputValue()).toBe('张建国')
    await h.shot(page, 'desk-06-walk-in')
    await form.getByTestId('form-submit').dblclick()
    await page.getByTestId('staff-detail-no').waitFor()
    expect(await page.getByTestId('staff-detail-status').textContent()).toContain('已答复')
    expect(await page.getByTestId('staff-reply').textContent()).toContain('请回访后记录评价')
    const walkIns = (await h.system.cloud.db.dump('items')).filter((i) => i.source === 'walk-in')
    expect(walkIns).toHaveLength(1)
    expect(walkIns[0]).toMatchObject({ ownerOpenid: '', status: 'replied', registeredBy: DEMO.cadre1 })
    await h.shot(page, 'desk-07-walk-in-replied')
    // back at the desk, the walk-in is listed as they came, masked, and opens the matter
    await page.goto(`${h.system.url}/#/staff/pages/desk/index`)
    await page.getByTestId('desk-point-xd01').click()
    const row = page.getByTestId('desk-walk-in-row')
    await expect.poll(() => row.textContent()).toContain(`登记编号 ${walkIns[0].no}`)
    expect(await row.textContent()).toContain('王**')
    expect(await row.textContent()).not.toContain('13700002222')
    await row.click()
    await page.getByTestId('staff-detail-no').waitFor()

    await setClock(THREE_DAYS_LATER)
    await page.clock.setFixedTime(new Date(THREE_DAYS_LATER))
    await page.reload()
    await page.getByTestId('action-record-rating').click()
    const rating = page.getByTestId('form-record-rating')
    expect(await rating.getByTestId('form-visited-at-value').textContent()).toContain('2026年12月5日')
    await rating.getByTestId('option-level-satisfied').click()
    await rating.getByTestId('option-solved-yes').click()
    await typeInto(page, 'form-note', '王大爷说灯亮了，谢谢社区', 'textarea')
    await h.shot(page, 'desk-08-record-rating')
    await rating.getByTestId('form-submit').click()
    await expect.poll(() => page.getByTestId('staff-detail-status').textContent()).toContain('已办结')
    expect(await page.getByTestId('staff-recorded-by').textContent()).toContain('张建国')
    expect(await page.getByTestId('staff-timeline').textContent()).toContain('干部回访记录（2026-12-05）：满意')
    await h.shot(page, 'desk-09-rating-recorded')
    const stored = (await h.system.cloud.db.dump('items')).find((i) => i._id === walkIns[0]._id)
    expect(stored?.rating).toMatchObject({ level: 'satisfied', recordedBy: DEMO.cadre1, visitedAt: '2026-12-05' })
    await page.context().close()
  })
})
