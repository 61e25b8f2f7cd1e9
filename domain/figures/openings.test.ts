import { describe, expect, it } from 'vitest'
import { openingsByMonth } from './openings'
import type { OpeningRule } from '../schedule/openings'

// every Wednesday 9:00–12:00
const WEDNESDAYS: OpeningRule[] = [{ weekday: 3, start: '09:00', end: '12:00', kind: 'walkIn' }]
const point = { pointCode: 'xd01', pointName: '新东说事点', kind: 'talk' as const, rules: WEDNESDAYS, exceptions: [] }

describe('openings against the ≥ 4 a month rule', () => {
  it('counts the schedule’s openings month by month, judging only whole months', () => {
    // Wednesdays of 2026: Jan 7 14 21 28 (4); Feb 4 11 18 25 (4); up to 17 Mar: 4 and 11 (2, part of the month)
    expect(openingsByMonth(point, { from: '2026-01-01', to: '2026-03-17' })).toEqual([
      { pointCode: 'xd01', pointName: '新东说事点', month: '2026-01', openings: 4, shortfalls: [] },
      { pointCode: 'xd01', pointName: '新东说事点', month: '2026-02', openings: 4, shortfalls: [] },
      { pointCode: 'xd01', pointName: '新东说事点', month: '2026-03', openings: 2, shortfalls: null },
    ])
  })

  it('a month short of 4 says so; a point without a schedule has none', () => {
    // February 2026 with the 18th closed (春节): 3 Wednesdays
    const closed = { ...point, exceptions: [{ date: '2026-02-18', closed: true, reason: '春节' }] }
    expect(openingsByMonth(closed, { from: '2026-02-01', to: '2026-02-28' })[0]).toMatchObject({ openings: 3, shortfalls: ['本月只开放 3 次，说事点每月应不少于 4 次'] })
    expect(openingsByMonth({ ...point, rules: null }, { from: '2026-02-01', to: '2026-02-28' })[0]).toMatchObject({ openings: 0, shortfalls: ['本月只开放 0 次，说事点每月应不少于 4 次'] })
  })

  it('counts a talk point’s days, as its warning does, and a studio’s receptions', () => {
    // Wednesdays morning and afternoon: February 2026 has 4 such days (8 sessions), counted 4
    const twice = { ...point, rules: [...WEDNESDAYS, { weekday: 3, start: '14:30', end: '17:30', kind: 'booking' as const, slotMinutes: 30, places: 2 }] }
    expect(openingsByMonth(twice, { from: '2026-02-01', to: '2026-02-28' })[0]).toMatchObject({ openings: 4, shortfalls: [] })
    // a studio open Friday mornings for 代表驻室接待 (4 in Feb 2026: 6 13 20 27) and one 集体接见 on Saturday 14th
    const studio = {
      ...point,
      kind: 'studio' as const,
      rules: [{ weekday: 5, start: '09:00', end: '11:30', kind: 'deputy' as const }],
      exceptions: [{ date: '2026-02-14', extra: { start: '09:00', end: '11:00', kind: 'collective' as const } }],
    }
    expect(openingsByMonth(studio, { from: '2026-02-01', to: '2026-02-28' })[0]).toMatchObject({ openings: 5, shortfalls: [] })
  })
})
