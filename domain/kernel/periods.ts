/**
 * Periods of the figures: a month, a quarter, a half-year or any range of China calendar
 * days, always on China's calendar (a quarter starts at 00:00 China time on its first
 * day, which is 16:00 UTC the evening before), whatever the machine's own zone.
 */
import { chinaDayEnd, chinaDayStart, chinaWallAt, chinaWallClock } from './time'

/** A range of China calendar days, both ends included: 'YYYY-MM-DD'. */
export interface ChinaDays {
  from: string
  to: string
}

/** The longest range the figures are computed for at once. */
export const MAX_PERIOD_DAYS = 366

const wall = (date: string) => chinaWallAt(date)

/** Months are 1–12. */
export function monthPeriod(year: number, month: number): ChinaDays {
  const first = wall(`${year}-${String(month).padStart(2, '0')}-01`)
  return { from: first.format('YYYY-MM-DD'), to: first.endOf('month').format('YYYY-MM-DD') }
}

/** Quarters are 1–4: January–March, April–June, July–September, October–December. */
export function quarterPeriod(year: number, quarter: number): ChinaDays {
  return { from: monthPeriod(year, quarter * 3 - 2).from, to: monthPeriod(year, quarter * 3).to }
}

/** Half-years are 1 (January–June) and 2 (July–December). */
export function halfYearPeriod(year: number, half: number): ChinaDays {
  return { from: monthPeriod(year, half * 6 - 5).from, to: monthPeriod(year, half * 6).to }
}

/** The quarter an instant falls in, on China's calendar. */
export function quarterOf(at: Date): { year: number; quarter: number } {
  const w = chinaWallClock(at)
  return { year: w.year(), quarter: Math.floor(w.month() / 3) + 1 }
}

/** The instants a range of days stands for: from `start` (included) to `end` (excluded). */
export function periodInstants(days: ChinaDays): { start: Date; end: Date } {
  return { start: chinaDayStart(days.from), end: chinaDayEnd(days.to) }
}

/** How many calendar days a range holds (both ends included). */
export function dayCount(days: ChinaDays): number {
  return wall(days.to).diff(wall(days.from), 'day') + 1
}

/** The China months a range touches, each cut to the range; `whole` when none of it is cut. */
export function monthsOf(days: ChinaDays): { month: string; from: string; to: string; whole: boolean }[] {
  const out: { month: string; from: string; to: string; whole: boolean }[] = []
  let cursor = wall(days.from).startOf('month')
  while (cursor.format('YYYY-MM-DD') <= days.to) {
    const m = monthPeriod(cursor.year(), cursor.month() + 1)
    const from = m.from < days.from ? days.from : m.from
    const to = m.to > days.to ? days.to : m.to
    out.push({ month: cursor.format('YYYY-MM'), from, to, whole: from === m.from && to === m.to })
    cursor = cursor.add(1, 'month')
  }
  return out
}
