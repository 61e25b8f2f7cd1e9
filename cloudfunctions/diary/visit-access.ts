/**
 * 民情日记's rights applied (domain/diary/policy.ts says who may): a refused read answers
 * as if there were no entry.
 */
import { audit } from '../kernel/audit'
import type { StaffRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import type { VisitRecord } from './visit-records'
import { requireRight } from '../kernel/access'
import { mayKeepDiary, mayReadDiary, mayWriteDiary } from '../../domain/diary/policy'
import type { StaffContext } from '../kernel/staff-context'
import { asVisit } from './visit-records'

export function requireDiaryWriter(staff: StaffRecord, pointCode: string) {
  requireRight(mayWriteDiary(staff, pointCode), '只能为自己所在说事点的走访写民情日记')
}

export function requireDiaryReader(staff: StaffRecord) {
  requireRight(mayKeepDiary(staff), '民情日记仅供干部和领导查看')
}

/** The visit, if the caller may read it; otherwise NOT_FOUND, as if there were none. One who keeps no diary is refused before the read. */
export async function readableVisit(ctx: StaffContext, staff: StaffRecord, id: string): Promise<VisitRecord> {
  requireDiaryReader(staff)
  const visit = asVisit((await ctx.db.collection('visits').doc(id).get()).data)
  if (!visit || !mayReadDiary(staff, visit)) throw new AppError('NOT_FOUND', '没有找到这篇民情日记')
  return visit
}

/** A leader's read of someone else's diary is written down; the author's own is not. */
export async function auditDiaryRead(ctx: StaffContext, staff: StaffRecord, author: string, action: string, target: string) {
  if (author === staff.openid) return
  await audit(ctx.db, { actor: staff.openid, action, target, at: ctx.now })
}
