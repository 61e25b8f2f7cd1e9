/**
 * Dates as people read them, in Chinese, on China's calendar: 2026年3月1日, 3月10日,
 * and the YYYY-MM-DD form the events carry. Pure: display only, no rules.
 */
import { chinaWallClock, type DateInput } from './time'

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'] as const

/** 2026年3月1日 */
export function chineseDate(at: DateInput): string {
  const d = chinaWallClock(at)
  return `${d.year()}年${d.month() + 1}月${d.date()}日`
}

/** 3月10日 when in the same China year as `ref`, else 2027年3月10日 */
export function chineseDateNear(at: DateInput, ref: DateInput): string {
  const d = chinaWallClock(at)
  return d.year() === chinaWallClock(ref).year() ? `${d.month() + 1}月${d.date()}日` : chineseDate(at)
}

/** A picked calendar date, YYYY-MM-DD, as 2027年1月20日（星期三）; '' when it is not one. */
export function chineseDayOf(ymd: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd)
  if (!m) return ''
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const weekday = new Date(Date.UTC(y, mo - 1, d)).getUTCDay()
  return `${y}年${mo}月${d}日（星期${WEEKDAYS[weekday]}）`
}

/** A calendar date YYYY-MM-DD as a local Date at midnight (what date pickers hold). */
export function ymdToLocalDate(ymd: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd)
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null
}

/** A date picker's local Date back to YYYY-MM-DD. */
export function localDateToYmd(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The China calendar date of an instant, plus `days`, YYYY-MM-DD. */
export function chinaYmd(at: DateInput, days = 0): string {
  return chinaWallClock(at).add(days, 'day').format('YYYY-MM-DD')
}
