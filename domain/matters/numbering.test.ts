import { describe, expect, it } from 'vitest'
import { formatRegistrationNo, monthKey, numberCounterId, registrationNo } from './numbering'

describe('registration number', () => {
  it('uses the China month, not the UTC month', () => {
    // 16:30 UTC on 31 January is 00:30 on 1 February in China
    expect(registrationNo('2026-01-31T16:30:00Z', 1)).toBe('202602001')
    expect(registrationNo('2026-01-31T15:59:59Z', 1)).toBe('202601001')
  })

  it('pads to three digits and widens past 999', () => {
    expect(formatRegistrationNo('202602', 7)).toBe('202602007')
    expect(formatRegistrationNo('202602', 999)).toBe('202602999')
    expect(formatRegistrationNo('202602', 1000)).toBe('2026021000')
    expect(registrationNo(new Date('2026-02-10T02:00:00Z'), 1000)).toBe('2026021000')
  })

  it('turns the year in China time', () => {
    expect(monthKey('2026-12-31T16:00:00Z')).toBe('202701')
    expect(monthKey('2026-12-31T15:59:59.999Z')).toBe('202612')
  })

  it('rejects a bad sequence or month', () => {
    expect(() => formatRegistrationNo('202602', 0)).toThrow()
    expect(() => formatRegistrationNo('202602', 1.5)).toThrow()
    expect(() => formatRegistrationNo('2026-2', 1)).toThrow()
  })

  it('restarts at 001 in a new China month: each month counts from a counter of its own', () => {
    const lastOfJanuary = '2026-01-31T15:59:59Z' // 23:59:59 on 31 January in China
    const firstOfFebruary = '2026-01-31T16:00:00Z' // 00:00 on 1 February in China, still January in UTC
    expect(numberCounterId(monthKey(lastOfJanuary))).toBe('item-no-202601')
    expect(numberCounterId(monthKey(firstOfFebruary))).toBe('item-no-202602')
    // a new counter starts from nothing: the month's first matter is 001
    expect(registrationNo(firstOfFebruary, 1)).toBe('202602001')
    expect(numberCounterId(monthKey('2026-02-28T15:59:59Z'))).toBe(numberCounterId(monthKey(firstOfFebruary)))
  })

  it('keeps one counter per month', () => {
    expect(numberCounterId('202602')).toBe('item-no-202602')
  })
})
