import { describe, expect, it } from 'vitest'
import { dayCount, halfYearPeriod, monthPeriod, monthsOf, periodInstants, quarterOf, quarterPeriod } from './periods'

// Run under TZ=UTC and TZ=America/New_York (scripts/test-all.sh): the answers must not move.
describe('periods on China’s calendar', () => {
  it('a quarter runs from 00:00 China time on its first day (16:00 UTC the day before) to the same on the next quarter’s', () => {
    const q1 = quarterPeriod(2026, 1)
    expect(q1).toEqual({ from: '2026-01-01', to: '2026-03-31' })
    const { start, end } = periodInstants(q1)
    expect(start.toISOString()).toBe('2025-12-31T16:00:00.000Z')
    expect(end.toISOString()).toBe('2026-03-31T16:00:00.000Z')
    // 31 + 28 + 31 days
    expect(dayCount(q1)).toBe(90)
    expect(quarterPeriod(2026, 4)).toEqual({ from: '2026-10-01', to: '2026-12-31' })
    expect(periodInstants(quarterPeriod(2026, 4)).end.toISOString()).toBe('2026-12-31T16:00:00.000Z')
  })

  it('half-years and months, with February of a leap year', () => {
    expect(halfYearPeriod(2026, 1)).toEqual({ from: '2026-01-01', to: '2026-06-30' })
    expect(halfYearPeriod(2026, 2)).toEqual({ from: '2026-07-01', to: '2026-12-31' })
    // 184 days: Jul 31 + Aug 31 + Sep 30 + Oct 31 + Nov 30 + Dec 31
    expect(dayCount(halfYearPeriod(2026, 2))).toBe(184)
    expect(monthPeriod(2028, 2)).toEqual({ from: '2028-02-01', to: '2028-02-29' })
    // New York's DST change (8 March 2026) is no business of China's calendar
    expect(periodInstants(monthPeriod(2026, 3)).start.toISOString()).toBe('2026-02-28T16:00:00.000Z')
    expect(periodInstants(monthPeriod(2026, 3)).end.toISOString()).toBe('2026-03-31T16:00:00.000Z')
  })

  it('the quarter of an instant is China’s: 31 March 16:30 UTC is already 1 April in China', () => {
    expect(quarterOf(new Date('2026-03-31T16:30:00Z'))).toEqual({ year: 2026, quarter: 2 })
    expect(quarterOf(new Date('2026-03-31T15:59:59Z'))).toEqual({ year: 2026, quarter: 1 })
    expect(quarterOf(new Date('2025-12-31T16:00:00Z'))).toEqual({ year: 2026, quarter: 1 })
  })

  it('cuts a range into its China months', () => {
    expect(monthsOf({ from: '2026-01-15', to: '2026-03-31' })).toEqual([
      { month: '2026-01', from: '2026-01-15', to: '2026-01-31', whole: false },
      { month: '2026-02', from: '2026-02-01', to: '2026-02-28', whole: true },
      { month: '2026-03', from: '2026-03-01', to: '2026-03-31', whole: true },
    ])
    expect(monthsOf({ from: '2026-12-31', to: '2027-01-01' }).map((m) => m.month)).toEqual(['2026-12', '2027-01'])
  })
})
