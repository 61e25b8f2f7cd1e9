import { describe, expect, it } from 'vitest'
import {
  checkExtension,
  deadlineWords,
  dueDateFor,
  dueDateFromChinaDate,
  isAcceptanceLate,
  isDueSoon,
  isFutureChinaDate,
  isOverdue,
  ratingClosesAt,
} from './deadlines'
import { toChinaIso } from '../kernel/time'

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

  describe('extensions', () => {
    const now = new Date('2026-01-31T02:00:00Z') // 10:00 on 31 January in China
    const due = dueDateFromChinaDate('2026-02-28')
    const to = (d: string) => dueDateFromChinaDate(d)

    it('lets a cadre move the due date up to a month on their own', () => {
      expect(checkExtension(to('2026-03-10'), due, now)).toEqual({ ok: true, needsApproval: false })
      expect(checkExtension(to('2026-03-28'), due, now)).toEqual({ ok: true, needsApproval: false })
      expect(checkExtension(to('2026-03-29'), due, now)).toEqual({ ok: true, needsApproval: true })
      // without a due date yet, the month counts from today (China's calendar)
      expect(checkExtension(to('2026-02-28'), null, now)).toEqual({ ok: true, needsApproval: false })
      expect(checkExtension(to('2026-03-01'), null, now)).toEqual({ ok: true, needsApproval: true })
    })

    it('refuses a date not after today or the current due date, or further than a year', () => {
      expect(checkExtension(to('2026-01-30'), null, now)).toMatchObject({ ok: false, message: '新的期限必须晚于今天' })
      expect(checkExtension(to('2026-02-28'), due, now)).toMatchObject({ ok: false, message: expect.stringContaining('2026-02-28') })
      expect(checkExtension(to('2027-01-31'), due, now)).toEqual({ ok: true, needsApproval: true })
      expect(checkExtension(to('2027-02-01'), due, now)).toMatchObject({ ok: false, message: expect.stringContaining('2027-01-31') })
      expect(checkExtension(to('2099-12-31'), due, now)).toMatchObject({ ok: false })
    })

    it('counts “today” in China: 00:30 on 1 February there is still 31 January in UTC', () => {
      const early = new Date('2026-01-31T16:30:00Z')
      expect(checkExtension(to('2026-01-31'), null, early)).toMatchObject({ ok: false })
      expect(isFutureChinaDate('2026-02-01', early)).toBe(false)
      expect(isFutureChinaDate('2026-02-02', early)).toBe(true)
      expect(isFutureChinaDate('2026-01-31', new Date('2026-01-31T15:59:59Z'))).toBe(false)
      expect(isFutureChinaDate('2026-02-01', new Date('2026-01-31T15:59:59Z'))).toBe(true)
    })
  })

  it('states the deadlines in words from their numbers', () => {
    expect([deadlineWords('normal'), deadlineWords('important')]).toEqual(['7 天', '1 个月'])
    expect([deadlineWords('normal', { normalDays: 10, importantMonths: 2 }), deadlineWords('important', { normalDays: 10, importantMonths: 2 })]).toEqual(['10 天', '2 个月'])
  })
})
