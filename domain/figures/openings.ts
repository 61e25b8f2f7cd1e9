/**
 * Openings against the rule of the institution (a talk point opens at least 4 times a
 * month; a deputies' studio receives twice, once collectively: schedule.ts monthWarnings),
 * month by month over a period. The openings are those the point's schedule holds (its
 * rules less the days it closed, plus the extra ones): no record of an opening held yet.
 */
import type { OpeningsMonth } from './api'
import { dayCount, monthsOf, type ChinaDays } from '../kernel/periods'
import { countedOpenings, monthWarnings, openingsBetween, type OpeningRule, type ScheduleException } from '../schedule/openings'

export interface PointSchedule {
  pointCode: string
  pointName: string
  kind: 'talk' | 'studio'
  /** null: the point has no schedule */
  rules: readonly OpeningRule[] | null
  exceptions: readonly ScheduleException[]
}

export function openingsByMonth(point: PointSchedule, period: ChinaDays): OpeningsMonth[] {
  return monthsOf(period).map((m) => {
    const openings = point.rules ? openingsBetween(point.pointCode, point.rules, point.exceptions, m.from, dayCount(m)) : []
    return {
      pointCode: point.pointCode,
      pointName: point.pointName,
      month: m.month,
      openings: countedOpenings(point.kind, openings),
      shortfalls: m.whole ? monthWarnings(point.kind, openings) : null,
    }
  })
}
