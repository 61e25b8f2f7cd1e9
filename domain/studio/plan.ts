/**
 * A 两代表工作室's monthly reception plan: half-days of 接待 (reception at the studio), 走访
 * (visiting residents) and 集体活动 (the collective meeting), each with the deputies on duty.
 * The institution asks at least OPENINGS.studioPerMonth receptions or visits and
 * OPENINGS.collectivePerMonth collective meeting a month (the same numbers the schedule's
 * monthWarnings uses); a short plan is warned, never refused. Pure.
 */
import { OPENINGS } from '../policy/defaults'

export const PLAN_KINDS = ['reception', 'visit', 'meeting'] as const
export type PlanKind = (typeof PLAN_KINDS)[number]
export const PLAN_KIND_LABELS: Record<PlanKind, string> = { reception: '接待', visit: '走访', meeting: '集体活动' }
export const HALVES = ['am', 'pm'] as const
export type Half = (typeof HALVES)[number]
export const HALF_LABELS: Record<Half, string> = { am: '上午', pm: '下午' }

export interface PlanEntry {
  /** YYYY-MM-DD, China calendar */
  date: string
  half: Half
  kind: PlanKind
  /** openids of the studio's deputies on duty */
  deputies: string[]
  note?: string
}

/** The shortfalls of a month's plan against the minimum, in words the liaison can act on. */
export function planWarnings(entries: readonly Pick<PlanEntry, 'kind'>[]): string[] {
  const out: string[] = []
  const receptions = entries.filter((e) => e.kind !== 'meeting').length
  const meetings = entries.filter((e) => e.kind === 'meeting').length
  if (receptions < OPENINGS.studioPerMonth) out.push(`本月只安排接待或走访 ${receptions} 次，每月应不少于 ${OPENINGS.studioPerMonth} 次`)
  if (meetings < OPENINGS.collectivePerMonth) out.push(`本月没有安排集体活动，每月应至少 ${OPENINGS.collectivePerMonth} 次`)
  return out
}

export const isShort = (entries: readonly Pick<PlanEntry, 'kind'>[]) => planWarnings(entries).length > 0

/** The first problem that makes a plan unsound, or null: dates in the month, one entry a half-day, deputies of the studio. */
export function planProblem(month: string, entries: readonly PlanEntry[], deputies: readonly string[]): string | null {
  const seen = new Set<string>()
  for (const e of entries) {
    if (!e.date.startsWith(`${month}-`)) return `${e.date} 不在 ${month} 月内`
    const key = `${e.date}-${e.half}`
    if (seen.has(key)) return `${e.date}${HALF_LABELS[e.half]}安排了两次`
    seen.add(key)
    if (e.deputies.length === 0) return `${e.date}${HALF_LABELS[e.half]}请安排值班代表`
    if (new Set(e.deputies).size !== e.deputies.length) return `${e.date}${HALF_LABELS[e.half]}的代表重复了`
    if (e.deputies.some((d) => !deputies.includes(d))) return `${e.date}${HALF_LABELS[e.half]}的代表不是本工作室的代表`
  }
  return null
}

/** Entries in calendar order (date, then morning before afternoon). */
export const sortEntries = <T extends Pick<PlanEntry, 'date' | 'half'>>(entries: readonly T[]) =>
  [...entries].sort((a, b) => (a.date === b.date ? a.half.localeCompare(b.half) : a.date.localeCompare(b.date)))

/** The days of a month falling on `weekday` (1 = Monday … 7 = Sunday). */
export function weekdaysOf(month: string, weekday: number): string[] {
  const [y, m] = month.split('-').map(Number)
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate()
  const out: string[] = []
  for (let d = 1; d <= days; d++) {
    const date = `${month}-${String(d).padStart(2, '0')}`
    const w = new Date(`${date}T00:00:00Z`).getUTCDay() || 7
    if (w === weekday) out.push(date)
  }
  return out
}

/**
 * The rotation's proposal for a month: a reception every `weekday` morning, one deputy a
 * half-day in turn starting at `start` (the next month continues where this one ended), and
 * the collective meeting on the last such afternoon with every deputy. Empty without deputies.
 */
export function proposeRotation(month: string, deputies: readonly string[], weekday = 5, start = 0): PlanEntry[] {
  if (deputies.length === 0) return []
  const days = weekdaysOf(month, weekday)
  const receptions: PlanEntry[] = days.map((date, i) => ({ date, half: 'am', kind: 'reception', deputies: [deputies[(start + i) % deputies.length]], note: '' }))
  const last = days[days.length - 1]
  return [...receptions, { date: last, half: 'pm', kind: 'meeting', deputies: [...deputies], note: '代表集体接待、集中议事' }]
}

/** The month after `month` (YYYY-MM). */
export function monthAfter(month: string): string {
  const [y, m] = month.split('-').map(Number)
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}
