import { describe, expect, it } from 'vitest'
import { DIARY } from '../policy/defaults'
import {
  chinaMonth,
  daysLeftInMonth,
  hasPersonalNumber,
  householdKey,
  householdsVisited,
  standing,
  visitDateProblem,
} from './visits'

describe('民情日记: households counted towards the quota', () => {
  it('counts a household once a month however it is written, and only the visits that go to the household', () => {
    const v = (form: string, address: string) => ({ form, householdKey: householdKey(address) })
    expect(
      householdsVisited([
        v('homeVisit', '幸福路12号3单元501'),
        v('followUp', '幸福路１２号 3单元501室'), // the same door, full-width digits, a space and 室
        v('homeVisit', '幸福路12号3单元502'),
        v('walkIn', '幸福路12号3单元601'), // came to the point: recorded, not a household visit
        v('appointment', '和平路1号'),
      ]),
    ).toBe(2)
    expect(householdsVisited([])).toBe(0)
  })

  it('reads 幢 and 号楼 as 栋, and drops spaces and punctuation', () => {
    expect(householdKey('新东小区 5幢-2单元')).toBe(householdKey('新东小区5栋2单元'))
    expect(householdKey('新东小区5号楼2单元')).toBe(householdKey('新东小区5栋2单元'))
    expect(householdKey('新东小区5栋2单元')).not.toBe(householdKey('新东小区6栋2单元'))
  })

  it('is behind while fewer than the minimum, whatever the maximum', () => {
    expect(standing(2, DIARY.quota)).toEqual({ count: 2, min: 3, max: 5, behind: true })
    expect(standing(3, DIARY.quota)).toEqual({ count: 3, min: 3, max: 5, behind: false })
    expect(standing(7, DIARY.quota).behind).toBe(false)
    expect(standing(0, { min: 0, max: 5 }).behind).toBe(false)
  })
})

describe('民情日记: months and dates in China time', () => {
  // The machine zone must not matter: run under TZ=UTC and TZ=America/New_York.
  it('takes the month of the China calendar, not the machine’s', () => {
    expect(chinaMonth(new Date('2026-11-30T15:59:59Z'))).toBe('2026-11')
    expect(chinaMonth(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12') // 00:00 on 1 December in China
    expect(chinaMonth(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01')
  })

  it('counts the days left in the month from China’s today, today included', () => {
    expect(daysLeftInMonth('2026-11', new Date('2026-11-28T06:00:00Z'))).toBe(3)
    expect(daysLeftInMonth('2026-11', new Date('2026-11-30T15:59:59Z'))).toBe(1)
    expect(daysLeftInMonth('2026-11', new Date('2026-11-30T16:00:00Z'))).toBe(0) // already December in China
    expect(daysLeftInMonth('2027-02', new Date('2026-11-30T16:00:00Z'))).toBe(28)
  })

  it('takes a visit dated today or up to 31 days back; not tomorrow, not older', () => {
    const now = new Date('2026-11-30T16:30:00Z') // 1 December 00:30 in China
    expect(visitDateProblem('2026-12-01', now)).toBeNull()
    expect(visitDateProblem('2026-11-30', now)).toBeNull()
    expect(visitDateProblem('2026-10-31', now)).toBeNull()
    expect(visitDateProblem('2026-10-30', now)).toMatch(/31 天/)
    expect(visitDateProblem('2026-12-02', now)).toMatch(/今天以后/)
  })
})

describe('民情日记 keeps no phone or ID numbers', () => {
  it('finds a mobile number or an ID number, also written with spaces or dashes', () => {
    expect(hasPersonalNumber('他说有事打13812345678')).toBe(true)
    expect(hasPersonalNumber('电话 138 1234 5678')).toBe(true)
    expect(hasPersonalNumber('电话138-1234-5678。')).toBe(true)
    expect(hasPersonalNumber('身份证33010219600101123X')).toBe(true)
    expect(hasPersonalNumber('身份证330102196001011234')).toBe(true)
  })

  it('finds them however they are written', () => {
    for (const text of [
      '他说有事打 1 3 9 8 7 6 5 4 3 2 1',
      '电话138.7654.3210',
      '电话138—7654—3211',
      '电话138_7654_3212',
      '电话138/7654/3213',
      '+86 138 1234 5678',
      '电话１３８１２３４５６７８',
      '他的手机一三九零零零零一一一一',
      '他的手机幺三九〇〇〇〇幺幺幺幺',
      '身份证 3 3 0 1 0 2 1 9 6 0 0 1 0 1 1 2 3   X',
      '座机0571-8765 4321',
      '银行卡 6222 0212 3456 7890 128',
    ]) {
      expect(hasPersonalNumber(text), text).toBe(true)
    }
  })

  it('leaves addresses, dates, sums and house numbers alone', () => {
    expect(hasPersonalNumber('幸福路12号3单元501，2026年11月住院花了12000元')).toBe(false)
    expect(hasPersonalNumber('低保编号 20261100123')).toBe(false) // 11 digits, but no mobile starts with 2
    expect(hasPersonalNumber('')).toBe(false)
    expect(hasPersonalNumber('楼里六户，一楼窗口，2026.3.1-2026.3.5 14:30-16:30 上门')).toBe(false)
  })
})
