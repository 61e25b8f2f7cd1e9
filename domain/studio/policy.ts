/**
 * 两代表工作室: who keeps a studio's plan and 意见建议 (its liaison, its leaders and admins),
 * who works there (those and its deputies: they read the plan, record suggestions and read
 * the 评议's counts), and the same rule as a list query over point-bound records.
 */
import { inList, type Scope } from '../kernel/scope'
import { holds, holdsAt, isDeploymentAdmin, LEADS, LIAISONS, managesPoint, type Caller, type RoleGroup } from '../points/roles'

/** The studio's people: its liaison, leaders and admins, and its deputies. */
const STUDIO_STAFF: RoleGroup = [...LIAISONS, ...LEADS, 'deputy']

/** Keeps the plan, routes and answers suggestions: the liaison, or a manager of the point (leader, admin). */
export const mayKeepStudio = (c: Caller, pointCode: string) => holdsAt(c, LIAISONS, pointCode) || managesPoint(c, pointCode)

/** Works at the studio: reads its plan, records suggestions, reads its suggestions and 评议. */
export const mayWorkAtStudio = (c: Caller, pointCode: string) => isDeploymentAdmin(c) || holdsAt(c, STUDIO_STAFF, pointCode)

/** The same rule as a query over point-bound records (suggestions): null, none. */
export function studioRecordsScope(c: Caller): Scope | null {
  if (isDeploymentAdmin(c)) return {}
  return holds(c, STUDIO_STAFF) ? { pointCode: inList(c.points) } : null
}

export const atStudio = (c: Caller, r: { readonly pointCode: string }) => mayWorkAtStudio(c, r.pointCode)
