import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

/**
 * China Standard Time. Asia/Shanghai has kept UTC+8 without daylight saving since 1991,
 * so a fixed offset gives the same answers as the tz database without needing Intl
 * time-zone data, which mini-program JS engines do not reliably ship.
 */
export const CHINA_OFFSET_MINUTES = 8 * 60

export type DateInput = Date | string | number

/** The instant seen on a clock in China. */
export function inChina(at: DateInput) {
  return dayjs(at).utcOffset(CHINA_OFFSET_MINUTES)
}

/** ISO 8601 with the China offset, e.g. 2026-02-07T23:59:59+08:00. */
export function toChinaIso(at: DateInput): string {
  return inChina(at).format('YYYY-MM-DDTHH:mm:ssZ')
}

/** 2026-02-07 23:59 — for people. */
export function formatChinaDateTime(at: DateInput): string {
  return inChina(at).format('YYYY-MM-DD HH:mm')
}

export function formatChinaDate(at: DateInput): string {
  return inChina(at).format('YYYY-MM-DD')
}
