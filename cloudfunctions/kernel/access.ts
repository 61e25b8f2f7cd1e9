/** Who a staff member is to a matter, and what they may see of it. */
import type { ActorRole } from '../../domain/matters/transitions'
import { getStaff } from './collections'
import type { DatabasePort } from './port'
import type { ItemRecord, StaffRecord, StaffRole } from './records'
import { AppError } from './respond'

export async function activeStaff(db: DatabasePort, openid: string): Promise<StaffRecord> {
  const staff = await getStaff(db, openid)
  if (!staff || !staff.active) throw new AppError('FORBIDDEN', '您不是在岗的工作人员，无权进行此操作')
  return staff
}

export function hasRole(staff: StaffRecord, ...roles: StaffRole[]): boolean {
  return staff.roles.some((r) => roles.includes(r))
}

/**
 * 谁接访、谁负责: the responsible cadre is the assignee wherever they sit; otherwise a
 * leader or cadre of the matter's point. Anyone else has no relation to it.
 */
export function roleFor(staff: StaffRecord, item: ItemRecord): ActorRole | null {
  if (!staff.active) return null
  if (item.assignee.openid === staff.openid) return 'assignee'
  if (!staff.points.includes(item.pointCode)) return null
  if (hasRole(staff, 'leader')) return 'leader'
  if (hasRole(staff, 'cadre', 'deputy')) return 'cadre'
  return null
}

/** Personal data is shown only to the responsible cadre and leaders. */
export function seesPersonalData(role: ActorRole): boolean {
  return role === 'assignee' || role === 'leader'
}

export function requireRole(staff: StaffRecord, ...roles: StaffRole[]) {
  if (!hasRole(staff, ...roles)) throw new AppError('FORBIDDEN', '您没有权限进行此操作')
}

/** 大家说的事: who may approve, refuse or take down a point's public entries. */
export function mayModerateBoard(staff: StaffRecord, pointCode: string): boolean {
  return staff.active && (hasRole(staff, 'admin') || (hasRole(staff, 'leader') && staff.points.includes(pointCode)))
}

/** The same right as a list scope: the points whose entries the caller reviews (null: every point; [] none). */
export function boardModerationScope(staff: StaffRecord): string[] | null {
  if (!staff.active) return []
  if (hasRole(staff, 'admin')) return null
  return hasRole(staff, 'leader') ? staff.points : []
}
