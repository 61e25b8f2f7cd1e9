/**
 * 民情日记: a diary is its author's and the leaders' of its point (不随意公开入户走访内容);
 * to anyone else an entry does not exist. `diaryListScope` is the same rule as a query,
 * so no list shows an entry its page would refuse.
 */
import { anyOf, inList, type Scope } from '../kernel/scope'
import { administersPoint, holds, holdsAt, isAdmin, isDeploymentAdmin, LEADERS, LEADS, leadsPoint, POINT_STAFF, sharePoint, VISITORS, type Caller } from '../points/roles'
import { reachesPoint } from './leaders'

export interface DiaryEntry {
  readonly author: string
  readonly pointCode: string
}

/** Cadres, leaders and deputies write diaries of their own points. */
export const mayWriteDiary = (c: Caller, pointCode: string) => holdsAt(c, POINT_STAFF, pointCode)

/** The diary opens at all for the point's staff. */
export const mayKeepDiary = (c: Caller) => holds(c, POINT_STAFF)

export const mayReadDiary = (c: Caller, entry: DiaryEntry) => mayKeepDiary(c) && (entry.author === c.openid || leadsPoint(c, entry.pointCode))

/** The entries any list may show the caller (null: none). */
export function diaryListScope(c: Caller): Scope | null {
  if (!mayKeepDiary(c)) return null
  return holds(c, LEADERS) ? anyOf({ author: c.openid }, { pointCode: inList(c.points) }) : { author: c.openid }
}

/** One's own diary; a leader's reading of a cadre of their points (audited). */
export const mayReadDiaryOf = (c: Caller, author: { readonly openid: string; readonly points: readonly string[] }) =>
  mayKeepDiary(c) && (author.openid === c.openid || (holds(c, LEADERS) && sharePoint(c, author)))

/** Before the author is read: only a leader asks for someone else's. */
export const mayAskDiaryOf = (c: Caller, openid: string) => mayKeepDiary(c) && (openid === c.openid || holds(c, LEADERS))

/** 走访进度: cadres owe the monthly visits; leaders see their points' team. */
export const owesVisits = (s: Caller) => holds(s, VISITORS)
export const seesTeamVisits = (c: Caller) => holds(c, LEADERS)

/** The monthly quota per point is set by an admin: the page opens for admins, each point's quota for that point's admins. */
export const mayKeepVisitQuotas = (c: Caller) => isAdmin(c)
export const mayKeepVisitQuota = (c: Caller, pointCode: string) => administersPoint(c, pointCode)

/** A caller as the organisation tree sees them (the nodes their roles are held at are on every Caller). */
export type NodeCaller = Caller

/** 挂点 leaders' progress under a node: leaders and admins holding the node or one above it. */
export const mayReadLeaderVisits = (c: Caller, node: { readonly code: string; readonly path: readonly string[] } | null) =>
  holds(c, LEADS) && (node === null || isDeploymentAdmin(c) || c.nodes.some((n) => n === node.code || node.path.includes(n)))

/** Names a leader's level, 挂点 and duties: an admin who reaches the contact point. */
export const maySetLeader = (c: Caller, point: { readonly code: string; readonly orgPath?: readonly string[] }) =>
  isAdmin(c) && (isDeploymentAdmin(c) || reachesPoint(c, point))
