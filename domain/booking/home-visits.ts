/**
 * 上门走访: a resident who cannot come to the point asks for a visit, with 1–3 days that
 * suit them and 上午 / 下午 / 都可以; a cadre of the point takes the request and sets the
 * date and time, which makes it a booking of kind 上门 for that cadre. Pure rules and the
 * words for them; the events' schemas are in domain/booking/schemas.ts.
 */
import { endOfChinaDay } from './state'
import { chinaInstant, chinaWallClock, fromChinaWallClock } from '../kernel/time'
import { HOME_VISITS } from '../policy/defaults'

export const VISIT_TIMES = ['am', 'pm', 'any'] as const
export type VisitTime = (typeof VISIT_TIMES)[number]
export const VISIT_TIME_WORDS: Record<VisitTime, string> = { am: '上午', pm: '下午', any: '上午下午都可以' }

export const HOME_VISIT_STATUSES = ['pending', 'scheduled', 'visited', 'cancelled'] as const
export type HomeVisitStatus = (typeof HOME_VISIT_STATUSES)[number]
export const HOME_VISIT_STATUS_WORDS: Record<HomeVisitStatus, string> = { pending: '待安排', scheduled: '已安排', visited: '已上门', cancelled: '已取消' }

/**
 * A request as its resident reads it: 已安排 through the day of the visit, then 待确认
 * until the cadre records 已上门 (the same rule as booking-state.ts).
 */
export type HomeVisitShown = HomeVisitStatus | 'awaiting'
export const HOME_VISIT_SHOWN_WORDS: Record<HomeVisitShown, string> = { ...HOME_VISIT_STATUS_WORDS, awaiting: '待确认' }

export function homeVisitShown(v: { status: HomeVisitStatus; startAt: Date | null }, now: Date): HomeVisitShown {
  if (v.status !== 'scheduled' || !v.startAt) return v.status
  return now < endOfChinaDay(v.startAt) ? 'scheduled' : 'awaiting'
}

/** 已上门 is recorded from the day of the visit on (China time), never before it. */
export function checkVisitDone(startAt: Date, now: Date): RuleCheck {
  const dayStart = fromChinaWallClock(chinaWallClock(startAt).startOf('day'))
  return now < dayStart ? { ok: false, message: '还没到上门的日子，上门后再登记' } : { ok: true }
}

export const MAX_PREFERRED_DATES = 3

export type RuleCheck = { ok: true } | { ok: false; message: string }

/** The preferred dates: each a day from tomorrow to HOME_VISITS.preferredWithinDays ahead, China time. */
export function checkPreferredDates(dates: readonly string[], now: Date): RuleCheck {
  const within = HOME_VISITS.preferredWithinDays
  const today = chinaWallClock(now).format('YYYY-MM-DD')
  const last = chinaWallClock(now).add(within, 'day').format('YYYY-MM-DD')
  if (dates.some((d) => d <= today)) return { ok: false, message: '方便的日期请从明天起选' }
  if (dates.some((d) => d > last)) return { ok: false, message: `方便的日期请选 ${within} 天以内的` }
  return { ok: true }
}

/** The instant a visit on `date` at `time` (China time) starts. */
export function visitStart(date: string, time: string): Date {
  return chinaInstant(date, time)
}

/** A visit the cadre sets: in the future, within HOME_VISITS.scheduleWithinDays, in the daytime. */
export function checkVisitTime(date: string, time: string, now: Date): RuleCheck {
  const { earliest, latest, scheduleWithinDays } = HOME_VISITS
  if (time < earliest || time > latest) return { ok: false, message: `上门时间请定在 ${earliest} 到 ${latest} 之间` }
  const start = visitStart(date, time)
  if (start <= now) return { ok: false, message: '上门时间已经过去了，请重新选择' }
  if (start.getTime() - now.getTime() > scheduleWithinDays * 24 * 60 * 60 * 1000) return { ok: false, message: `只能安排 ${scheduleWithinDays} 天以内的上门走访` }
  return { ok: true }
}
