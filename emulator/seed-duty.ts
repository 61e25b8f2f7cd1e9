/**
 * The demo roster: 轮流值班 over the demo points' openings from the start of this month
 * to ten weeks ahead, so the point page posts real names. xd01 goes round its three
 * cadres; at the studio xd02 王志强 (a deputy) and 张建国 take turns. Each opening's
 * cadre follows from its date alone, so seeding again on another day agrees with before.
 */
import type { DutyRecord } from '../cloudfunctions/duty/duty-roster'
import type { ScheduleRecord } from '../cloudfunctions/kernel/records'
import { openingsBetween } from '../domain/schedule/openings'
import { chinaWallClock } from '../domain/kernel/time'

const ORDER: Record<string, string[]> = {
  xd01: ['demo-cadre-1', 'demo-cadre-2', 'demo-cadre-3'],
  xd02: ['demo-cadre-3', 'demo-cadre-1'],
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000
const DAYS = 70

export function demoDuties(schedules: readonly ScheduleRecord[], now: Date): DutyRecord[] {
  const from = chinaWallClock(now).startOf('month').format('YYYY-MM-DD')
  return schedules.flatMap((s) => {
    const order = ORDER[s.pointCode] ?? []
    if (order.length === 0) return []
    return openingsBetween(s.pointCode, s.rules, s.exceptions, from, DAYS).map((o, _i, all) => {
      // the turn: openings in the weeks since the epoch, and which of that day's openings it is
      const sameDay = all.filter((x) => x.date === o.date).indexOf(o)
      const turn = Math.floor(o.startAt.getTime() / WEEK_MS) * s.rules.length + sameDay
      return { _id: o.id, pointCode: s.pointCode, date: o.date, start: o.start, startAt: o.startAt, openids: [order[turn % order.length]], updatedBy: 'seed', updatedAt: now }
    })
  })
}
