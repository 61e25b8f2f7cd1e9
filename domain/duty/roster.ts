/**
 * 轮流值班 and 接访公示: who is on duty for an opening, whether anyone actually covers it,
 * what they answer for as posted, and a month's rotation. Pure rules; the staff function
 * stores one duty document per opening and computes "covered" here at read time, so a
 * cadre deactivated or away leaves their duties uncovered without rewriting the roster.
 */
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import { inGroup, POINT_STAFF, type StaffRole } from '../points/roles'
import { countsVisits, LEADER_LEVEL_LABELS, type LeaderLevel } from '../diary/leaders'

dayjs.extend(utc)

export interface AwayPeriod {
  /** 'YYYY-MM-DD', China days, both included */
  from: string
  to: string
  reason: string
}

/** The part of a staff record the roster needs. */
export interface DutyPerson {
  openid: string
  name: string
  roles: readonly StaffRole[]
  points: readonly string[]
  active: boolean
  away?: readonly AwayPeriod[]
  /** 挂点 (staff.setLeader): the level and what they answer for, as posted to residents */
  level?: LeaderLevel
  title?: string
  answersFor?: string
}

export type DutyState = 'present' | 'away' | 'inactive'

/** Roles that take duty at a point: its staff, cadres, leaders and (at a studio) deputies. */
const takesDuty = (p: DutyPerson) => inGroup(p.roles, POINT_STAFF)

export const isAwayOn = (p: { away?: readonly AwayPeriod[] }, date: string) => (p.away ?? []).some((a) => a.from <= date && date <= a.to)

/** Whether `p` can be counted on at `pointCode` on `date`. No record, or gone from the point, is as good as gone. */
export function dutyState(p: DutyPerson | undefined, pointCode: string, date: string): DutyState {
  if (!p || !p.active || !p.points.includes(pointCode) || !takesDuty(p)) return 'inactive'
  return isAwayOn(p, date) ? 'away' : 'present'
}

/** Those of `openids` who actually cover the opening; none means it is uncovered. */
export function coveringOnDuty(openids: readonly string[], people: ReadonlyMap<string, DutyPerson>, pointCode: string, date: string): string[] {
  return openids.filter((id) => dutyState(people.get(id), pointCode, date) === 'present')
}

const shortDate = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`

/** Why `p` cannot be put on duty at `pointCode` on `date` (any day, without one), in words; null when they can. */
export function cannotTakeDuty(p: DutyPerson | undefined, pointCode: string, date?: string): string | null {
  if (!p) return '所选人员不是本说事点在岗的工作人员'
  if (!p.active) return `${p.name} 已不在岗，不能值班`
  if (!p.points.includes(pointCode)) return `${p.name} 不是本说事点的工作人员`
  if (!takesDuty(p)) return `${p.name} 不是干部、领导或代表，不能值班`
  if (date && isAwayOn(p, date)) return `${p.name} ${shortDate(date)}请假或外出，不能值班`
  return null
}

/** The point as far as the posted duty text needs it: its lead cadre and routing table. */
export interface DutyPoint {
  code: string
  leadCadre: string
  routing: Partial<Record<string, string>>
}

const SHOWN_CATEGORIES = 3

/**
 * What a cadre answers for, as the 接访公示 posts it: the categories the point's routing
 * table gives them (their 分工, kept where the admin already keeps it); the lead cadre
 * takes whatever is routed to nobody; otherwise by role.
 */
export function dutyText(p: DutyPerson, point: DutyPoint): string {
  // named by the admin with the 挂点 (分管、负责事项): what the 接访公示 promises
  if (p.answersFor) return p.answersFor
  const mine = Object.entries(point.routing)
    .filter(([, who]) => who === p.openid)
    .map(([category]) => category)
  if (mine.length > 0) return mine.slice(0, SHOWN_CATEGORIES).join('、') + (mine.length > SHOWN_CATEGORIES ? '等' : '')
  if (point.leadCadre === p.openid) return '综合接待'
  if (p.roles.includes('deputy')) return '代表接待'
  if (p.roles.includes('leader')) return '带班领导'
  return '接待'
}

/** What a resident sees of who is on duty: the name as posted, and what they answer for. */
export interface PostedDuty {
  name: string
  duty: string
  /** a leader above the village receiving at the point (挂点): 家访公告、接访公示 list them */
  leader?: { level: LeaderLevel; levelLabel: string; title: string }
}

/** One person on the 接访公示: name and duty; a leader above the village with level and title too. Never a phone or openid. */
export function postedDuty(p: DutyPerson, point: DutyPoint): PostedDuty {
  const posted: PostedDuty = { name: p.name, duty: dutyText(p, point) }
  if (p.level && countsVisits(p.level)) posted.leader = { level: p.level, levelLabel: LEADER_LEVEL_LABELS[p.level], title: p.title ?? '' }
  return posted
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

/** A month 'YYYY-MM' as China days: its first day, its length, and the month before. */
export function monthRange(month: string): { from: string; days: number; previous: string } {
  if (!MONTH.test(month)) throw new Error(`not a month: ${month}`)
  const first = dayjs.utc(`${month}-01T00:00:00Z`)
  return { from: first.format('YYYY-MM-DD'), days: first.daysInMonth(), previous: first.subtract(1, 'month').format('YYYY-MM') }
}

/** The point, date and start an opening id names (domain/schedule/openings.ts makes them), or null. */
export function parseOpeningId(id: string): { pointCode: string; date: string; start: string } | null {
  const m = /^([A-Za-z0-9_-]{1,32})_(\d{4})(\d{2})(\d{2})_(\d{2})(\d{2})$/.exec(id)
  if (!m) return null
  return { pointCode: m[1], date: `${m[2]}-${m[3]}-${m[4]}`, start: `${m[5]}:${m[6]}` }
}

export interface RotationInput {
  pointCode: string
  /** the openings to plan, in time order (those not yet started) */
  openings: readonly { id: string; date: string }[]
  /** the order the admin arranged */
  order: readonly string[]
  /** who is on duty now, by opening id */
  current: ReadonlyMap<string, readonly string[]>
  /** who was on the last opening before these (this month's earlier ones, or last month's), if anyone */
  lastBefore: readonly string[] | null
  people: ReadonlyMap<string, DutyPerson>
  /** reassign openings that are covered already (otherwise only uncovered ones are filled) */
  replace: boolean
}

export interface RotationPlan {
  assignments: { openingId: string; openids: string[] }[]
  /** who the rotation started with */
  startsWith: string | null
  /** openings left uncovered: everyone in the order is away or gone that day */
  uncovered: string[]
}

/**
 * A month's 轮流值班: round-robin over `order`, one cadre per opening in time order.
 *
 * It continues after whoever was last on duty before (last month's final opening) rather
 * than restarting at the head of the order every month: with 4–5 openings a month and 3
 * cadres, restarting would give the first names more duties month after month; an office
 * expects the turns to come round evenly. With no history, or when that person is not in
 * the order, it starts at the head.
 *
 * Without `replace` only uncovered openings are filled and whoever keeps a covered one
 * moves the turn on past them, so a hand-made roster is completed, never overwritten.
 * A cadre away that day is passed over (the next in the order takes it).
 */
export function planRotation(input: RotationInput): RotationPlan {
  const { order, people, pointCode } = input
  const after = (openids: readonly string[] | null | undefined, fallback: number) => {
    const at = openids ? order.indexOf(openids.find((id) => order.includes(id)) ?? '') : -1
    return at < 0 ? fallback : (at + 1) % order.length
  }
  let turn = after(input.lastBefore, 0)
  const startsWith = order.length > 0 ? order[turn] : null
  const assignments: RotationPlan['assignments'] = []
  const uncovered: string[] = []
  for (const o of input.openings) {
    const now = input.current.get(o.id) ?? []
    if (!input.replace && coveringOnDuty(now, people, pointCode, o.date).length > 0) {
      turn = after(now, turn)
      continue
    }
    const pick = order.findIndex((_, k) => dutyState(people.get(order[(turn + k) % order.length]), pointCode, o.date) === 'present')
    if (pick < 0) {
      uncovered.push(o.id)
      continue
    }
    const at = (turn + pick) % order.length
    assignments.push({ openingId: o.id, openids: [order[at]] })
    turn = (at + 1) % order.length
  }
  return { assignments, startsWith, uncovered }
}
