/**
 * A talk point's openings: recurring rules (weekday, start and end in China time, kind,
 * slot length and places) and dated exceptions (closed on a holiday, an extra opening
 * 遇有特殊情况), turned into the openings of a range of days, each with its bookable
 * slots. Times are China wall-clock readings; every opening and slot also carries the
 * instants they stand for, computed the same whatever the machine's time zone.
 * Groundwork for the booking issue: pure and tested, not yet used by a function.
 */
import { chinaWallAt, fromChinaWallClock } from '../kernel/time'
import { OPENINGS } from '../policy/defaults'

export const OPENING_KINDS = ['walkIn', 'booking', 'deputy', 'collective'] as const
export type OpeningKind = (typeof OPENING_KINDS)[number]
export const OPENING_KIND_LABELS: Record<OpeningKind, string> = {
  walkIn: '说事日接待',
  booking: '约访',
  deputy: '代表驻室接待',
  collective: '集体接见',
}

export interface OpeningHours {
  /** 'HH:mm', China time */
  start: string
  end: string
  kind: OpeningKind
  /** for 约访: the length of a slot and the places in each */
  slotMinutes?: number
  places?: number
}

export interface OpeningRule extends OpeningHours {
  /** ISO weekday: 1 Monday … 7 Sunday */
  weekday: number
}

export interface ScheduleException {
  /** 'YYYY-MM-DD' */
  date: string
  /** closed all day (a holiday): the rules give no opening that day */
  closed?: boolean
  reason?: string
  /** an extra opening that day */
  extra?: OpeningHours
}

export interface Slot {
  id: string
  start: string
  end: string
  startAt: Date
  endAt: Date
  capacity: number
}

export interface Opening {
  id: string
  date: string
  start: string
  end: string
  kind: OpeningKind
  startAt: Date
  endAt: Date
  slots: Slot[]
}

/** An opening as the lists show it: which one, its day, hours and kind (its slots apart). */
export const openingTimes = ({ id, date, start, end, kind }: Opening) => ({ id, date, start, end, kind })

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/

function minutesOf(hhmm: string): number {
  const m = TIME.exec(hhmm)
  if (!m) throw new Error(`not a time of day: ${hhmm}`)
  return Number(m[1]) * 60 + Number(m[2])
}

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

/** The instant of a China wall-clock reading on a date. */
function instant(date: string, minutes: number): Date {
  return fromChinaWallClock(chinaWallAt(date).add(minutes, 'minute'))
}

function opening(pointCode: string, date: string, hours: OpeningHours): Opening {
  const from = minutesOf(hours.start)
  const to = minutesOf(hours.end)
  if (to <= from) throw new Error(`an opening ends after it starts: ${hours.start}–${hours.end}`)
  // ids fit a document id ([A-Za-z0-9_-]): point_YYYYMMDD_HHmm, and _HHmm for a slot
  const id = `${pointCode}_${date.replace(/-/g, '')}_${hours.start.replace(':', '')}`
  const slots: Slot[] = []
  if (hours.kind === 'booking') {
    const length = hours.slotMinutes ?? 30
    for (let t = from; t + length <= to; t += length) {
      slots.push({ id: `${id}_${hhmm(t).replace(':', '')}`, start: hhmm(t), end: hhmm(t + length), startAt: instant(date, t), endAt: instant(date, t + length), capacity: hours.places ?? 1 })
    }
  }
  return { id, date, start: hours.start, end: hours.end, kind: hours.kind, startAt: instant(date, from), endAt: instant(date, to), slots }
}

/** The openings of `days` China calendar days from `from` ('YYYY-MM-DD'), in time order. */
export function openingsBetween(pointCode: string, rules: readonly OpeningRule[], exceptions: readonly ScheduleException[], from: string, days: number): Opening[] {
  const out: Opening[] = []
  const first = chinaWallAt(from)
  for (let d = 0; d < days; d++) {
    const day = first.add(d, 'day')
    const date = day.format('YYYY-MM-DD')
    const weekday = day.day() === 0 ? 7 : day.day()
    const special = exceptions.filter((e) => e.date === date)
    if (!special.some((e) => e.closed)) {
      for (const rule of rules) if (rule.weekday === weekday) out.push(opening(pointCode, date, rule))
    }
    for (const e of special) if (e.extra) out.push(opening(pointCode, date, e.extra))
  }
  return out.sort((a, b) => a.startAt.getTime() - b.startAt.getTime())
}

/** The closed days (exceptions with closed) of `days` days from `from`, in date order, each with its reason. */
export function closedDaysBetween(exceptions: readonly ScheduleException[], from: string, days: number): { date: string; reason: string }[] {
  const last = chinaWallAt(from).add(days, 'day').format('YYYY-MM-DD')
  return exceptions
    .filter((e) => e.closed && e.date >= from && e.date < last)
    .map((e) => ({ date: e.date, reason: e.reason?.trim() ?? '' }))
    .sort((a, b) => a.date.localeCompare(b.date))
}

/** Whether a point takes bookings at all: a weekly 约访 opening, or an extra one from `today` on. */
export function takesBookings(rules: readonly OpeningRule[], exceptions: readonly ScheduleException[], today: string): boolean {
  return rules.some((r) => r.kind === 'booking') || exceptions.some((e) => e.extra?.kind === 'booking' && e.date >= today)
}

/** The date, opening start and slot start a slot id names, or null for anything else. */
export function parseSlotId(id: string): { pointCode: string; date: string; opening: string; start: string } | null {
  const m = /^([A-Za-z0-9_-]{1,32})_(\d{4})(\d{2})(\d{2})_(\d{2})(\d{2})_(\d{2})(\d{2})$/.exec(id)
  if (!m) return null
  return { pointCode: m[1], date: `${m[2]}-${m[3]}-${m[4]}`, opening: `${m[5]}:${m[6]}`, start: `${m[7]}:${m[8]}` }
}

/**
 * The openings the rule counts: for a talk point its days (a day open morning and
 * afternoon is one 说事日, not two); for a studio its receptions.
 */
export function countedOpenings(pointKind: 'talk' | 'studio', openings: readonly Opening[]): number {
  if (pointKind === 'talk') return new Set(openings.map((o) => o.date)).size
  return openings.filter((o) => o.kind === 'deputy' || o.kind === 'collective').length
}

/** The month's shortfalls against the rules of the institution, in words, before it starts. */
export function monthWarnings(pointKind: 'talk' | 'studio', openingsOfMonth: readonly Opening[]): string[] {
  const warnings: string[] = []
  if (pointKind === 'talk') {
    const days = countedOpenings('talk', openingsOfMonth)
    if (days < OPENINGS.talkPerMonth) warnings.push(`本月只开放 ${days} 次，说事点每月应不少于 ${OPENINGS.talkPerMonth} 次`)
  } else {
    const receptions = countedOpenings('studio', openingsOfMonth)
    if (receptions < OPENINGS.studioPerMonth) warnings.push(`本月只有 ${receptions} 次接待，两代表工作室每月应不少于 ${OPENINGS.studioPerMonth} 次`)
    const collective = openingsOfMonth.filter((o) => o.kind === 'collective').length
    const held = collective === 0 ? '本月没有集体接见' : `本月只有 ${collective} 次集体接见`
    if (collective < OPENINGS.collectivePerMonth) warnings.push(`${held}，每月应至少 ${OPENINGS.collectivePerMonth} 次`)
  }
  return warnings
}
