/**
 * The rules of 约访, shown to residents before they book and enforced by the function:
 * no past slots and some hours' notice, a limited time ahead, a few open bookings and a
 * limited number per opening; cancelling is free until some hours before the start; a
 * resident who missed bookings too often waits before booking again. The numbers are
 * policy/defaults.ts BOOKING_RULES; the words are built from them.
 */
import { formatChinaDate } from '../kernel/time'
import { BOOKING_RULES, type BookingRules } from '../policy/defaults'

const HOUR_MS = 60 * 60 * 1000
const DAY_MS = 24 * HOUR_MS

/** How far ahead a resident may look and book, in words: 「30 天内」. */
export const aheadWords = (rules: BookingRules = BOOKING_RULES) => `${rules.aheadDays} 天内`
export const BOOKING_AHEAD_WORDS = aheadWords()

/** The China calendar days a booking page lists: today and the 30 after it (the last one up to the hour). */
export const BOOKING_LIST_DAYS = BOOKING_RULES.aheadDays + 1

/** 「开始前 2 小时之前可以免费取消」 */
export const cancelWords = (rules: BookingRules = BOOKING_RULES) => `开始前 ${rules.cancelUntilHours} 小时之前可以免费取消`

/** 「90 天内 2 次预约未到的，30 天内不能再预约」 */
export const noShowWords = (rules: BookingRules = BOOKING_RULES) =>
  `${rules.noShowWindowDays} 天内 ${rules.noShowLimit} 次预约未到的，${rules.noShowBanDays} 天内不能再预约`

/** The rules as residents read them before booking, each line from its number. */
export function bookingRulesText(rules: BookingRules = BOOKING_RULES): string[] {
  return [
    `请至少提前 ${rules.noticeHours} 小时预约，最多预约 ${aheadWords(rules)}的时段`,
    `同时最多 ${rules.maxOpen} 个未到期的预约，每次开放只能约 ${rules.perOpening} 个时段`,
    cancelWords(rules),
    noShowWords(rules),
  ]
}
export const BOOKING_RULES_TEXT = bookingRulesText()

export interface BookerState {
  /** open bookings: their opening and start */
  open: { id: string; openingId: string; startAt: Date }[]
  /** when the resident did not come */
  noShows: Date[]
}

export type RuleCheck = { ok: true } | { ok: false; message: string }

/** Whether a slot starting at `startAt` can still be booked at `now`: not begun, enough notice, not too far ahead. */
export function checkSlotTime(startAt: Date, now: Date, rules: BookingRules = BOOKING_RULES): RuleCheck {
  const lead = startAt.getTime() - now.getTime()
  if (lead < 0) return { ok: false, message: '这个时段已经过去了，请选择其他时段' }
  if (lead < rules.noticeHours * HOUR_MS) return { ok: false, message: `请至少提前 ${rules.noticeHours} 小时预约` }
  if (lead > rules.aheadDays * DAY_MS) return { ok: false, message: `只能预约 ${aheadWords(rules)}的时段` }
  return { ok: true }
}

export const slotBookable = (startAt: Date, now: Date): boolean => checkSlotTime(startAt, now).ok

/**
 * When a resident with these 未到 may book again, or null when they may now: after
 * noShowLimit of them within noShowWindowDays, noShowBanDays after the latest.
 */
export function bannedUntil(noShows: readonly Date[], now: Date, rules: BookingRules = BOOKING_RULES): { until: Date; missed: number } | null {
  const recent = noShows.filter((t) => now.getTime() - t.getTime() < rules.noShowWindowDays * DAY_MS).sort((a, b) => a.getTime() - b.getTime())
  if (recent.length < rules.noShowLimit) return null
  const until = new Date(recent[recent.length - 1].getTime() + rules.noShowBanDays * DAY_MS)
  return now < until ? { until, missed: recent.length } : null
}

export function checkBooking(slot: { openingId: string; startAt: Date }, now: Date, me: BookerState, rules: BookingRules = BOOKING_RULES): RuleCheck {
  const time = checkSlotTime(slot.startAt, now, rules)
  if (!time.ok) return time
  const open = me.open.filter((b) => b.startAt > now)
  if (open.filter((b) => b.openingId === slot.openingId).length >= rules.perOpening) return { ok: false, message: `这次开放您已经约了 ${rules.perOpening} 个时段` }
  if (open.length >= rules.maxOpen) return { ok: false, message: `同时最多 ${rules.maxOpen} 个预约，请先完成或取消一个` }
  const ban = bannedUntil(me.noShows, now, rules)
  if (ban) return { ok: false, message: `${rules.noShowWindowDays} 天内有 ${ban.missed} 次预约未到，${formatChinaDate(ban.until)} 之后可以再预约` }
  return { ok: true }
}

export function checkCancel(startAt: Date, now: Date, rules: BookingRules = BOOKING_RULES): RuleCheck {
  if (startAt.getTime() - now.getTime() < rules.cancelUntilHours * HOUR_MS) {
    return { ok: false, message: `开始前 ${rules.cancelUntilHours} 小时内不能在线取消，请直接联系说事点` }
  }
  return { ok: true }
}

/** 未到 is recorded only once the slot has ended: until then the resident may still come. */
export const noShowOpen = (endAt: Date, now: Date): boolean => now.getTime() >= endAt.getTime()
