/** 民情日记 in the contract: what the `staff` function answers for visits. */
import type { Category } from '../matters/categories'
import type { StaffItemDetail } from '../matters/api'
import type { ItemStatus } from '../matters/status'
import type { VisitForm } from './visits'
import type { LeaderLevel } from './leaders'

/** A diary entry in a list: no content, only a masked household label and counts. */
export interface VisitRow {
  id: string
  /** YYYY-MM-DD, China date */
  visitedAt: string
  form: VisitForm
  /** e.g. 幸福路**** */
  household: string
  pointCode: string
  authorName: string
  /** matters it follows up */
  follows: number
  /** matters registered from it */
  items: number
}

export interface VisitMatter {
  id: string
  no: string
  category: Category
  status: ItemStatus
}

/** The whole entry: for its author and the leaders of its point only. */
export interface VisitView {
  id: string
  pointCode: string
  pointName: string
  form: VisitForm
  visitedAt: string
  household: { address: string; met: string }
  /** the 包片 household it went to, if any */
  householdId: string | null
  heard: string
  difficulties: string
  done: string
  author: { openid: string; name: string }
  follows: VisitMatter[]
  items: VisitMatter[]
  /** ISO 8601 with the China offset */
  createdAt: string
  /** the caller wrote it (and may register matters from it) */
  mine: boolean
}

/** One cadre at one point this month: households visited against the point's quota. */
export interface VisitStanding {
  openid: string
  name: string
  pointCode: string
  pointName: string
  count: number
  min: number
  max: number
  behind: boolean
}

export interface VisitMonth {
  month: string
  /** days of the month still to come, today included */
  daysLeft: number
  /** the caller's own standing at each of their points */
  mine: VisitStanding[]
  /** for a leader: every cadre of their points, those behind first; null for others */
  team: VisitStanding[] | null
  /** the caller's own 挂点 quota, when an admin named their level (staff.setLeader) */
  leader: LeaderStanding | null
}

/** A leader (or village cadre) with a 挂点 this month: the quota of their level, done, how far behind. */
export interface LeaderStanding {
  openid: string
  name: string
  level: LeaderLevel
  /** e.g. 县级领导 */
  levelLabel: string
  title: string
  answersFor: string
  contactPoint: { code: string; name: string }
  /** e.g. 每月到挂点至少 2 次 */
  quotaText: string
  quota: number
  /** days at the 挂点 with a diary entry; households for a village cadre */
  done: number
  unit: '次' | '户'
  /** short of the quota (0 once met) */
  behind: number
}

export interface LeaderVisits {
  month: string
  daysLeft: number
  /** the node asked for, or null for the caller's whole reach */
  node: string | null
  /** those behind first, the furthest behind first */
  leaders: LeaderStanding[]
}

export interface VisitQuotaView {
  pointCode: string
  pointName: string
  min: number
  max: number
  /** no quota set for the point: the default applies */
  isDefault: boolean
}

export interface VisitCandidate {
  id: string
  no: string
  category: Category
  status: ItemStatus
  /** why a 回访 may follow it: answered, the resident was 不满意, or registered for a resident without WeChat */
  why: 'replied' | 'unsatisfied' | 'proxy'
}

export interface VisitResponses {
  'visits.create': VisitView
  'visits.list': { visits: VisitRow[]; nextCursor: string | null }
  'visits.get': VisitView
  'visits.toItem': StaffItemDetail
  'visits.month': VisitMonth
  'visits.setQuota': VisitQuotaView
  'visits.quotas': { quotas: VisitQuotaView[] }
  'visits.candidates': { items: VisitCandidate[] }
  'visits.ofItem': { visits: VisitRow[] }
  'visits.leaders': LeaderVisits
  'staff.setLeader': LeaderStanding
}
