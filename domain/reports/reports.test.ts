import { describe, expect, it } from 'vitest'
import { quarterPeriod } from '../kernel/periods'
import { pingshiDay, rateText, ratingClosedReason, reportReady } from './reports'

const wednesdays = [{ weekday: 3, start: '09:00', end: '12:00', kind: 'walkIn' as const }]

describe('评事日', () => {
  it('is the quarter’s last talk day by the schedule, exceptions included', () => {
    expect(pingshiDay('p1', wednesdays, [], quarterPeriod(2026, 1))).toBe('2026-03-25')
    // the 25th closed: the 18th; an extra opening on the 31st: the 31st
    expect(pingshiDay('p1', wednesdays, [{ date: '2026-03-25', closed: true }], quarterPeriod(2026, 1))).toBe('2026-03-18')
    expect(pingshiDay('p1', wednesdays, [{ date: '2026-03-31', extra: { start: '14:00', end: '16:00', kind: 'walkIn' } }], quarterPeriod(2026, 1))).toBe('2026-03-31')
    // Q4 2026: 30 December is a Wednesday
    expect(pingshiDay('p1', wednesdays, [], quarterPeriod(2026, 4))).toBe('2026-12-30')
    expect(pingshiDay('p1', [], [], quarterPeriod(2026, 1))).toBeNull()
  })
  it('makes the report ready on that day, or once the quarter is over', () => {
    const q = quarterPeriod(2026, 1)
    expect(reportReady('2026-03-24', q, '2026-03-25')).toBe(false)
    expect(reportReady('2026-03-25', q, '2026-03-25')).toBe(true)
    expect(reportReady('2026-03-31', q, null)).toBe(false)
    expect(reportReady('2026-04-01', q, null)).toBe(true)
  })
  it('opens rating from the 评事日 to the end of the next quarter', () => {
    expect(ratingClosedReason('2026-03-24', 2026, 1, '2026-03-25')).toBe('本季度的评事日是 2026-03-25，评事日当天起才能评议')
    expect(ratingClosedReason('2026-03-25', 2026, 1, '2026-03-25')).toBeNull()
    expect(ratingClosedReason('2026-03-31', 2026, 1, null)).toBe('本季度结束后（2026-03-31 以后）才能评议')
    expect(ratingClosedReason('2026-06-30', 2026, 1, null)).toBeNull()
    expect(ratingClosedReason('2026-07-01', 2026, 1, '2026-03-25')).toBe('评议已于 2026-06-30 截止')
    expect(ratingClosedReason('2027-03-31', 2026, 4, '2026-12-30')).toBeNull()
    expect(ratingClosedReason('2027-04-01', 2026, 4, '2026-12-30')).toBe('评议已于 2027-03-31 截止')
  })
  it('writes a small sample as a count, never a percentage', () => {
    expect(rateText({ insufficient: true, count: 3, n: 4 })).toBe('3/4（样本不足）')
    expect(rateText({ value: 92.3, count: 12, of: 13 })).toBe('92.3%（12/13）')
  })
})
