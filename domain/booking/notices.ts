/**
 * What a booking tells its resident: 预约成功 (or 上门走访已安排), a change or a
 * cancellation by the office with its reason, and the reminder the evening before. Pure;
 * booking/booking-change.ts queues these in the same transaction as the change, so every path
 * that changes a booking tells the resident the same way. Event ids are stable per moment
 * (a moved booking's reminder is a new moment), so a retried change queues nothing twice.
 */
import type { Notice } from '../messages/notices'
import { templateData } from '../messages/templates'
import { chinaWallClock, fromChinaWallClock } from '../kernel/time'
import { BOOKING_RULES, REMINDERS } from '../policy/defaults'

/** What the notices read of a booking (lib/records BookingRecord has all of it). */
export interface BookingNoticeInput {
  _id: string
  ownerOpenid: string
  kind?: 'home'
  pointName: string
  startAt: Date
  endAt: Date
  category: string
  topic: string
  /** 上门走访: the cadre who comes */
  cadre?: { openid: string; name: string } | null
}

/** 我的 shows the resident's bookings, their state and 重新预约. */
export const BOOKING_NOTICE_PAGE = 'pages/mine/index'

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'] as const

/** 3月4日（星期三）14:30–15:00, China time. */
export function bookingWhen(b: { startAt: Date; endAt: Date }): string {
  const s = chinaWallClock(b.startAt)
  const e = chinaWallClock(b.endAt)
  return `${s.month() + 1}月${s.date()}日（星期${WEEKDAYS[s.day()]}）${s.format('HH:mm')}–${e.format('HH:mm')}`
}

const what = (b: BookingNoticeInput) => (b.kind === 'home' ? `上门走访：${b.topic}` : `${b.category}：${b.topic}`)
const place = (b: BookingNoticeInput) => (b.kind === 'home' ? '您家中（上门走访）' : b.pointName)

function notice(b: BookingNoticeInput, moment: string, status: string, note: string, title: string, body: string): Notice {
  return {
    event: `booking:${b._id}:${moment}`,
    recipient: b.ownerOpenid,
    template: 'booking',
    data: templateData('booking', { topic: what(b), at: b.startAt, place: place(b), status, note }),
    page: BOOKING_NOTICE_PAGE,
    title,
    body,
  }
}

export function bookedNotice(b: BookingNoticeInput): Notice {
  if (b.kind === 'home') {
    const who = b.cadre?.name ?? '说事点干部'
    return notice(b, 'booked', '已安排', `${who}上门`, '上门走访已安排', `${who}将在 ${bookingWhen(b)} 到您家走访，事由：${b.topic}。请留人在家；时间不合适请联系${b.pointName}。`)
  }
  return notice(
    b,
    'booked',
    '预约成功',
    '请按时前往，来不了请提前取消',
    '预约成功',
    `${bookingWhen(b)} 在${b.pointName}，事由：${what(b)}。请按时前往；来不了的话，开始前 ${BOOKING_RULES.cancelUntilHours} 小时之前可以在「我的」里取消。`,
  )
}

export function cancelledByOfficeNotice(b: BookingNoticeInput, reason: string): Notice {
  const kind = b.kind === 'home' ? '上门走访' : '预约'
  return notice(
    b,
    'cancelled',
    '已取消',
    reason,
    `${kind}已被取消`,
    `您 ${bookingWhen(b)} 的${kind}（${what(b)}）已被${b.pointName}取消。原因：${reason}。可以在「我的」里点「重新预约」。`,
  )
}

export function movedNotice(b: BookingNoticeInput, from: { startAt: Date; endAt: Date }, reason: string): Notice {
  return notice(
    b,
    `moved:${b.startAt.getTime()}`,
    '已改期',
    reason,
    '预约时间有调整',
    `您在${b.pointName}的预约（${what(b)}）由 ${bookingWhen(from)} 改到 ${bookingWhen(b)}。原因：${reason}。来不了的话可以在「我的」里取消。`,
  )
}

export function reminderNotice(b: BookingNoticeInput): Notice {
  if (b.kind === 'home') {
    const who = b.cadre?.name ?? '说事点干部'
    return notice(b, `reminder:${b.startAt.getTime()}`, '明日上门', `${who}明天上门`, '明天上门走访', `${who}明天 ${bookingWhen(b)} 到您家走访，事由：${b.topic}。`)
  }
  return notice(b, `reminder:${b.startAt.getTime()}`, '明日预约', '请按时前往', '明天有预约', `明天 ${bookingWhen(b)} 在${b.pointName}，事由：${what(b)}。请按时前往。`)
}

/**
 * The window of starts whose reminder is due at `now`: the whole of tomorrow (China
 * time) once today's REMINDERS.bookingHour (18:00) has passed, else nothing.
 */
export function reminderWindow(now: Date): { from: Date; to: Date } | null {
  const wall = chinaWallClock(now)
  if (wall.hour() < REMINDERS.bookingHour) return null
  const tomorrow = wall.startOf('day').add(1, 'day')
  return { from: fromChinaWallClock(tomorrow), to: fromChinaWallClock(tomorrow.add(1, 'day')) }
}
