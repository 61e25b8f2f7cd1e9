import { chinaWallClock, type DateInput } from '../kernel/time'

/**
 * 登记编号: the point's code, then year + month (China time) + a sequence within the
 * point's month, at least 3 digits, widening past 999 (XD01-202401001, XD01-2024011000).
 *
 * The sequence counts per point and month, not per deployment, village or county: every
 * submission at a point writes its point's counter and nothing any other point writes,
 * so a county's points never wait on one another (docs/scale.md). The code in front keeps
 * numbers unique across the deployment; the seed's own part (年月 + 序号) reads as before.
 * Numbers made before points had counters of their own (`202401001`) stay valid.
 */
export function monthKey(at: DateInput): string {
  return chinaWallClock(at).format('YYYYMM')
}

export function formatRegistrationNo(pointCode: string, month: string, seq: number): string {
  if (!/^[A-Za-z0-9_-]{1,32}$/.test(pointCode)) throw new Error(`bad point code: ${pointCode}`)
  if (!/^\d{6}$/.test(month)) throw new Error(`bad month key: ${month}`)
  if (!Number.isInteger(seq) || seq < 1) throw new Error(`bad sequence: ${seq}`)
  return `${pointCode.toUpperCase()}-${month}${String(seq).padStart(3, '0')}`
}

export function registrationNo(pointCode: string, at: DateInput, seq: number): string {
  return formatRegistrationNo(pointCode, monthKey(at), seq)
}

/** The id of the counter document that hands out a point's sequence for a month. */
export function numberCounterId(pointCode: string, month: string): string {
  return `item-no-${pointCode}-${month}`
}

/** A registration number as typed: with its point (`xd01-202612001`, any case) or the seed's part alone. */
export type TypedNumber = { no: string } | { month: string; seq: number }

export function parseRegistrationNo(raw: string): TypedNumber | null {
  const q = raw.replace(/\s+/g, '')
  const full = /^([A-Za-z0-9_-]{1,32})-(\d{9,10})$/.exec(q)
  if (full) return { no: `${full[1].toUpperCase()}-${full[2]}` }
  // the seed's part alone (and every number made before per-point counters): that month's sequence at the caller's points
  if (/^\d{9,10}$/.test(q)) return { month: q.slice(0, 6), seq: Number(q.slice(6)) }
  return null
}
