/**
 * 帮扶: a 困难 household's support plan — what is done, by whom, how often. A visit is due
 * every period (a month by default, or a fortnight, or a week); any 入户 diary visit to the
 * household within the period counts as made. The hourly timer looks at a plan when its
 * `nextDueAt` passes: a period with its visit moves on (made on time); one without tells
 * the area's cadre, and SUPPORT_ESCALATE_DAYS later, if still none, the point's leaders,
 * then moves on. Periods are China calendar days, [start, end).
 */
import { chinaDayStart, chinaWallAt, chinaWallClock, type DateInput } from '../kernel/time'

export const SUPPORT_EVERY = ['month', 'fortnight', 'week'] as const
export type SupportEvery = (typeof SUPPORT_EVERY)[number]
export const SUPPORT_EVERY_LABELS: Record<SupportEvery, string> = { month: '每月', fortnight: '每两周', week: '每周' }

/** Days the cadre has to make a missed visit before the point's leaders are told. */
export const SUPPORT_ESCALATE_DAYS = 3
/** Figures of plans count from this many households (domain/areas/households.ts). */
export { HOUSEHOLD_AGGREGATE_MIN as SUPPORT_AGGREGATE_MIN } from '../areas/households'

/** The day after the period that starts on `start` (YYYY-MM-DD): a month later (clamped to the month's end), 14 or 7 days later. */
export function periodEnd(start: string, every: SupportEvery): string {
  const d = chinaWallAt(start)
  const next = every === 'month' ? d.add(1, 'month') : d.add(every === 'fortnight' ? 14 : 7, 'day')
  return next.format('YYYY-MM-DD')
}

/** The period a plan saved at `now` starts: today, in China. */
export const periodStartAt = (now: DateInput) => chinaWallClock(now).format('YYYY-MM-DD')

/** When a period's visit is due: the start of the day after it. */
export const dueAtOf = (start: string, every: SupportEvery) => chinaDayStart(periodEnd(start, every))

/** When the leaders are told of a visit still not made: SUPPORT_ESCALATE_DAYS after it was due. */
export const escalateAt = (dueAt: Date) => new Date(dueAt.getTime() + SUPPORT_ESCALATE_DAYS * 24 * 3600 * 1000)

/** The China months the days [from, to) touch (to read their visits by month). */
export function monthsBetween(from: string, to: string): string[] {
  const last = chinaWallAt(to).subtract(1, 'day').format('YYYY-MM')
  const out: string[] = []
  for (let m = chinaWallAt(`${from.slice(0, 7)}-01`); m.format('YYYY-MM') <= last; m = m.add(1, 'month')) out.push(m.format('YYYY-MM'))
  return out
}

/** The state the timer keeps of a plan's current period. */
export interface PlanPeriod {
  every: SupportEvery
  periodStart: string
  dueAt: Date
  cadreToldAt: Date | null
  periods: number
  onTime: number
}

export type SweepStep =
  | { kind: 'made'; next: PlanPeriod }
  | { kind: 'tellCadre'; next: PlanPeriod; nextDueAt: Date }
  | { kind: 'tellLeaders'; next: PlanPeriod }

/** The next period, counted as closed (on time or not). */
function moveOn(p: PlanPeriod, onTime: boolean): PlanPeriod {
  const start = periodEnd(p.periodStart, p.every)
  return { ...p, periodStart: start, dueAt: dueAtOf(start, p.every), cadreToldAt: null, periods: p.periods + 1, onTime: p.onTime + (onTime ? 1 : 0) }
}

/**
 * What the timer does with a plan whose `nextDueAt` passed. `madeOnTime`: a visit in the
 * period; `madeSince`: one since (made late, after the cadre was told).
 */
export function sweepStep(p: PlanPeriod, madeOnTime: boolean, madeSince: boolean, now: Date): SweepStep {
  if (madeOnTime) return { kind: 'made', next: moveOn(p, true) }
  if (!p.cadreToldAt) return { kind: 'tellCadre', next: { ...p, cadreToldAt: now }, nextDueAt: escalateAt(p.dueAt) }
  if (madeSince) return { kind: 'made', next: moveOn(p, false) }
  return { kind: 'tellLeaders', next: moveOn(p, false) }
}
