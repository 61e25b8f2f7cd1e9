/**
 * 代理办事: the main cadre takes escalated matters to the upper departments at least once
 * a week. A matter waits for its next trip from the day it was last taken there (or, not
 * yet taken, from the day it was accepted as 上报上级); days are China calendar days.
 */
import dayjs from 'dayjs'
import { formatChinaDate } from '../kernel/time'

export const TRIP_INTERVAL_DAYS = 7

/** Whole China calendar days from `date` (YYYY-MM-DD) to today in China. */
export function daysSinceChinaDate(date: string, now: Date): number {
  return dayjs.utc(formatChinaDate(now)).diff(dayjs.utc(date), 'day')
}

/** 7 full days have passed since `lastTaken` without another trip. */
export function tripOverdue(lastTaken: string, now: Date): boolean {
  return daysSinceChinaDate(lastTaken, now) > TRIP_INTERVAL_DAYS
}

/** A trip's matters, at most: each result is one or two transactions of its own. */
export const MAX_TRIP_ITEMS = 20
