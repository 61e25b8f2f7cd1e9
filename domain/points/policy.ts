/**
 * 说事点 and its people: who runs a point, who administers, whom a caller may see in the
 * staff list. The staff list's query applies the same rule as `maySeeStaffMember`.
 */
import { inList, type Scope } from '../kernel/scope'
import { administersPoint, HANDLERS, holds, holdsAt, isAdmin, isDeploymentAdmin, managedPoints, managesPoint, POINT_STAFF, sharePoint, type Caller, type RoleGroup } from './roles'

/** 管理员 at all: the door to points, routing, invites, staff leaving, quotas (each then limited to their reach). */
export const mayAdminister = (c: Caller) => isAdmin(c)

/** Administers this point (its record, routing, quota): the deployment admin, or an admin whose reach holds it. */
export const mayAdministerPoint = (c: Caller, pointCode: string) => administersPoint(c, pointCode)

/** Admins, and the point's leaders: its 小程序码, roster, schedule. */
export const mayManagePoint = (c: Caller, pointCode: string) => managesPoint(c, pointCode)

/** May be named to answer for matters: a point's lead cadre, a leaving cadre's heir. */
export const mayAnswerForMatters = (s: Caller) => holds(s, HANDLERS)

/** Staff records a caller may see: an admin everyone; the point's staff their colleagues still at work. */
export const mayListStaff = (c: Caller) => isAdmin(c) || holds(c, POINT_STAFF)

export interface StaffMember {
  readonly points: readonly string[]
  readonly nodes?: readonly string[]
  readonly active: boolean
}

/**
 * Within an admin's reach: works at a point the admin reaches, or holds a role at a node at
 * or below one the admin holds (`below`: those nodes' codes, the held ones by default).
 */
const withinReach = (c: Caller, s: StaffMember, below: readonly string[]) => sharePoint(c, s) || (s.nodes ?? []).some((n) => below.includes(n))

/** An admin's staff: the deployment admin everyone, a node's admin those within their reach (to see, deactivate, record absences). */
export const mayAdministerStaff = (c: Caller, s: StaffMember, below: readonly string[] = c.nodes) =>
  isDeploymentAdmin(c) || (isAdmin(c) && withinReach(c, s, below))

export const maySeeStaffMember = (c: Caller, s: StaffMember, below: readonly string[] = c.nodes) =>
  mayAdministerStaff(c, s, below) || (holds(c, POINT_STAFF) && s.active && sharePoint(c, s))

/** The same rule as a query (null: none). */
export function staffListScope(c: Caller, below: readonly string[] = c.nodes): Scope | null {
  if (isDeploymentAdmin(c)) return {}
  const colleagues = holds(c, POINT_STAFF) ? { points: inList(c.points), active: true } : null
  if (!isAdmin(c)) return colleagues
  return { $or: [{ points: inList(c.points) }, { nodes: inList(below) }] }
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
