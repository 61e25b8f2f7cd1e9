import { describe, expect, it } from 'vitest'
import {
  dueDateFor,
  dueDateFromChinaDate,
  isAcceptanceLate,
  isDueSoon,
  isOverdue,
  ratingClosesAt,
} from './deadlines'
import { toChinaIso } from './time'

// Run under TZ=UTC and TZ=America/New_York by `npm test`: the answers must not move.
describe('deadlines', () => {
  const accepted = '2026-01-31T10:00:00+08:00'

  it('gives a 重要 matter a month, to 23:59:59 China time', () => {
    expect(toChinaIso(dueDateFor(accepted, 'important'))).toBe('2026-02-28T23:59:59+08:00')
  })

  it('gives a 一般 matter 7 calendar days, to 23:59:59 China time', () => {
    expect(toChinaIso(dueDateFor(accepted, 'normal'))).toBe('2026-02-07T23:59:59+08:00')
  })

  it('counts days on China’s calendar even when UTC is still on the day before', () => {
    // 00:30 on 1 March in China is 16:30 on 28 February in UTC
    expect(toChinaIso(dueDateFor('2026-02-28T16:30:00Z', 'normal'))).toBe('2026-03-08T23:59:59+08:00')
    expect(toChinaIso(dueDateFor('2026-02-28T16:30:00Z', 'important'))).toBe('2026-04-01T23:59:59+08:00')
  })

  it('reads an extension date as a China calendar date', () => {
    expect(toChinaIso(dueDateFromChinaDate('2026-03-15'))).toBe('2026-03-15T23:59:59+08:00')
  })

  it('tells overdue from due soon', () => {
    const due = new Date('2026-02-07T15:59:59Z')
    expect(isOverdue(due, new Date('2026-02-07T15:59:59Z'))).toBe(false)
    expect(isOverdue(due, new Date('2026-02-07T16:00:00Z'))).toBe(true)
    expect(isDueSoon(due, new Date('2026-02-05T16:00:00Z'))).toBe(true)
    expect(isDueSoon(due, new Date('2026-02-05T15:59:00Z'))).toBe(false)
    expect(isDueSoon(due, new Date('2026-02-08T00:00:00Z'))).toBe(false)
    expect(isOverdue(null, new Date())).toBe(false)
  })

  it('flags a matter not accepted within 24 hours', () => {
    const created = new Date('2026-02-01T00:00:00Z')
    expect(isAcceptanceLate(created, new Date('2026-02-02T00:00:00Z'))).toBe(false)
    expect(isAcceptanceLate(created, new Date('2026-02-02T00:00:01Z'))).toBe(true)
  })

  it('closes the rating window 14 days after the reply', () => {
    expect(ratingClosesAt('2026-02-01T10:00:00+08:00').toISOString()).toBe('2026-02-15T02:00:00.000Z')
  })
})
