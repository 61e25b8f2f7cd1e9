/**
 * Staff roles and the groups rights are written in. Named once: the policies in
 * `domain/<feature>/policy.ts` and the pages that show or hide a door import these,
 * never a list of their own.
 */

/**
 * representative: 居民代表, who reads the quarter's report and rates it at 评事日 (nothing else);
 * department: 部门工作人员, who answer what is 交办 to their departments (nothing else);
 * committee: 上级党委联系人, held at a township or county node, who receive the 违纪线索 filed
 * below it (nothing else: the role grants no right at any point);
 * liaison: 两代表工作室联络员, who keeps a studio's calendar and its 意见建议
 */
export const STAFF_ROLES = ['cadre', 'leader', 'admin', 'deputy', 'representative', 'department', 'committee', 'liaison'] as const
export type StaffRole = (typeof STAFF_ROLES)[number]
export type RoleGroup = readonly StaffRole[]

/**
 * Who a right is asked of: a staff member as their record has it. A resident has no roles
 * and no points. `points` is the reach: the points held directly and every point below a
 * held node (`nodes`, org codes: cloudfunctions/kernel/access.ts computes it), so a right
 * written "at the point" extends down the tree.
 */
export interface Caller {
  readonly openid: string
  readonly roles: readonly StaffRole[]
  readonly points: readonly string[]
  readonly nodes: readonly string[]
  readonly active: boolean
}

/** 办事: may answer for a matter (谁接访、谁负责), take one over, be a point's lead cadre. */
export const HANDLERS: RoleGroup = ['cadre', 'leader']
/** 说事点的工作人员: take duty, keep the desk, register matters, visit households, keep 民情日记. */
export const POINT_STAFF: RoleGroup = ['cadre', 'leader', 'deputy']
/** Everyone the workbench opens for: the point's staff and the residents' representatives. */
export const WORKBENCH: RoleGroup = [...POINT_STAFF, 'representative']
/** 集中议事 and 代理办事: the cadres and leaders of a point (deputies take no part). */
export const MEETING_STAFF: RoleGroup = HANDLERS
/** Who leads: leaders at their own points, admins at every point. */
export const LEADS: RoleGroup = ['leader', 'admin']
export const LEADERS: RoleGroup = ['leader']
export const ADMINS: RoleGroup = ['admin']
/** 居民代表: read the quarter's report and rate it. */
export const REPRESENTATIVES: RoleGroup = ['representative']
export const CADRES: RoleGroup = ['cadre']
/** 部门工作人员: their departments' 交办 queue (staff.departments says which). */
export const DEPARTMENT_STAFF: RoleGroup = ['department']
/** 上级党委联系人: receive 违纪线索 filed below the node they hold (domain/discipline/). */
export const COMMITTEE: RoleGroup = ['committee']
/** 两代表工作室联络员: a studio's reception plan and 意见建议 (domain/studio/). */
export const LIAISONS: RoleGroup = ['liaison']
/** Who owes the monthly household visits (走访 3–5 户) and is counted in 走访进度. */
export const VISITORS: RoleGroup = CADRES

/** Whether a list of roles has one in `group` (for a page that knows only the roles). */
export const inGroup = (roles: readonly StaffRole[], group: RoleGroup) => roles.some((r) => group.includes(r))

/** An active staff member with a role in `group`; a deactivated one holds no role. */
export const holds = (c: Caller, group: RoleGroup) => c.active && inGroup(c.roles, group)

/** An admin somewhere: the door to 管理 (what they administer is their reach). */
export const isAdmin = (c: Caller) => holds(c, ADMINS)

/** The deployment's admin (the first admin): holds no point and no node, and reaches everything. */
export const isDeploymentAdmin = (c: Caller) => isAdmin(c) && c.points.length === 0 && c.nodes.length === 0

/** Holds a role in `group` and works at the point. */
export const holdsAt = (c: Caller, group: RoleGroup, pointCode: string) => holds(c, group) && c.points.includes(pointCode)

/** A leader of this point. */
export const leadsPoint = (c: Caller, pointCode: string) => holdsAt(c, LEADERS, pointCode)

/** An admin of this point: the deployment admin, or an admin whose reach holds it. */
export const administersPoint = (c: Caller, pointCode: string) => isDeploymentAdmin(c) || holdsAt(c, ADMINS, pointCode)

/** 管理员，或本说事点的领导: the one way it is written. */
export const managesPoint = (c: Caller, pointCode: string) => administersPoint(c, pointCode) || leadsPoint(c, pointCode)

/** The points a caller manages as a list: null = every point (the deployment admin), [] none. */
export function managedPoints(c: Caller): readonly string[] | null {
  if (isDeploymentAdmin(c)) return null
  return holds(c, LEADS) ? c.points : []
}

/** Both work at one point at least. */
export const sharePoint = (a: { points: readonly string[] }, b: { points: readonly string[] }) => a.points.some((p) => b.points.includes(p))
