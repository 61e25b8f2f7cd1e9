/**
 * 集中议事 and 代理办事 belong to a point's cadres and leaders: they read its meetings and
 * trips; its leaders convene and record meetings; a trip is planned for one's own matters
 * (a leader for any of the point's) and recorded by its planner or a leader of the point.
 */
import type { Scope } from '../kernel/scope'
import { ownPointsScope } from '../points/policy'
import { CADRES, holds, holdsAt, LEADERS, leadsPoint, MEETING_STAFF, POINT_STAFF, type Caller } from '../points/roles'
import type { MatterRef } from '../matters/policy'

interface AtPoint {
  readonly pointCode: string
}

/** Meetings and trips open for the point's cadres and leaders. */
export const mayReadMeetings = (c: Caller) => holds(c, MEETING_STAFF)
export const mayReadMeeting = (c: Caller, m: AtPoint) => holdsAt(c, MEETING_STAFF, m.pointCode)
export const meetingListScope = (c: Caller, points?: readonly string[]): Scope | null => ownPointsScope(c, MEETING_STAFF, points)

/** 召集, 待议事 and 记录 are a leader's of the point. */
export const mayConvene = (c: Caller, pointCode: string) => leadsPoint(c, pointCode)
export const mayRecordMeetings = (c: Caller) => holds(c, LEADERS)
export const mayRecordMeeting = (c: Caller, m: AtPoint) => leadsPoint(c, m.pointCode)
/** 待议事: the matters a leader weighs, and the list of them. */
export const mayWeighMatter = (c: Caller, item: AtPoint) => leadsPoint(c, item.pointCode)
export const waitingScope = (c: Caller, points?: readonly string[]): Scope | null => ownPointsScope(c, LEADERS, points)

/** 座谈会 (干部问事): a leader convenes it; the point's cadres and leaders record what they heard and turn it into matters. */
export const mayCollectOpinions = (c: Caller, m: AtPoint) => holdsAt(c, MEETING_STAFF, m.pointCode)

/** 主持人, 记录人, 到会干部: active cadres, leaders and deputies of the point. */
export const mayAttend = (s: Caller, pointCode: string) => holdsAt(s, POINT_STAFF, pointCode)

export const mayReadTrip = mayReadMeeting
export const tripListScope = meetingListScope
export const mayPlanTrip = (c: Caller, pointCode: string) => holdsAt(c, MEETING_STAFF, pointCode)

/** A matter to take on a trip: a leader any of the point's; a cadre those they answer for. */
export const mayTakeOnTrip = (c: Caller, item: MatterRef) =>
  holdsAt(c, MEETING_STAFF, item.pointCode) && (leadsPoint(c, item.pointCode) || item.assignee.openid === c.openid)

/** The same rule as a query over the points asked for. */
export function tripMattersScope(c: Caller, points: readonly string[] = c.points): Scope | null {
  const own = ownPointsScope(c, MEETING_STAFF, points)
  if (!own || holds(c, LEADERS)) return own
  return { ...own, 'assignee.openid': c.openid }
}

/** Who may record a trip: a leader of its point, or the cadre of the point who planned it. */
export const mayRecordTrip = (c: Caller, t: AtPoint & { readonly plannedBy: string }) =>
  leadsPoint(c, t.pointCode) || (holdsAt(c, CADRES, t.pointCode) && t.plannedBy === c.openid)
