/**
 * Who may write and read 民情日记. A diary is its author's and the leaders' of its point
 * (不随意公开入户走访内容): to anyone else a visit does not exist.
 */
import { audit } from '../kernel/audit'
import type { StaffRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import type { VisitRecord } from './visit-records'
import { hasRole } from '../kernel/access'
import type { StaffContext } from '../staff/context'
import { asVisit } from './visit-records'

/** Cadres, leaders and deputies write diaries of their own points. */
export function requireDiaryWriter(staff: StaffRecord, pointCode: string) {
  if (!hasRole(staff, 'cadre', 'leader', 'deputy') || !staff.points.includes(pointCode)) {
    throw new AppError('FORBIDDEN', '只能为自己所在说事点的走访写民情日记')
  }
}

export function requireDiaryReader(staff: StaffRecord) {
  if (!hasRole(staff, 'cadre', 'leader', 'deputy')) throw new AppError('FORBIDDEN', '民情日记仅供干部和领导查看')
}

export function mayRead(staff: StaffRecord, visit: VisitRecord): boolean {
  return visit.author === staff.openid || (hasRole(staff, 'leader') && staff.points.includes(visit.pointCode))
}

/** The visit, if the caller may read it; otherwise NOT_FOUND, as if there were none. */
export async function readableVisit(ctx: StaffContext, staff: StaffRecord, id: string): Promise<VisitRecord> {
  const visit = asVisit((await ctx.db.collection('visits').doc(id).get()).data)
  if (!visit || !mayRead(staff, visit)) throw new AppError('NOT_FOUND', '没有找到这篇民情日记')
  return visit
}

/** A leader's read of someone else's diary is written down; the author's own is not. */
export async function auditDiaryRead(ctx: StaffContext, staff: StaffRecord, author: string, action: string, target: string) {
  if (author === staff.openid) return
  await audit(ctx.db, { actor: staff.openid, action, target, at: ctx.now })
}
