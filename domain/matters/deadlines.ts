/**
 * 期限: a 一般诉求件 is answered within 7 calendar days of acceptance, a 重要诉求件 within a
 * month, ending 23:59:59 China time on the last day. Everything is computed on China's
 * calendar, so the machine's own time zone never matters. The numbers are
 * policy/defaults.ts MATTER_DEADLINES.
 */
import dayjs from 'dayjs'
import { chinaWallClock, formatChinaDate, fromChinaWallClock, type DateInput } from '../kernel/time'
import { MATTER_DEADLINES } from '../policy/defaults'

export type Importance = 'normal' | 'important'

export const IMPORTANCE_LABELS: Record<Importance, string> = { normal: '一般', important: '重要' }

const HOUR_MS = 60 * 60 * 1000

/** Matters not accepted within this long are flagged. */
export const ACCEPT_WITHIN_MS = MATTER_DEADLINES.acceptWithinHours * HOUR_MS
/** 即将到期: due within this long. */
export const DUE_SOON_MS = MATTER_DEADLINES.dueSoonHours * HOUR_MS

/** How long a matter of this importance has, in words: 「7 天」, 「1 个月」. */
export function deadlineWords(importance: Importance, deadlines: { normalDays: number; importantMonths: number } = MATTER_DEADLINES): string {
  return importance === 'normal' ? `${deadlines.normalDays} 天` : `${deadlines.importantMonths} 个月`
}

/** The last moment of the China calendar day `days` after `from`. */
export function endOfChinaDayAfter(from: DateInput, days: number): Date {
  return fromChinaWallClock(chinaWallClock(from).add(days, 'day').endOf('day').millisecond(0))
}

export function dueDateFor(acceptedAt: DateInput, importance: Importance): Date {
  if (importance === 'normal') return endOfChinaDayAfter(acceptedAt, MATTER_DEADLINES.normalDays)
  // add(n, 'month') keeps the day of month, clamped to the month's end (31 Jan → 28 Feb)
  return fromChinaWallClock(chinaWallClock(acceptedAt).add(MATTER_DEADLINES.importantMonths, 'month').endOf('day').millisecond(0))
}

/** An extension's new due date, from the China date a cadre picked (YYYY-MM-DD). */
export function dueDateFromChinaDate(date: string): Date {
  return fromChinaWallClock(dayjs.utc(date).endOf('day').millisecond(0))
}

export function isOverdue(dueAt: Date | null, now: Date): boolean {
  return dueAt !== null && now.getTime() > dueAt.getTime()
}

export function isDueSoon(dueAt: Date | null, now: Date): boolean {
  return dueAt !== null && !isOverdue(dueAt, now) && dueAt.getTime() - now.getTime() <= DUE_SOON_MS
}

export function isAcceptanceLate(createdAt: Date, now: Date): boolean {
  return now.getTime() - createdAt.getTime() > ACCEPT_WITHIN_MS
}

export function ratingClosesAt(repliedAt: DateInput): Date {
  return new Date(new Date(repliedAt).getTime() + MATTER_DEADLINES.ratingWindowDays * 24 * HOUR_MS)
}

export type ExtensionCheck = { ok: true; needsApproval: boolean } | { ok: false; message: string }

const endOfChinaDay = (wall: ReturnType<typeof chinaWallClock>) => fromChinaWallClock(wall.endOf('day').millisecond(0))

/**
 * 延期 to `to` (the end of a China day) from `currentDue` (null: none yet), asked at
 * `now`: refused when not later than today and the current due date, or further than a
 * year from today; otherwise it needs a leader's approval when more than a month past
 * the current due date.
 */
export function checkExtension(to: Date, currentDue: Date | null, now: Date): ExtensionCheck {
  if (to.getTime() <= now.getTime()) return { ok: false, message: '新的期限必须晚于今天' }
  if (currentDue && to.getTime() <= currentDue.getTime()) {
    return { ok: false, message: `新的期限必须晚于原期限 ${formatChinaDate(currentDue)}` }
  }
  const farthest = endOfChinaDay(chinaWallClock(now).add(MATTER_DEADLINES.maxExtensionYears, 'year'))
  if (to.getTime() > farthest.getTime()) return { ok: false, message: `新的期限不能晚于 ${formatChinaDate(farthest)}（${MATTER_DEADLINES.maxExtensionYears} 年以内）` }
  const ownLimit = endOfChinaDay(chinaWallClock(currentDue ?? now).add(MATTER_DEADLINES.selfExtensionMonths, 'month'))
  return { ok: true, needsApproval: to.getTime() > ownLimit.getTime() }
}

/** Whether a China calendar date (YYYY-MM-DD) is after today in China: a past event cannot be. */
export function isFutureChinaDate(date: string, now: Date): boolean {
  return date > formatChinaDate(now)
}
