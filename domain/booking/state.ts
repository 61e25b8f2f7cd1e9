/**
 * What a booking has become, as its resident reads it in 我的. The stored status says
 * what someone recorded (到场, 未到, 取消, 已上门); time says the rest:
 * - a booking at the point nobody settled: 已预约 until its slot ends, then 待确认 for the
 *   rest of that day (the desk may still record it), then 已过期，未登记到场;
 * - a 上门走访: 已安排 until the end of its day, then 待确认 until the cadre records 已上门.
 * Pure; the functions send the result with each booking, read at the cloud's clock.
 */
import { chinaWallClock, fromChinaWallClock } from '../kernel/time'

export const BOOKING_SHOWN = ['booked', 'awaiting', 'expired', 'arranged', 'visited', 'checkedIn', 'noShow', 'cancelled'] as const
export type BookingShown = (typeof BOOKING_SHOWN)[number]

export const BOOKING_SHOWN_WORDS: Record<BookingShown, string> = {
  booked: '已预约',
  awaiting: '待确认',
  expired: '已过期，未登记到场',
  arranged: '已安排',
  visited: '已上门',
  checkedIn: '已到场',
  noShow: '未到',
  cancelled: '已取消',
}

export interface BookingFacts {
  status: 'booked' | 'cancelled' | 'checkedIn' | 'noShow'
  kind?: 'home' | 'point'
  startAt: Date
  endAt: Date
}

/** The first instant after the China calendar day `at` falls on. */
export function endOfChinaDay(at: Date): Date {
  return fromChinaWallClock(chinaWallClock(at).startOf('day').add(1, 'day'))
}

export function bookingShown(b: BookingFacts, now: Date): BookingShown {
  const home = b.kind === 'home'
  if (b.status === 'cancelled' || b.status === 'noShow') return b.status
  if (b.status === 'checkedIn') return home ? 'visited' : 'checkedIn'
  if (home) return now < endOfChinaDay(b.startAt) ? 'arranged' : 'awaiting'
  if (now < b.endAt) return 'booked'
  return now < endOfChinaDay(b.endAt) ? 'awaiting' : 'expired'
}

/** Still ahead: the resident may act on it (取消预约). */
export const bookingAhead = (shown: BookingShown) => shown === 'booked' || shown === 'arranged'
