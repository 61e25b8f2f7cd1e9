/**
 * The rules of 约访, shown to residents before they book and enforced by the function:
 * no past slots and at least 2 hours' notice, at most 30 days ahead, at most 2 open
 * bookings and one per opening; cancelling is free until 2 hours before the start; a
 * resident who missed 2 bookings in 90 days waits 30 days before booking again.
 */
import { formatChinaDate } from '../kernel/time'

const HOUR_MS = 60 * 60 * 1000
const DAY_MS = 24 * HOUR_MS

export const BOOKING_RULES = {
  minNoticeMs: 2 * HOUR_MS,
  maxAheadMs: 30 * DAY_MS,
  maxOpen: 2,
  cancelUntilMs: 2 * HOUR_MS,
  noShowLimit: 2,
  noShowWindowMs: 90 * DAY_MS,
  waitAfterNoShowsMs: 30 * DAY_MS,
} as const

/** How far ahead a resident may look and book, in words: 「30 天内」. */
export const BOOKING_AHEAD_WORDS = `${BOOKING_RULES.maxAheadMs / DAY_MS} 天内`

/** The China calendar days a booking page lists: today and the 30 after it (the last one up to the hour). */
export const BOOKING_LIST_DAYS = BOOKING_RULES.maxAheadMs / DAY_MS + 1

export const BOOKING_RULES_TEXT = [
  `请至少提前 ${BOOKING_RULES.minNoticeMs / HOUR_MS} 小时预约，最多预约 ${BOOKING_AHEAD_WORDS}的时段`,
  '同时最多 2 个未到期的预约，每次开放只能约 1 个时段',
  '开始前 2 小时之前可以免费取消',
  '90 天内 2 次预约未到的，30 天内不能再预约',
]

export interface BookerState {
  /** open bookings: their opening and start */
  open: { id: string; openingId: string; startAt: Date }[]
  /** when the resident did not come */
  noShows: Date[]
}

export type RuleCheck = { ok: true } | { ok: false; message: string }

/** Whether a slot starting at `startAt` can still be booked at `now`: not begun, 2 hours' notice, within 30 days. */
export function checkSlotTime(startAt: Date, now: Date): RuleCheck {
  const lead = startAt.getTime() - now.getTime()
  if (lead < 0) return { ok: false, message: '这个时段已经过去了，请选择其他时段' }
  if (lead < BOOKING_RULES.minNoticeMs) return { ok: false, message: `请至少提前 ${BOOKING_RULES.minNoticeMs / HOUR_MS} 小时预约` }
  if (lead > BOOKING_RULES.maxAheadMs) return { ok: false, message: `只能预约 ${BOOKING_AHEAD_WORDS}的时段` }
  return { ok: true }
}

export const slotBookable = (startAt: Date, now: Date): boolean => checkSlotTime(startAt, now).ok

export function checkBooking(slot: { openingId: string; startAt: Date }, now: Date, me: BookerState): RuleCheck {
  const time = checkSlotTime(slot.startAt, now)
  if (!time.ok) return time
  const open = me.open.filter((b) => b.startAt > now)
  if (open.some((b) => b.openingId === slot.openingId)) return { ok: false, message: '这次开放您已经约了一个时段' }
  if (open.length >= BOOKING_RULES.maxOpen) return { ok: false, message: `同时最多 ${BOOKING_RULES.maxOpen} 个预约，请先完成或取消一个` }
  const recent = me.noShows.filter((t) => now.getTime() - t.getTime() < BOOKING_RULES.noShowWindowMs).sort((a, b) => a.getTime() - b.getTime())
  if (recent.length >= BOOKING_RULES.noShowLimit) {
    const until = new Date(recent[recent.length - 1].getTime() + BOOKING_RULES.waitAfterNoShowsMs)
    if (now < until) return { ok: false, message: `90 天内有 ${recent.length} 次预约未到，${formatChinaDate(until)} 之后可以再预约` }
  }
  return { ok: true }
}

export function checkCancel(startAt: Date, now: Date): RuleCheck {
  if (startAt.getTime() - now.getTime() < BOOKING_RULES.cancelUntilMs) return { ok: false, message: '开始前 2 小时内不能在线取消，请直接联系说事点' }
  return { ok: true }
}

/** 未到 is recorded only once the slot has ended: until then the resident may still come. */
export const noShowOpen = (endAt: Date, now: Date): boolean => now.getTime() >= endAt.getTime()
