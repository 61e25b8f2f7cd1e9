/**
 * Who may see and act on a matter. What each relation may do from which status is the
 * transitions table (transitions.ts); this file says who stands in which relation, and
 * which matters each list may show: every list stays inside `mayViewMatter`.
 */
import { inList, type Scope } from '../kernel/scope'
import { HANDLERS, holds, holdsAt, LEADERS, leadsPoint, POINT_STAFF, type Caller } from '../points/roles'
import type { ActorRole } from './transitions'

export interface MatterRef {
  readonly pointCode: string
  readonly assignee: { readonly openid: string }
}

/**
 * 谁接访、谁负责: the responsible cadre is the assignee wherever they sit; otherwise a
 * leader or cadre (or deputy) of the matter's point. Anyone else has no relation to it.
 */
export function matterRelation(c: Caller, item: MatterRef): ActorRole | null {
  if (!c.active) return null
  if (item.assignee.openid === c.openid) return 'assignee'
  if (leadsPoint(c, item.pointCode)) return 'leader'
  if (holdsAt(c, POINT_STAFF, item.pointCode)) return 'cadre'
  return null
}

export const mayViewMatter = (c: Caller, item: MatterRef) => matterRelation(c, item) !== null

/** Personal data is shown only to the responsible cadre and leaders. */
export const seesPersonalData = (relation: ActorRole) => relation === 'assignee' || relation === 'leader'

/** 搜索 is for the point's staff, over their points' matters. */
export const maySearchMatters = (c: Caller) => holds(c, POINT_STAFF)
export const inMatterSearch = (c: Caller, item: MatterRef) => holdsAt(c, POINT_STAFF, item.pointCode)
export const matterSearchScope = (c: Caller): Scope | null => (maySearchMatters(c) ? { pointCode: inList(c.points) } : null)

/** 工作台 opens for the point's staff. */
export const mayOpenWorkbench = (c: Caller) => holds(c, POINT_STAFF)
/** Only a leader looks at another cadre's workbench. */
export const mayViewWorkbenchOf = (c: Caller, cadre: string | undefined) => !cadre || cadre === c.openid || holds(c, LEADERS)

/** On the caller's workbench: a leader's points (optionally one cadre's matters there), else the matters they answer for. */
export function onWorkbench(c: Caller, item: MatterRef, cadre?: string): boolean {
  if (!mayOpenWorkbench(c) || !mayViewWorkbenchOf(c, cadre)) return false
  if (holds(c, LEADERS)) return c.points.includes(item.pointCode) && (!cadre || item.assignee.openid === cadre)
  return item.assignee.openid === c.openid
}

/** The same rule as a query (null: refused). */
export function workbenchScope(c: Caller, cadre?: string): Scope | null {
  if (!mayOpenWorkbench(c) || !mayViewWorkbenchOf(c, cadre)) return null
  if (holds(c, LEADERS)) return cadre ? { pointCode: inList(c.points), 'assignee.openid': cadre } : { pointCode: inList(c.points) }
  return { 'assignee.openid': c.openid }
}

/** 代登记 at a point the caller works at. */
export const mayRegisterAt = (c: Caller, pointCode: string) => holdsAt(c, POINT_STAFF, pointCode)

/** 转办 target: a cadre or leader of the matter's point. */
export const mayTakeOver = (s: Caller, item: Pick<MatterRef, 'pointCode'>) => holdsAt(s, HANDLERS, item.pointCode)

/** 延期 beyond the rule, or a second one, waits for a leader of the point; a leader's own stands. */
export const mayApproveExtension = (c: Caller, item: Pick<MatterRef, 'pointCode'>) => leadsPoint(c, item.pointCode)
