/**
 * 交办 and departments: who may register a department, list the departments a matter may
 * go to, 交办 a matter, work a department's queue and read its figures. Roles are held at
 * org nodes (`nodes`, the shared org model): a leader at a township or the county is "above"
 * every point under it; department staff act only for the departments on their record.
 */
import { inList, type Scope } from '../kernel/scope'
import { DEPARTMENT_STAFF, holds, isAdmin, isDeploymentAdmin, LEADERS, LEADS, type Caller } from '../points/roles'
import { isOpen, OPEN_ASSIGNMENT, type Assignment } from './assignments'

/** A caller as the org model has it: the nodes their roles are held at, and (department staff) their departments. */
export type OrgCaller = Caller & { readonly departments?: readonly string[] }

/** A department as the rules need it: its node and that node's path with itself (root-first). */
export interface DepartmentRef {
  readonly code: string
  readonly node: string
  readonly nodePath: readonly string[]
  readonly active: boolean
}

/** Holds a role at one of these nodes (a node's path and itself: at it or above it). */
const holdsNodeOn = (c: OrgCaller, chain: readonly string[]) => c.nodes.some((n) => chain.includes(n))

/** 部门管理: an admin whose reach covers the department's node. */
export const mayManageDepartment = (c: OrgCaller, nodePath: readonly string[]) => isAdmin(c) && (isDeploymentAdmin(c) || holdsNodeOn(c, nodePath))

/** A node's departments and its ancestors': for the leaders and admins at the node or above it. */
export const mayListDepartments = (c: OrgCaller, nodePath: readonly string[]) => holds(c, LEADS) && (isDeploymentAdmin(c) || holdsNodeOn(c, nodePath))
export const inDepartmentList = (c: OrgCaller, nodePath: readonly string[], d: DepartmentRef) =>
  mayListDepartments(c, nodePath) && d.active && nodePath.includes(d.node)
export const departmentListScope = (c: OrgCaller, nodePath: readonly string[]): Scope | null =>
  mayListDepartments(c, nodePath) ? { node: inList(nodePath), active: true } : null

/**
 * The nodes a leader may 交办 a matter of this point to: the point's village is its own
 * level, so only the township and county above it count; a leader at one of them reaches
 * the departments at their node and above. Empty: no 交办 for this caller.
 */
export function assigningChain(c: OrgCaller, pointOrgPath: readonly string[]): readonly string[] {
  if (!holds(c, LEADERS)) return []
  const above = pointOrgPath.slice(0, -1)
  const held = c.nodes.map((n) => above.indexOf(n)).filter((i) => i >= 0)
  return held.length === 0 ? [] : above.slice(0, Math.max(...held) + 1)
}

export const mayAssign = (c: OrgCaller, pointOrgPath: readonly string[]) => assigningChain(c, pointOrgPath).length > 0
export const mayAssignTo = (c: OrgCaller, pointOrgPath: readonly string[], d: DepartmentRef) => d.active && assigningChain(c, pointOrgPath).includes(d.node)
/** The departments the 交办 form offers: the same rule as a query. */
export function assignableScope(c: OrgCaller, pointOrgPath: readonly string[]): Scope | null {
  const chain = assigningChain(c, pointOrgPath)
  return chain.length > 0 ? { node: inList(chain), active: true } : null
}

/** Works for this department: its staff, and only while active. */
export const mayWorkFor = (c: OrgCaller, department: string) => holds(c, DEPARTMENT_STAFF) && (c.departments ?? []).includes(department)
export const mayOpenDepartmentQueue = (c: OrgCaller) => holds(c, DEPARTMENT_STAFF) && (c.departments ?? []).length > 0

interface AssignedMatter {
  readonly assignment?: Pick<Assignment, 'department' | 'state'> | null
}

/** A matter a department's staff may open: its latest 交办 is to their department. */
export const mayViewAsDepartment = (c: OrgCaller, item: AssignedMatter) => Boolean(item.assignment && mayWorkFor(c, item.assignment.department))
/** 部门待办: their departments' 交办 not yet answered or sent back. */
export const onDepartmentQueue = (c: OrgCaller, item: AssignedMatter) => mayViewAsDepartment(c, item) && isOpen(item.assignment)
export const departmentQueueScope = (c: OrgCaller): Scope | null =>
  mayOpenDepartmentQueue(c) ? { 'assignment.department': inList(c.departments ?? []), 'assignment.state': inList(OPEN_ASSIGNMENT) } : null

/** A department's figures: its own staff, and the leaders and admins at its node or above. */
export const mayReadDepartmentFigures = (c: OrgCaller, d: DepartmentRef) => mayWorkFor(c, d.code) || mayListDepartments(c, d.nodePath)
/**
 * The departments a figures page lists: those registered at or under `node`; without one,
 * a department's staff see their own departments, a leader or admin those under their nodes.
 */
export function departmentFiguresScope(c: OrgCaller, node: { code: string; nodePath: readonly string[] } | null): Scope | null {
  if (node) return mayListDepartments(c, node.nodePath) ? { nodePath: node.code } : null
  if (mayOpenDepartmentQueue(c)) return { _id: inList(c.departments ?? []) }
  return holds(c, LEADS) && c.nodes.length > 0 ? { nodePath: inList(c.nodes) } : null
}
