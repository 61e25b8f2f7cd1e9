import dayjs, { type Dayjs } from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

/**
 * China Standard Time. Asia/Shanghai has kept UTC+8 without daylight saving since 1991,
 * so a fixed offset gives the same answers as the tz database without needing Intl
 * time-zone data, which mini-program JS engines do not reliably ship.
 */
export const CHINA_OFFSET_MINUTES = 8 * 60
const OFFSET_MS = CHINA_OFFSET_MINUTES * 60 * 1000

export type DateInput = Date | string | number

/**
 * The China wall clock of an instant, as a dayjs in UTC mode. Calendar arithmetic
 * (add days, end of day, month) on it never meets a daylight-saving jump, whatever the
 * machine's own zone; dayjs's utcOffset mode does (it adds through the local zone).
 */
export function chinaWallClock(at: DateInput): Dayjs {
  return dayjs.utc(dayjs(at).valueOf() + OFFSET_MS)
}

/** The instant that a China wall-clock reading stands for. */
export function fromChinaWallClock(wall: Dayjs): Date {
  return new Date(wall.valueOf() - OFFSET_MS)
}

/**
 * The China wall clock at `time` ('HH:mm', midnight unless given) of a China calendar day
 * 'YYYY-MM-DD': the one place a day's string becomes a time.
 */
export function chinaWallAt(ymd: string, time = '00:00'): Dayjs {
  return chinaWallClock(`${ymd}T${time}:00+08:00`)
}

/** The instant of `time` ('HH:mm') on a China calendar day. */
export function chinaInstant(ymd: string, time: string): Date {
  return fromChinaWallClock(chinaWallAt(ymd, time))
}

/** The instant a China calendar day begins: 00:00 China time (16:00 UTC the day before). */
export function chinaDayStart(ymd: string): Date {
  return chinaInstant(ymd, '00:00')
}

/** The instant a China calendar day ends, excluded: the next day's 00:00 China time. */
export function chinaDayEnd(ymd: string): Date {
  return fromChinaWallClock(chinaWallAt(ymd).add(1, 'day'))
}

/** ISO 8601 with the China offset, e.g. 2026-02-07T23:59:59+08:00. */
export function toChinaIso(at: DateInput): string {
  return chinaWallClock(at).format('YYYY-MM-DDTHH:mm:ss') + '+08:00'
}

/** 2026-02-07 23:59 — for people. */
export function formatChinaDateTime(at: DateInput): string {
  return chinaWallClock(at).format('YYYY-MM-DD HH:mm')
}

export function formatChinaDate(at: DateInput): string {
  return chinaWallClock(at).format('YYYY-MM-DD')
}
