/**
 * slots.list as the booking page meets it: only slots that can still be booked (2 hours'
 * notice, none over, within 30 days, and the server refuses the rest too), the whole 30
 * days, closed days with their reasons, and whether a point takes bookings at all.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { SlotsPage } from '../../domain/booking/api'
import { contact, DEMO, fresh, startWorld, type World } from '../testing'

// Monday 2 March 2026, 10:00 China time; xd01 opens every Wednesday, 约访 14:30–17:30
const START = '2026-03-02T02:00:00Z'
let w: World

beforeAll(async () => {
  w = await startWorld(START)
})
afterAll(async () => {
  await w.stop()
})
beforeEach(() => {
  w.clock.set(START)
})

async function slots(pointCode: string, extra: object = {}): Promise<SlotsPage> {
  const r = await w.resident(DEMO.residentA, { action: 'slots.list', pointCode, ...extra })
  if (!r.ok) throw new Error(JSON.stringify(r))
  return r.data as SlotsPage
}

const starts = (page: SlotsPage, date: string) => page.openings.filter((o) => o.date === date).flatMap((o) => o.slots.map((s) => s.start))
const book = (slotId: string) => w.resident(fresh('booker'), { action: 'booking.create', requestId: fresh('req'), slotId, category: '政策咨询', topic: '想问问高龄补贴怎么申请', contact })

async function pointWith(schedule: object) {
  const { code } = await w.addPoint()
  await w.db().collection('schedules').doc(`schedule-${code}`).set({ data: { pointCode: code, ...schedule } })
  return code
}

describe('slots.list offers only what can still be booked', () => {
  it('on the day: a slot within 2 hours or begun is not offered, and booking it is refused', async () => {
    w.clock.set('2026-03-04T05:00:00Z') // Wednesday 13:00
    const page = await slots(DEMO.pointCode)
    expect(starts(page, '2026-03-04')).toEqual(['15:00', '15:30', '16:00', '16:30', '17:00'])
    expect((await book('xd01_20260304_1430_1430')).error.message).toContain('提前 2 小时')

    w.clock.set('2026-03-04T07:10:00Z') // 15:10: even the last slot, 17:00, is under 2 hours away
    const later = await slots(DEMO.pointCode)
    expect(starts(later, '2026-03-04')).toEqual([])
    // the opening itself is still there (who is on duty), with nothing left to book
    expect(later.openings.find((o) => o.date === '2026-03-04' && o.kind === 'booking')?.slots).toEqual([])
    expect((await book('xd01_20260304_1430_1500')).error.message).toContain('已经过去')
  })

  it('by default the page reaches day 30, up to the hour, and no further', async () => {
    const code = await pointWith({
      rules: [{ weekday: 3, start: '14:30', end: '15:30', kind: 'booking', slotMinutes: 30, places: 1 }],
      // day 30 is Wednesday 1 April: 10:00 is exactly 30 days away
      exceptions: [{ date: '2026-04-01', extra: { start: '09:00', end: '11:00', kind: 'booking', slotMinutes: 30, places: 1 } }],
    })
    const page = await slots(code)
    expect([...new Set(page.openings.map((o) => o.date))]).toEqual(['2026-03-04', '2026-03-11', '2026-03-18', '2026-03-25', '2026-04-01'])
    expect(starts(page, '2026-04-01')).toEqual(['09:00', '09:30', '10:00'])
    expect((await book(`${code}_20260401_0900_1000`)).ok).toBe(true)
    expect((await book(`${code}_20260401_0900_1030`)).error.message).toContain('30 天内')
  })
})

describe('what a point says instead of an empty picker', () => {
  it('the studio (xd02) takes no bookings; the talk point and a point with only an extra 约访 do', async () => {
    expect((await slots(DEMO.studioCode)).takesBookings).toBe(false)
    expect((await slots(DEMO.pointCode)).takesBookings).toBe(true)
    const extraOnly = await pointWith({ rules: [], exceptions: [{ date: '2026-03-20', extra: { start: '09:00', end: '10:00', kind: 'booking', slotMinutes: 30, places: 1 } }] })
    expect((await slots(extraOnly)).takesBookings).toBe(true)
    w.clock.set('2026-03-21T02:00:00Z')
    expect((await slots(extraOnly)).takesBookings).toBe(false)
  })

  it('a closed day is listed with its reason, in the range asked for, and has no openings', async () => {
    const code = await pointWith({
      rules: [{ weekday: 3, start: '09:00', end: '12:00', kind: 'walkIn' }],
      exceptions: [
        { date: '2026-02-25', closed: true, reason: '已经过去的' },
        { date: '2026-03-11', closed: true, reason: '社区活动' },
        { date: '2026-05-06', closed: true, reason: '太远了' },
      ],
    })
    const page = await slots(code)
    expect(page.closedDays).toEqual([{ date: '2026-03-11', reason: '社区活动' }])
    expect(page.openings.map((o) => o.date)).toEqual(['2026-03-04', '2026-03-18', '2026-03-25', '2026-04-01'])
  })
})
