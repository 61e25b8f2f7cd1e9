/**
 * A schedule by the month, as the admin plans it: the China month of an instant, the
 * openings of a month (for the warnings of domain/schedule/openings.ts monthWarnings), and which
 * booked places a changed schedule no longer holds ("stranded" bookings the office must
 * move or cancel; nothing is dropped silently).
 */
import { openingsBetween, type Opening, type OpeningRule, type ScheduleException } from './openings'
import { chinaWallAt, chinaWallClock } from '../kernel/time'

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

/** 'YYYY-MM' of an instant, in China. */
export function monthOf(at: Date): string {
  return chinaWallClock(at).format('YYYY-MM')
}

export function nextMonth(month: string): string {
  const m = MONTH.exec(month)
  if (!m) throw new Error(`not a month: ${month}`)
  const y = Number(m[1])
  const mo = Number(m[2])
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`
}

function daysIn(month: string): number {
  const m = MONTH.exec(month)
  if (!m) throw new Error(`not a month: ${month}`)
  return new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate()
}

export function openingsOfMonth(pointCode: string, rules: readonly OpeningRule[], exceptions: readonly ScheduleException[], month: string): Opening[] {
  return openingsBetween(pointCode, rules, exceptions, `${month}-01`, daysIn(month))
}

/** A booked place: its slot and when it was booked (the earliest keep their places). */
export interface HeldPlace {
  id: string
  slotId: string
  createdAt: Date
}

/**
 * The held places the schedule no longer gives: on a day now closed, in a slot the rules
 * no longer make, or beyond a slot's places after they were cut (the latest booked go).
 * `openings` must cover every day the places fall on.
 */
export function strandedAmong(openings: readonly Opening[], exceptions: readonly ScheduleException[], held: readonly HeldPlace[]): { id: string; reason: string }[] {
  const capacity = new Map<string, number>()
  for (const o of openings) for (const s of o.slots) capacity.set(s.id, s.capacity)
  const out: { id: string; reason: string }[] = []
  const bySlot = new Map<string, HeldPlace[]>()
  for (const h of held) {
    if (capacity.has(h.slotId)) {
      bySlot.set(h.slotId, [...(bySlot.get(h.slotId) ?? []), h])
      continue
    }
    // slot ids carry their date: point_YYYYMMDD_HHmm_HHmm
    const ymd = /_(\d{4})(\d{2})(\d{2})_\d{4}_\d{4}$/.exec(h.slotId)
    const date = ymd ? `${ymd[1]}-${ymd[2]}-${ymd[3]}` : ''
    const closed = exceptions.find((e) => e.closed && e.date === date)
    out.push({ id: h.id, reason: closed ? `当天不开放：${closed.reason ?? '临时调整'}` : '这个时段已不在排班中' })
  }
  for (const [slotId, places] of bySlot) {
    const keep = capacity.get(slotId) ?? 0
    const inOrder = [...places].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id))
    for (const h of inOrder.slice(keep)) out.push({ id: h.id, reason: `这个时段的名额已减为 ${keep} 个` })
  }
  return out
}

/** The days from `from` ('YYYY-MM-DD') through the China date of `last`, at least 1. */
export function daysThrough(from: string, last: Date): number {
  const start = chinaWallAt(from)
  const end = chinaWallClock(last).startOf('day')
  return Math.max(1, end.diff(start, 'day') + 1)
}
