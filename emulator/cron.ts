/**
 * CloudBase's timer-trigger cron: seven fields, `second minute hour day month weekday
 * year`, read in China time (UTC+8, no daylight saving). Each field takes `*`, a value, a
 * range `a-b`, a step `*\/n`, `a/n` or `a-b/n`, and lists of these joined by `,`; months
 * may be JAN–DEC and weekdays SUN–SAT (0 is Sunday). When both day and weekday are
 * restricted, a day matching either fires (as CloudBase documents).
 */
const CHINA_OFFSET_MS = 8 * 3600_000
const SECOND = 1000

interface FieldSpec {
  name: string
  min: number
  max: number
  names?: string[]
}

const FIELDS: FieldSpec[] = [
  { name: 'second', min: 0, max: 59 },
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'] },
  { name: 'weekday', min: 0, max: 6, names: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] },
  { name: 'year', min: 1970, max: 2099 },
]

export interface CronSchedule {
  readonly expression: string
  /** Whether `at` (to the second) is a trigger time. */
  matches(at: Date): boolean
  /** The first trigger time after `at`, or null if there is none before 2100. */
  next(at: Date): Date | null
  /** The last trigger time at or before `at`, or null if there is none since 1970. */
  previous(at: Date): Date | null
}

function valueOf(text: string, spec: FieldSpec, expression: string): number {
  const named = spec.names?.indexOf(text.toUpperCase()) ?? -1
  const n = named >= 0 ? named + (spec.name === 'month' ? 1 : 0) : /^\d+$/.test(text) ? Number(text) : NaN
  if (!Number.isInteger(n) || n < spec.min || n > spec.max) {
    throw new Error(`cron '${expression}': ${spec.name} '${text}' is not in ${spec.min}-${spec.max}`)
  }
  return n
}

/** The values a field allows, or null for `*` (everything, and "not restricted"). */
function parseField(text: string, spec: FieldSpec, expression: string): Set<number> | null {
  if (text === '*') return null
  const out = new Set<number>()
  for (const part of text.split(',')) {
    const m = /^([^/]+)(?:\/(\d+))?$/.exec(part)
    if (!m) throw new Error(`cron '${expression}': cannot read ${spec.name} '${part}'`)
    const [, range, stepText] = m
    const step = stepText === undefined ? 1 : Number(stepText)
    if (step < 1) throw new Error(`cron '${expression}': ${spec.name} step must be at least 1`)
    let from: number
    let to: number
    if (range === '*') [from, to] = [spec.min, spec.max]
    else if (range.includes('-')) {
      const [a, b] = range.split('-')
      ;[from, to] = [valueOf(a, spec, expression), valueOf(b, spec, expression)]
      if (from > to) throw new Error(`cron '${expression}': ${spec.name} range '${range}' runs backwards`)
    } else {
      from = valueOf(range, spec, expression)
      to = stepText === undefined ? from : spec.max
    }
    for (let v = from; v <= to; v += step) out.add(v)
  }
  return out
}

export function parseCron(expression: string): CronSchedule {
  const parts = expression.trim().split(/\s+/)
  if (parts.length !== 7) throw new Error(`cron '${expression}': needs 7 fields (second minute hour day month weekday year), got ${parts.length}`)
  const [second, minute, hour, day, month, weekday, year] = parts.map((p, i) => parseField(p, FIELDS[i], expression))
  const allows = (set: Set<number> | null, v: number) => set === null || set.has(v)
  const dayMatches = (w: Date) => {
    if (day === null && weekday === null) return true
    if (day === null) return weekday!.has(w.getUTCDay())
    if (weekday === null) return day.has(w.getUTCDate())
    return day.has(w.getUTCDate()) || weekday.has(w.getUTCDay())
  }
  // `w` is China wall time held in a Date's UTC fields
  type Step = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | null
  const firstMiss = (w: Date): Step => {
    if (!allows(year, w.getUTCFullYear())) return 'year'
    if (!allows(month, w.getUTCMonth() + 1)) return 'month'
    if (!dayMatches(w)) return 'day'
    if (!allows(hour, w.getUTCHours())) return 'hour'
    if (!allows(minute, w.getUTCMinutes())) return 'minute'
    if (!allows(second, w.getUTCSeconds())) return 'second'
    return null
  }
  const toWall = (at: Date) => new Date(Math.floor(at.getTime() / SECOND) * SECOND + CHINA_OFFSET_MS)
  const fromWall = (w: Date) => new Date(w.getTime() - CHINA_OFFSET_MS)
  /** Start of the unit `step` containing `w`. */
  const startOf = (w: Date, step: Exclude<Step, null>): number => {
    const y = w.getUTCFullYear()
    const mo = step === 'year' ? 0 : w.getUTCMonth()
    const d = step === 'year' || step === 'month' ? 1 : w.getUTCDate()
    const h = ['year', 'month', 'day'].includes(step) ? 0 : w.getUTCHours()
    const mi = ['year', 'month', 'day', 'hour'].includes(step) ? 0 : w.getUTCMinutes()
    const s = step === 'second' ? w.getUTCSeconds() : 0
    return Date.UTC(y, mo, d, h, mi, s)
  }
  const startOfNext = (w: Date, step: Exclude<Step, null>): number => {
    const y = w.getUTCFullYear()
    const mo = w.getUTCMonth()
    switch (step) {
      case 'year':
        return Date.UTC(y + 1, 0, 1)
      case 'month':
        return Date.UTC(y, mo + 1, 1)
      case 'day':
        return Date.UTC(y, mo, w.getUTCDate() + 1)
      case 'hour':
        return startOf(w, 'hour') + 3600_000
      case 'minute':
        return startOf(w, 'minute') + 60_000
      case 'second':
        return startOf(w, 'second') + SECOND
    }
  }
  const END = Date.UTC(2100, 0, 1)
  const BEGIN = Date.UTC(1970, 0, 1)
  return {
    expression,
    matches: (at) => firstMiss(toWall(at)) === null && at.getTime() % SECOND === 0,
    next(at) {
      let w = new Date(toWall(at).getTime() + SECOND)
      for (let miss = firstMiss(w); miss !== null; miss = firstMiss(w)) {
        w = new Date(startOfNext(w, miss))
        if (w.getTime() >= END) return null
      }
      return fromWall(w)
    },
    previous(at) {
      let w = toWall(at)
      for (let miss = firstMiss(w); miss !== null; miss = firstMiss(w)) {
        w = new Date(startOf(w, miss) - SECOND)
        if (w.getTime() < BEGIN) return null
      }
      return fromWall(w)
    },
  }
}
