import { chinaWallClock, type DateInput } from '../kernel/time'

/**
 * 登记编号: year + month (China time) + a sequence within the month, at least 3 digits,
 * widening past 999 (202401001, 2024011000).
 */
export function monthKey(at: DateInput): string {
  return chinaWallClock(at).format('YYYYMM')
}

export function formatRegistrationNo(month: string, seq: number): string {
  if (!/^\d{6}$/.test(month)) throw new Error(`bad month key: ${month}`)
  if (!Number.isInteger(seq) || seq < 1) throw new Error(`bad sequence: ${seq}`)
  return month + String(seq).padStart(3, '0')
}

export function registrationNo(at: DateInput, seq: number): string {
  return formatRegistrationNo(monthKey(at), seq)
}

/** The id of the counter document that hands out a month's sequence. */
export function numberCounterId(month: string): string {
  return `item-no-${month}`
}
