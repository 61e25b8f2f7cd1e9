/**
 * 代理办事: the main cadre takes escalated matters to the upper departments at least once
 * a week. A matter waits for its next trip from the day it was last taken there (or, not
 * yet taken, from the day it was accepted as 上报上级); days are China calendar days.
 */
import dayjs from 'dayjs'
import { formatChinaDate } from '../kernel/time'
import { TRIPS } from '../policy/defaults'

/** Whole China calendar days from `date` (YYYY-MM-DD) to today in China. */
export function daysSinceChinaDate(date: string, now: Date): number {
  return dayjs.utc(formatChinaDate(now)).diff(dayjs.utc(date), 'day')
}

/** 「超过 7 天」: a matter waiting longer than TRIPS.intervalDays for its trip. */
export const TRIP_OVERDUE_WORDS = `超过 ${TRIPS.intervalDays} 天`

/** TRIPS.intervalDays (7) full days have passed since `lastTaken` without another trip. */
export function tripOverdue(lastTaken: string, now: Date): boolean {
  return daysSinceChinaDate(lastTaken, now) > TRIPS.intervalDays
}

/** A trip's matters, at most: each result is one or two transactions of its own. */
export const MAX_TRIP_ITEMS = 20
