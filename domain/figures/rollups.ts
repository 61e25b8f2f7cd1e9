/**
 * Roll-ups: the figures of a point's month, summed once its matters are settled.
 *
 * A closed or withdrawn matter can never change again (no transition leaves 办结 or 撤回,
 * domain/matters/transitions.ts) and the sets it is in do not depend on the time: it was
 * accepted before it was answered (当场答复 accepts too), so 响应率 is settled; it is no
 * longer open, so it is never 已逾期; its rating or 未评价 stands. So its sets are added
 * to the roll-up of its point and registration month by the change that settles it, and
 * only the matters still open are read one by one.
 *
 * Rates are never averaged: counts are summed and the rates worked out from the sums, so a
 * township's 满意率 is the share of its rated matters, not the mean of its points' rates.
 */
import { chinaWallClock, fromChinaWallClock } from '../kernel/time'
import type { ItemStatus } from '../matters/status'
import { emptyCounts, MATTER_SETS, ratesOf, type MatterCounts, type MatterFigures } from './figures'

export const SETTLED: readonly ItemStatus[] = ['closed', 'withdrawn']
export const UNSETTLED: readonly ItemStatus[] = ['submitted', 'accepted', 'in_progress', 'replied']

export const isSettled = (status: ItemStatus) => SETTLED.includes(status)

/** The roll-up document of a point's month ('YYYYMM', China time, of registration). */
export const rollupId = (pointCode: string, month: string) => `${pointCode}-${month}`

export function addCounts(a: MatterCounts, b: MatterCounts): MatterCounts {
  const sum = emptyCounts()
  for (const s of MATTER_SETS) sum[s] = (a[s] ?? 0) + (b[s] ?? 0)
  return sum
}

/** Two scopes' figures together: counts summed, rates recomputed (MIN_SAMPLE applies to the sum). */
export function addFigures(a: MatterFigures, b: MatterFigures): MatterFigures {
  return ratesOf(addCounts(a.counts, b.counts))
}

export function sumFigures(list: Iterable<MatterFigures>): MatterFigures {
  let counts = emptyCounts()
  for (const f of list) counts = addCounts(counts, f.counts)
  return ratesOf(counts)
}

export interface PeriodSplit {
  /** the whole China months inside the period, 'YYYYMM', oldest first */
  months: string[]
  /** the instants those months cover; null when the period holds no whole month */
  whole: { start: Date; end: Date } | null
  /** the parts of the period outside whole months, read matter by matter */
  partial: { start: Date; end: Date }[]
}

/** Splits [start, end) into whole China months (read from roll-ups) and the cut ends. */
export function splitByMonths(start: Date, end: Date): PeriodSplit {
  const months: string[] = []
  const first = chinaWallClock(start).startOf('month')
  let cursor = fromChinaWallClock(first).getTime() === start.getTime() ? first : first.add(1, 'month')
  const wholeStart = fromChinaWallClock(cursor)
  for (;;) {
    const next = cursor.add(1, 'month')
    if (fromChinaWallClock(next) > end) break
    months.push(cursor.format('YYYYMM'))
    cursor = next
  }
  if (months.length === 0) return { months, whole: null, partial: start < end ? [{ start, end }] : [] }
  const whole = { start: wholeStart, end: fromChinaWallClock(cursor) }
  const partial = [
    { start, end: whole.start },
    { start: whole.end, end },
  ].filter((p) => p.start < p.end)
  return { months, whole, partial }
}
