import { describe, expect, it } from 'vitest'
import type { OpeningRule } from '../../../../domain/schedule/openings'
import { monthPlan } from './monthPlan'

const RULES: OpeningRule[] = [
  { weekday: 3, start: '09:00', end: '12:00', kind: 'walkIn' },
  { weekday: 3, start: '14:30', end: '17:30', kind: 'booking', slotMinutes: 30, places: 2 },
]
const saved = { month: '2026-12', openings: [{ id: 'xd01_20261202_1430', date: '2026-12-02', start: '14:30', end: '17:30', kind: 'booking' as const, places: 12, booked: 3 }], warnings: [] }

describe('monthPlan', () => {
  it('lays out the month by day with the saved bookings, and a closed day with its reason', () => {
    const plan = monthPlan('xd01', 'talk', RULES, [{ date: '2026-12-09', closed: true, reason: '区里开会' }], saved)
    expect(plan.days.map((d) => [d.date, d.openings.length, d.closed])).toEqual([
      ['2026-12-02', 2, null],
      ['2026-12-09', 0, '区里开会'],
      ['2026-12-16', 2, null],
      ['2026-12-23', 2, null],
      ['2026-12-30', 2, null],
    ])
    expect(plan.days[0].openings[1]).toEqual({ id: 'xd01_20261202_1430', start: '14:30', end: '17:30', kind: 'booking', places: 12, booked: 3 })
    expect(plan.warnings).toEqual([])
  })

  it('counts the bookings a closure or a removed opening would leave without a place', () => {
    const closed = monthPlan('xd01', 'talk', RULES, [{ date: '2026-12-02', closed: true, reason: '区里开会' }], saved)
    expect(closed.days[0]).toMatchObject({ date: '2026-12-02', openings: [], closed: '区里开会', orphaned: 3 })
    const morningsOnly = monthPlan('xd01', 'talk', [RULES[0]], [], saved)
    expect(morningsOnly.days[0]).toMatchObject({ date: '2026-12-02', orphaned: 3 })
    expect(monthPlan('xd01', 'talk', RULES, [], saved).days[0].orphaned).toBe(0)
  })

  it('shows an unsaved closure’s warning at once', () => {
    const closures = ['2026-12-02', '2026-12-09'].map((date) => ({ date, closed: true, reason: '节假日' }))
    expect(monthPlan('xd01', 'talk', [RULES[0]], closures, saved).warnings).toEqual(['本月只开放 3 次，说事点每月应不少于 4 次'])
  })

  it('says what is wrong with a draft it cannot lay out', () => {
    const plan = monthPlan('xd01', 'talk', [{ weekday: 3, start: '12:00', end: '09:00', kind: 'walkIn' }], [], saved)
    expect(plan).toMatchObject({ days: [], problem: '星期三 12:00–09:00：结束时间应晚于开始时间' })
  })
})
