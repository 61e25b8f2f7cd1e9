/** How 约访 reads on screen: days, times and a booking's state in words. Pure. */
import type { BookingStatus, BookingView } from '../../domain/booking/api'

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'] as const

/** 'YYYY-MM-DD' as 12月2日（星期三）; '' when it is not a date. */
export function dayLabel(ymd: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd)
  if (!m) return ''
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  return `${mo}月${d}日（星期${WEEKDAYS[new Date(Date.UTC(y, mo - 1, d)).getUTCDay()]}）`
}

/** 09:00 → 9:00 */
export const clock = (hhmm: string) => hhmm.replace(/^0(\d):/, '$1:')

/** 14:30–15:00 */
export const timeRange = (start: string, end: string) => `${clock(start)}–${clock(end)}`

/**
 * Where: the point's name and its address, with no brackets inside brackets (an address
 * such as 党群服务中心一楼（幸福路 88 号） already has some): then a comma instead.
 */
export function placeLine(name: string, address: string | null | undefined): string {
  if (!address) return name
  return /[（(]/.test(address) ? `${name}，${address}` : `${name}（${address}）`
}

export const BOOKING_STATUS_WORDS: Record<BookingStatus, string> = {
  booked: '已预约',
  cancelled: '已取消',
  checkedIn: '已到场',
  noShow: '未到',
}

/** The booking page for the same point and the same matter: 重新预约 after the office cancelled. */
export function rebookUrl(b: Pick<BookingView, 'pointCode' | 'category' | 'topic' | 'kind'>): string {
  const q = [`point=${encodeURIComponent(b.pointCode)}`, `topic=${encodeURIComponent(b.topic)}`]
  if (b.kind === 'home') q.push('home=1')
  else q.push(`category=${encodeURIComponent(b.category)}`)
  return `/pages/booking/index?${q.join('&')}`
}
