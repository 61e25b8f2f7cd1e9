import { describe, expect, it } from 'vitest'
import { monthWarnings, type OpeningRule } from './openings'
import { monthOf, nextMonth, openingsOfMonth, strandedAmong } from './month'

const XD01: OpeningRule[] = [
  { weekday: 3, start: '09:00', end: '12:00', kind: 'walkIn' },
  { weekday: 3, start: '14:30', end: '17:30', kind: 'booking', slotMinutes: 30, places: 2 },
]

describe('the month of a schedule', () => {
  it('names the China month of an instant and the one after, across a year end', () => {
    // 2026-12-31 16:30 UTC is already 1 January 2027 in China
    expect(monthOf(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01')
    expect(monthOf(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12')
    expect(nextMonth('2026-12')).toBe('2027-01')
    expect(nextMonth('2026-02')).toBe('2026-03')
  })

  it('gives exactly the openings of the month, the last day included and the next month’s first excluded', () => {
    // December 2026: Wednesdays 2, 9, 16, 23, 30; January 2027: 6, 13, 20, 27
    const dec = openingsOfMonth('xd01', XD01, [], '2026-12')
    expect([...new Set(dec.map((o) => o.date))]).toEqual(['2026-12-02', '2026-12-09', '2026-12-16', '2026-12-23', '2026-12-30'])
    const jan = openingsOfMonth('xd01', XD01, [], '2027-01')
    expect([...new Set(jan.map((o) => o.date))]).toEqual(['2027-01-06', '2027-01-13', '2027-01-20', '2027-01-27'])
    // the 31st of a month counts (a Friday rule in July 2026: 3, 10, 17, 24, 31)
    const fridays = openingsOfMonth('xd02', [{ weekday: 5, start: '09:00', end: '12:00', kind: 'deputy' }], [], '2026-07')
    expect(fridays.map((o) => o.date)).toEqual(['2026-07-03', '2026-07-10', '2026-07-17', '2026-07-24', '2026-07-31'])
    // February of a common year: 28 days, four Wednesdays
    expect(openingsOfMonth('xd01', [XD01[0]], [], '2026-02')).toHaveLength(4)
  })
})

describe('the month’s warnings, before it starts', () => {
  it('a talk point open on four Wednesdays is fine; a holiday on one of them leaves 3 and is warned of', () => {
    const feb = openingsOfMonth('xd01', [XD01[0]], [], '2026-02')
    expect(monthWarnings('talk', feb)).toEqual([])
    const holiday = openingsOfMonth('xd01', [XD01[0]], [{ date: '2026-02-18', closed: true, reason: '春节' }], '2026-02')
    expect(monthWarnings('talk', holiday)).toEqual(['本月只开放 3 次，说事点每月应不少于 4 次'])
    // an extra opening that month makes up for it
    const extra = openingsOfMonth('xd01', [XD01[0]], [{ date: '2026-02-18', closed: true, reason: '春节' }, { date: '2026-02-26', extra: { start: '09:00', end: '11:00', kind: 'walkIn' } }], '2026-02')
    expect(monthWarnings('talk', extra)).toEqual([])
  })

  it('counts days: a Wednesday open morning and afternoon is one 说事日', () => {
    const twoDays = openingsOfMonth('xd01', XD01, ['2026-02-04', '2026-02-11'].map((date) => ({ date, closed: true, reason: '春节' })), '2026-02')
    expect(twoDays).toHaveLength(4)
    expect(monthWarnings('talk', twoDays)).toEqual(['本月只开放 2 次，说事点每月应不少于 4 次'])
  })

  it('the next month across a year end is checked the same way', () => {
    const jan = openingsOfMonth('xd01', [XD01[0]], [{ date: '2027-01-06', closed: true, reason: '元旦调休' }], nextMonth('2026-12'))
    expect(monthWarnings('talk', jan)).toEqual(['本月只开放 3 次，说事点每月应不少于 4 次'])
  })
})

describe('stranded bookings', () => {
  const booking = (id: string, slotId: string, createdAt: string) => ({ id, slotId, createdAt: new Date(createdAt) })
  const wed = openingsOfMonth('xd01', XD01, [], '2026-03')

  it('keeps bookings whose slot is still there', () => {
    expect(strandedAmong(wed, [], [booking('b1', 'xd01_20260304_1430_1500', '2026-03-01T00:00:00Z')])).toEqual([])
  })

  it('strands a booking on a day now closed, with the closure’s reason', () => {
    const closed = openingsOfMonth('xd01', XD01, [{ date: '2026-03-04', closed: true, reason: '上级检查' }], '2026-03')
    expect(strandedAmong(closed, [{ date: '2026-03-04', closed: true, reason: '上级检查' }], [booking('b1', 'xd01_20260304_1430_1500', '2026-03-01T00:00:00Z')])).toEqual([
      { id: 'b1', reason: '当天不开放：上级检查' },
    ])
  })

  it('strands a booking whose slot the rules no longer make', () => {
    const hourly = openingsOfMonth('xd01', [{ ...XD01[1], slotMinutes: 60 }], [], '2026-03')
    expect(strandedAmong(hourly, [], [booking('b1', 'xd01_20260304_1430_1500', '2026-03-01T00:00:00Z'), booking('b2', 'xd01_20260304_1430_1530', '2026-03-01T00:00:00Z')])).toEqual([
      { id: 'b1', reason: '这个时段已不在排班中' },
    ])
  })

  it('strands the latest bookings beyond a slot’s places when they were cut', () => {
    const one = openingsOfMonth('xd01', [{ ...XD01[1], places: 1 }], [], '2026-03')
    const slot = 'xd01_20260304_1430_1430'
    expect(strandedAmong(one, [], [booking('late', slot, '2026-03-02T00:00:00Z'), booking('early', slot, '2026-03-01T00:00:00Z')])).toEqual([
      { id: 'late', reason: '这个时段的名额已减为 1 个' },
    ])
  })
})
