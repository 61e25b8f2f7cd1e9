import type { PointKind } from '../../../../domain/points/schemas'
import type { MonthView } from '../../../../domain/schedule/api'
import { monthWarnings, type OpeningKind, type OpeningRule, type ScheduleException } from '../../../../domain/schedule/openings'
import { scheduleProblem } from '../../../../domain/schedule/check'
import { openingsOfMonth } from '../../../../domain/schedule/month'

export interface PlannedOpening {
  id: string
  start: string
  end: string
  kind: OpeningKind
  places: number
  /** what the saved schedule has booked there (0 for an opening not saved yet) */
  booked: number
}

export interface PlannedDay {
  date: string
  openings: PlannedOpening[]
  /** the day is closed: why */
  closed: string | null
  /** places the saved schedule has booked that day in openings the edits no longer have */
  orphaned: number
}

export interface MonthPlan {
  month: string
  days: PlannedDay[]
  warnings: string[]
  /** the schedule being edited cannot be laid out (a draft that is not sound) */
  problem: string | null
}

/**
 * A month as the schedule being edited would open it (the same rules as the server's
 * month view, so unsaved edits show their warnings at once), with the places the saved
 * schedule has booked.
 */
export function monthPlan(pointCode: string, kind: PointKind, rules: OpeningRule[], exceptions: ScheduleException[], saved: MonthView): MonthPlan {
  const problem = scheduleProblem(rules, exceptions)
  if (problem) return { month: saved.month, days: [], warnings: [], problem }
  const openings = openingsOfMonth(pointCode, rules, exceptions, saved.month)
  const booked = new Map(saved.openings.map((o) => [o.id, o.booked]))
  const byDate = new Map<string, PlannedDay>()
  const day = (date: string) => {
    const d = byDate.get(date) ?? { date, openings: [], closed: null, orphaned: 0 }
    byDate.set(date, d)
    return d
  }
  for (const o of openings) {
    day(o.date).openings.push({ id: o.id, start: o.start, end: o.end, kind: o.kind, places: o.slots.reduce((n, s) => n + s.capacity, 0), booked: booked.get(o.id) ?? 0 })
  }
  for (const e of exceptions) if (e.closed && e.date.startsWith(`${saved.month}-`)) day(e.date).closed = e.reason ?? ''
  const kept = new Set(openings.map((o) => o.id))
  for (const o of saved.openings) if (o.booked > 0 && !kept.has(o.id)) day(o.date).orphaned += o.booked
  return {
    month: saved.month,
    days: [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date)),
    warnings: monthWarnings(kind, openings),
    problem: null,
  }
}
