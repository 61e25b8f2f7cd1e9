/**
 * 说事点 and its people: who runs a point, who administers, whom a caller may see in the
 * staff list. The staff list's query applies the same rule as `maySeeStaffMember`.
 */
import { inList, type Scope } from '../kernel/scope'
import { HANDLERS, holds, holdsAt, isAdmin, managedPoints, managesPoint, POINT_STAFF, sharePoint, type Caller, type RoleGroup } from './roles'

/** 管理员: points, routing, invites, staff leaving, quotas, the outbox. */
export const mayAdminister = (c: Caller) => isAdmin(c)

/** Admins, and the point's leaders: its 小程序码, roster, schedule. */
export const mayManagePoint = (c: Caller, pointCode: string) => managesPoint(c, pointCode)

/** May be named to answer for matters: a point's lead cadre, a leaving cadre's heir. */
export const mayAnswerForMatters = (s: Caller) => holds(s, HANDLERS)

/** Staff records a caller may see: an admin everyone; the point's staff their colleagues still at work. */
export const mayListStaff = (c: Caller) => isAdmin(c) || holds(c, POINT_STAFF)

export interface StaffMember {
  readonly points: readonly string[]
  readonly active: boolean
}

export const maySeeStaffMember = (c: Caller, s: StaffMember) => isAdmin(c) || (holds(c, POINT_STAFF) && s.active && sharePoint(c, s))

/** The same rule as a query (null: none). */
export function staffListScope(c: Caller): Scope | null {
  if (isAdmin(c)) return {}
  return holds(c, POINT_STAFF) ? { points: inList(c.points), active: true } : null
}

/**
 * The points a list covers: the one asked for (if the caller works there), or all the
 * caller's; null when the asked point is not theirs.
 */
export function listedPoints(c: Caller, pointCode: string | undefined): readonly string[] | null {
  if (!pointCode) return c.points
  return c.points.includes(pointCode) ? [pointCode] : null
}

/** Records bound to a point, open to holders of `group` who work there. */
export const atOwnPoint = (c: Caller, group: RoleGroup, record: { readonly pointCode: string }) => holdsAt(c, group, record.pointCode)

/** The same rule as a query, narrowed to `points` (the caller's, by default); null: none. */
export function ownPointsScope(c: Caller, group: RoleGroup, points: readonly string[] = c.points): Scope | null {
  if (!holds(c, group)) return null
  return { pointCode: inList(points.filter((p) => c.points.includes(p))) }
}

/** `mayManagePoint` as a query over point-bound records (null: none). */
export function managedPointsScope(c: Caller): Scope | null {
  const points = managedPoints(c)
  if (points === null) return {}
  return points.length ? { pointCode: inList(points) } : null
}
