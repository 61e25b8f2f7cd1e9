/** 部门工作人员 join through the ordinary invite (points/invites.ts): the department it names. */
import { mayManageDepartment, type OrgCaller } from '../../domain/departments/policy'
import { AppError } from '../kernel/respond'
import type { StaffRecord } from '../kernel/records'
import type { StaffContext } from '../kernel/staff-context'
import { getDepartment } from './lookups'

/** Only an admin who manages the department invites its staff. */
export async function invitableDepartment(ctx: StaffContext, admin: OrgCaller, code: string): Promise<string> {
  const department = await getDepartment(ctx.db, code)
  if (!department || !mayManageDepartment(admin, department.nodePath)) throw new AppError('INVALID_INPUT', `没有您可以管理的部门 ${code}`)
  return department.name
}

/** The departments on the staff record once the invite is redeemed (an inactive record starts afresh). */
export function departmentsAfter(current: StaffRecord | null, department: string | undefined): Pick<StaffRecord, 'departments'> {
  const held = current?.active ? (current.departments ?? []) : []
  const all = department ? [...new Set([...held, department])] : held
  return all.length > 0 ? { departments: all } : {}
}
