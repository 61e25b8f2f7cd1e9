/**
 * What makes a point's schedule sound, beyond the shape of each field (domain/
 * schedule-schemas.ts): every opening ends after it starts, 约访 divides into whole slots,
 * no two openings of a day overlap (they would share an opening id and confuse residents),
 * and every dated exception is either a closure with a reason or an extra opening.
 * The first problem is answered in words the admin can act on; null when there is none.
 */
import type { OpeningHours, OpeningRule, ScheduleException } from './openings'

export const SCHEDULE_LIMITS = {
  maxRules: 20,
  maxExceptions: 60,
  slotMinutes: { min: 10, max: 120 },
  places: { min: 1, max: 20 },
} as const

const WEEKDAY_NAMES = ['', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'] as const
export const weekdayName = (weekday: number) => WEEKDAY_NAMES[weekday] ?? `星期${weekday}`

const minutesOf = (hhmm: string) => {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm)
  return m ? Number(m[1]) * 60 + Number(m[2]) : NaN
}

const span = (h: OpeningHours) => `${h.start}–${h.end}`

function lengthInWords(minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return h && m ? `${h} 小时 ${m} 分钟` : h ? `${h} 小时` : `${m} 分钟`
}

/** The problem with one opening's hours, named by `where`, or null. */
function hoursProblem(where: string, h: OpeningHours): string | null {
  const from = minutesOf(h.start)
  const to = minutesOf(h.end)
  if (Number.isNaN(from) || Number.isNaN(to)) return `${where}：时间应为 时:分，例如 09:00`
  if (to <= from) return `${where}：结束时间应晚于开始时间`
  if (h.kind !== 'booking') return null
  if (!h.slotMinutes) return `${where}：约访请设置每段时长`
  if (!h.places) return `${where}：约访请设置每段名额`
  if ((to - from) % h.slotMinutes !== 0) return `${where}：${lengthInWords(to - from)}分不成每段 ${h.slotMinutes} 分钟，请调整时长或起止时间`
  return null
}

/** The first pair of overlapping openings of a day, or null. */
function overlap(hours: readonly OpeningHours[]): [OpeningHours, OpeningHours] | null {
  const sorted = [...hours].sort((a, b) => minutesOf(a.start) - minutesOf(b.start))
  for (let i = 1; i < sorted.length; i++) {
    if (minutesOf(sorted[i].start) < minutesOf(sorted[i - 1].end)) return [sorted[i - 1], sorted[i]]
  }
  return null
}

const weekdayOf = (date: string) => {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay()
  return day === 0 ? 7 : day
}

export function scheduleProblem(rules: readonly OpeningRule[], exceptions: readonly ScheduleException[]): string | null {
  for (const r of rules) {
    const problem = hoursProblem(`${weekdayName(r.weekday)} ${span(r)}`, r)
    if (problem) return problem
  }
  for (let weekday = 1; weekday <= 7; weekday++) {
    const pair = overlap(rules.filter((r) => r.weekday === weekday))
    if (pair) return `${weekdayName(weekday)}的开放时间重叠：${span(pair[0])} 与 ${span(pair[1])}`
  }

  const closedDates = new Set<string>()
  for (const e of exceptions) {
    if (Boolean(e.closed) === Boolean(e.extra)) return `${e.date}：请选择“不开放”或“加开”`
    if (e.closed) {
      if (!e.reason?.trim()) return `${e.date}：请填写不开放的原因`
      if (closedDates.has(e.date)) return `${e.date} 已经设为不开放`
      closedDates.add(e.date)
    }
    if (e.extra) {
      const problem = hoursProblem(`${e.date} 加开 ${span(e.extra)}`, e.extra)
      if (problem) return problem
    }
  }
  // an extra opening may not overlap another that day, nor the rules' openings unless the day is closed
  const extraDates = [...new Set(exceptions.filter((e) => e.extra).map((e) => e.date))]
  for (const date of extraDates) {
    const extras = exceptions.filter((e) => e.date === date && e.extra).map((e) => e.extra as OpeningHours)
    const regular = closedDates.has(date) ? [] : rules.filter((r) => r.weekday === weekdayOf(date))
    for (const extra of extras) {
      const other = [...regular, ...extras.filter((x) => x !== extra)].find((h) => minutesOf(h.start) < minutesOf(extra.end) && minutesOf(extra.start) < minutesOf(h.end))
      if (other) return `${date} 加开的时间与当天的开放时间重叠：${span(extra)} 与 ${span(other)}`
    }
  }
  return null
}

/** Slot length and places belong to 约访 only: anything else keeps its hours and kind. */
export function normaliseHours<T extends OpeningHours>(h: T): T {
  if (h.kind === 'booking') return h
  const { slotMinutes: _s, places: _p, ...rest } = h
  return rest as T
}
