import { describe, expect, it } from 'vitest'
import { formatRegistrationNo, monthKey, numberCounterId, parseRegistrationNo, registrationNo } from './numbering'

describe('registration number', () => {
  it('uses the China month, not the UTC month', () => {
    // 16:30 UTC on 31 January is 00:30 on 1 February in China
    expect(registrationNo('xd01', '2026-01-31T16:30:00Z', 1)).toBe('XD01-202602001')
    expect(registrationNo('xd01', '2026-01-31T15:59:59Z', 1)).toBe('XD01-202601001')
  })

  it('pads to three digits and widens past 999', () => {
    expect(formatRegistrationNo('xd01', '202602', 7)).toBe('XD01-202602007')
    expect(formatRegistrationNo('xd01', '202602', 999)).toBe('XD01-202602999')
    expect(formatRegistrationNo('xd01', '202602', 1000)).toBe('XD01-2026021000')
    expect(registrationNo('gz_2', new Date('2026-02-10T02:00:00Z'), 1000)).toBe('GZ_2-2026021000')
  })

  it('turns the year in China time', () => {
    expect(monthKey('2026-12-31T16:00:00Z')).toBe('202701')
    expect(monthKey('2026-12-31T15:59:59.999Z')).toBe('202612')
  })

  it('rejects a bad sequence, month or point', () => {
    expect(() => formatRegistrationNo('xd01', '202602', 0)).toThrow()
    expect(() => formatRegistrationNo('xd01', '202602', 1.5)).toThrow()
    expect(() => formatRegistrationNo('xd01', '2026-2', 1)).toThrow()
    expect(() => formatRegistrationNo('', '202602', 1)).toThrow()
  })

  it('restarts at 001 in a new China month: each point and month counts from a counter of its own', () => {
    const lastOfJanuary = '2026-01-31T15:59:59Z' // 23:59:59 on 31 January in China
    const firstOfFebruary = '2026-01-31T16:00:00Z' // 00:00 on 1 February in China, still January in UTC
    expect(numberCounterId('xd01', monthKey(lastOfJanuary))).toBe('item-no-xd01-202601')
    expect(numberCounterId('xd01', monthKey(firstOfFebruary))).toBe('item-no-xd01-202602')
    expect(registrationNo('xd01', firstOfFebruary, 1)).toBe('XD01-202602001')
    expect(numberCounterId('xd01', monthKey('2026-02-28T15:59:59Z'))).toBe(numberCounterId('xd01', monthKey(firstOfFebruary)))
  })

  it('keeps one counter per point and month: two points never share one', () => {
    expect(numberCounterId('xd01', '202602')).not.toBe(numberCounterId('xd02', '202602'))
    expect(registrationNo('xd01', '2026-02-10T02:00:00Z', 1)).not.toBe(registrationNo('xd02', '2026-02-10T02:00:00Z', 1))
  })

  it('reads a typed number with its point in any case, or the seed part alone (old numbers too)', () => {
    expect(parseRegistrationNo(' xd01-202612001 ')).toEqual({ no: 'XD01-202612001' })
    expect(parseRegistrationNo('XD01-2026121000')).toEqual({ no: 'XD01-2026121000' })
    expect(parseRegistrationNo('202612001')).toEqual({ month: '202612', seq: 1 })
    expect(parseRegistrationNo('2026121000')).toEqual({ month: '202612', seq: 1000 })
    expect(parseRegistrationNo('xd01-2026')).toBeNull()
    expect(parseRegistrationNo('13912345678')).toBeNull()
  })
})
