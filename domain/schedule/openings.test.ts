import { describe, expect, it } from 'vitest'
import { monthWarnings, openingsBetween, parseSlotId, type OpeningRule } from './openings'

// xd01: every Wednesday 9:00–12:00 walk-in and 14:30–17:30 约访 in 30-minute slots, 2 places
const XD01: OpeningRule[] = [
  { weekday: 3, start: '09:00', end: '12:00', kind: 'walkIn' },
  { weekday: 3, start: '14:30', end: '17:30', kind: 'booking', slotMinutes: 30, places: 2 },
]

describe('openingsBetween', () => {
  it('gives every Wednesday of a month, with the afternoon in six 30-minute slots of 2 places', () => {
    const march = openingsBetween('xd01', XD01, [], '2026-03-01', 31)
    expect([...new Set(march.map((o) => o.date))]).toEqual(['2026-03-04', '2026-03-11', '2026-03-18', '2026-03-25'])
    const afternoon = march[1]
    expect(afternoon).toMatchObject({ id: 'xd01_20260304_1430', kind: 'booking', start: '14:30', end: '17:30' })
    expect(afternoon.slots.map((s) => s.start)).toEqual(['14:30', '15:00', '15:30', '16:00', '16:30', '17:00'])
    expect(afternoon.slots[0]).toMatchObject({ id: 'xd01_20260304_1430_1430', capacity: 2 })
    expect(parseSlotId(afternoon.slots[1].id)).toEqual({ pointCode: 'xd01', date: '2026-03-04', opening: '14:30', start: '15:00' })
    expect(parseSlotId('xd01_2026_1430')).toBeNull()
    // the instants: 14:30 China time is 06:30 UTC
    expect(afternoon.slots[0].startAt.toISOString()).toBe('2026-03-04T06:30:00.000Z')
    expect(march[0].slots).toEqual([])
  })

  it('crosses a year end on China’s calendar', () => {
    const days = openingsBetween('xd01', XD01, [], '2026-12-28', 10)
    expect([...new Set(days.map((o) => o.date))]).toEqual(['2026-12-30', '2027-01-06'])
    expect(days.at(-1)!.endAt.toISOString()).toBe('2027-01-06T09:30:00.000Z')
  })

  it('a closed day gives nothing; an extra opening is added that day', () => {
    const days = openingsBetween(
      'xd01',
      XD01,
      [
        { date: '2026-03-04', closed: true, reason: '节假日' },
        { date: '2026-03-06', extra: { start: '09:00', end: '11:00', kind: 'collective' } },
      ],
      '2026-03-01',
      7,
    )
    expect(days.map((o) => `${o.date} ${o.kind}`)).toEqual(['2026-03-06 collective'])
  })

  it('refuses an opening that ends before it starts, or a time that is not one', () => {
    expect(() => openingsBetween('x', [{ weekday: 1, start: '12:00', end: '09:00', kind: 'walkIn' }], [], '2026-03-02', 1)).toThrow()
    expect(() => openingsBetween('x', [{ weekday: 1, start: '25:00', end: '26:00', kind: 'walkIn' }], [], '2026-03-02', 1)).toThrow()
  })
})

describe('monthWarnings', () => {
  it('a talk point open fewer than 4 times a month is warned of', () => {
    const feb = openingsBetween('xd01', [XD01[0]], [{ date: '2026-02-18', closed: true }], '2026-02-01', 28)
    expect(feb).toHaveLength(3)
    expect(monthWarnings('talk', feb)).toEqual(['本月只开放 3 次，说事点每月应不少于 4 次'])
    expect(monthWarnings('talk', openingsBetween('xd01', XD01, [], '2026-03-01', 31))).toEqual([])
  })

  it('a studio needs 2 receptions and a collective one', () => {
    const fridays = openingsBetween('xd02', [{ weekday: 5, start: '09:00', end: '12:00', kind: 'deputy' }], [], '2026-03-01', 31)
    expect(monthWarnings('studio', fridays)).toEqual(['本月没有集体接见，每月应至少 1 次'])
    expect(monthWarnings('studio', fridays.slice(0, 1))).toHaveLength(2)
  })
})
