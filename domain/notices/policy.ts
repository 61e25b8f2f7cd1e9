/**
 * 公告: a leader of the point writes, publishes and withdraws its notices — and an admin of
 * the point, who stands in for its leaders everywhere else too (managesPoint). Drafts and
 * withdrawn notices are theirs alone; a published notice is public: anyone reads it, with
 * the matters by number, category and month only.
 */
import type { Scope } from '../kernel/scope'
import { managedPointsScope } from '../points/policy'
import { holds, isDeploymentAdmin, LEADS, managesPoint, type Caller } from '../points/roles'
import type { NoticeStatus } from './notices'

interface NoticeRef {
  readonly pointCode: string
  readonly status: NoticeStatus
}

/** Writes, publishes and withdraws the point's notices. */
export const mayWriteNotices = (c: Caller, pointCode: string) => managesPoint(c, pointCode)
/** Asked before anything is read: could the caller write notices anywhere. */
export const mayWriteAnyNotices = (c: Caller) => isDeploymentAdmin(c) || (holds(c, LEADS) && c.points.length > 0)

/** A notice in the staff list and editor: the point's managers, whatever its status. */
export const mayEditNotice = (c: Caller, n: NoticeRef) => mayWriteNotices(c, n.pointCode)
export const staffNoticeScope = (c: Caller): Scope | null => managedPointsScope(c)

/** A published notice: anyone, resident or staff. */
export const isPublic = (n: NoticeRef) => n.status === 'published'
export const publicNoticeScope = (pointCode: string): Scope => ({ pointCode, status: 'published' })
