/**
 * 排班 in a real browser against the local cloud: resident 甲 has booked the first
 * Wednesday of February 2027 at 14:30; the admin opens xd01's schedule from 管理, closes
 * that Wednesday for a holiday, sees February warned of before it starts (3 说事日) and the
 * unsaved edits kept across a reload, saves, finds 甲's booking stranded and moves it to
 * the next Wednesday; 甲 sees the new time in 我的. The local cloud's clock is set to
 * Saturday 30 January 2027, 10:00 China time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO } from '../emulator/seed'
import { api } from './api'
import { startHarness, type Harness } from './harness'
import { typeInto } from './steps'

const NOW = '2027-01-30T02:00:00Z'
const FROM = 'xd01_20270203_1430_1430'
const TO = 'xd01_20270210_1430_1430'

let h: Harness
let bookingId = ''

const placesBooked = async (slotId: string) => ((await h.system.cloud.db.dump('slots')).find((s) => s._id === slotId)?.booked as number | undefined) ?? 0

beforeAll(async () => {
  h = await startHarness()
  const res = await fetch(`${h.system.url}/clock`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ now: NOW }) })
  expect(res.status).toBe(200)
  const booked = await api(h.system).resident(DEMO.residentA, {
    action: 'booking.create',
    requestId: 'e2e-schedule-booking-0001',
    slotId: FROM,
    category: '政策咨询',
    topic: '想问问春节慰问的安排',
    contact: { name: '张三', phone: '13812345678', address: '新东社区幸福路12号' },
  })
  bookingId = booked.id
})
afterAll(async () => {
  await h?.stop()
})

describe('the admin keeps the talk point’s schedule', () => {
  it('closes a booked Wednesday for a holiday, sees the warning and the stranded booking, and moves it; the resident sees the new time', async () => {
    const page = await h.pageAs(DEMO.admin)
    await page.goto(`${h.system.url}/#/staff/pages/admin/index`)
    await page.getByTestId('admin-tab-points').click()
    await page.getByTestId(`point-schedule-${DEMO.pointCode}`).click()
    await page.getByTestId('schedule-month').waitFor()
    expect(await page.getByTestId('schedule-warnings').count()).toBe(0)

    // February, before it starts: its first Wednesday, closed for a holiday
    await page.getByTestId('month-2027-02').click()
    const feb3 = page.locator('[data-testid="month-day"][data-date="2027-02-03"]')
    expect(await feb3.textContent()).toContain('已约 1/12')
    await feb3.getByTestId('day-close').click()
    await page.getByTestId('exception-form').waitFor()
    expect(await page.getByTestId('exception-date-value').textContent()).toBe('2027年2月3日（星期三）')
    await page.getByTestId('exception-apply').click()
    await expect.poll(() => page.getByTestId('form-error').textContent()).toContain('请填写不开放的原因')
    await typeInto(page, 'exception-reason', '春节假期')
    await page.getByTestId('exception-apply').click()
    await page.getByTestId('exception-form').waitFor({ state: 'detached' })

    // the warning shows before anything is saved, and prominently
    await expect.poll(() => page.getByTestId('schedule-warnings').textContent()).toContain('2027年2月：只开放 3 次，说事点每月应不少于 4 次')
    expect(await feb3.textContent()).toContain('不开放：春节假期')
    expect(await feb3.getByTestId('day-orphaned').textContent()).toContain('这天已有 1 个预约不在新的排班里')
    await h.shot(page, 'schedule-01-closed-unsaved')

    // leaving the page keeps the unsaved edits
    await page.reload()
    await page.getByTestId('schedule-savebar').waitFor()
    await page.getByTestId('month-2027-02').click()
    await expect.poll(() => page.locator('[data-testid="month-day"][data-date="2027-02-03"]').textContent()).toContain('不开放：春节假期')
    const stored = await h.system.cloud.db.dump('schedules')
    expect(stored.find((s) => s.pointCode === DEMO.pointCode)?.exceptions).toEqual([])

    // a double tap saves once; the booking that lost its slot is listed, contact masked
    await page.getByTestId('schedule-save').dblclick()
    await page.getByTestId('stranded-row').waitFor()
    expect(await page.getByTestId('schedule-savebar').count()).toBe(0)
    const schedule = (await h.system.cloud.db.dump('schedules')).find((s) => s.pointCode === DEMO.pointCode)
    expect(schedule).toMatchObject({ version: 1, exceptions: [{ date: '2027-02-03', closed: true, reason: '春节假期' }] })
    const row = (await page.getByTestId('stranded-row').textContent()) ?? ''
    for (const words of ['2月3日（星期三）', '14:30', '当天不开放：春节假期', '张*', '138****5678', '想问问春节慰问的安排']) expect(row).toContain(words)
    expect(row).not.toContain('13812345678')
    expect(await page.getByTestId('schedule-warnings').textContent()).toContain('2027年2月：只开放 3 次')
    await h.shot(page, 'schedule-02-stranded')

    // until the office acts, the resident keeps the booking as it was
    const before = await api(h.system).resident(DEMO.residentA, { action: 'booking.listMine' })
    expect(before.items[0]).toMatchObject({ id: bookingId, status: 'booked', date: '2027-02-03', start: '14:30' })

    await page.getByTestId('stranded-move').click()
    await page.getByTestId('move-form').waitFor()
    await page.locator(`[data-testid="move-slot"][data-slot="${TO}"]`).click()
    await h.shot(page, 'schedule-03-move')
    await page.getByTestId('move-submit').click()
    await page.getByTestId('stranded-empty').waitFor()
    expect(await page.getByTestId('stranded-banner').count()).toBe(0)
    await h.shot(page, 'schedule-04-resolved')
    expect(await placesBooked(FROM)).toBe(0)
    expect(await placesBooked(TO)).toBe(1)
    await page.context().close()

    const resident = await h.pageAs(DEMO.residentA)
    await resident.goto(`${h.system.url}/#/pages/mine/index`)
    const booking = resident.getByTestId('booking-row')
    await booking.first().waitFor()
    await expect.poll(() => booking.first().textContent()).toContain('2月10日（星期三）')
    expect(await booking.count()).toBe(1)
    expect(await booking.first().textContent()).toContain('14:30')
    expect(await booking.first().textContent()).toContain('已预约')
    await h.shot(resident, 'schedule-05-resident-mine')
    await resident.context().close()
  })

  it('adds a weekly opening on the time wheels, is told of an overlap, and can throw the edits away', async () => {
    const page = await h.pageAs(DEMO.admin)
    await page.goto(`${h.system.url}/#/staff/pages/schedule/index?code=${DEMO.pointCode}`)
    await page.getByTestId('schedule-tab-rules').click()
    expect(await page.getByTestId('rule-row').count()).toBe(2)
    await page.getByTestId('rule-add').click()
    await page.getByTestId('rule-form').waitFor()
    // Wednesday 09:00–12:00 overlaps the 说事日 morning
    await page.getByTestId('rule-apply').click()
    await expect.poll(() => page.getByTestId('form-error').textContent()).toContain('星期三的开放时间重叠：09:00–12:00 与 09:00–12:00')
    await page.getByTestId('rule-weekday-5').click()
    await page.getByTestId('hours-end-open').click()
    const wheel = page.locator('.nut-picker').filter({ hasText: '选择结束时间' })
    await wheel.waitFor()
    expect(await wheel.textContent()).toContain('时')
    await h.shot(page, 'schedule-06-time-wheel')
    await wheel.locator('.nut-picker-confirm-btn').click()
    expect(await page.getByTestId('hours-end-value').textContent()).toBe('12:00')
    await page.getByTestId('hours-kind-collective').click()
    await page.getByTestId('rule-apply').click()
    await page.getByTestId('rule-form').waitFor({ state: 'detached' })
    await expect.poll(() => page.getByTestId('rule-row').count()).toBe(3)
    expect(await page.getByTestId('schedule-rules').textContent()).toContain('星期五 9:00–12:00集体接见')
    await h.shot(page, 'schedule-07-rules-unsaved')
    await page.getByTestId('schedule-discard').click()
    await expect.poll(() => page.getByTestId('rule-row').count()).toBe(2)
    expect(await page.getByTestId('schedule-savebar').count()).toBe(0)
    expect((await h.system.cloud.db.dump('schedules')).find((s) => s.pointCode === DEMO.pointCode)?.rules).toHaveLength(2)
    await page.context().close()
  })

  it('a cadre who is not the point’s leader is told the schedule is not theirs', async () => {
    const page = await h.pageAs(DEMO.cadre1)
    await page.goto(`${h.system.url}/#/staff/pages/schedule/index?code=${DEMO.pointCode}`)
    await expect.poll(() => page.locator('body').textContent()).toContain('排班只能由管理员和本说事点的领导调整')
    await page.context().close()
  })
})
