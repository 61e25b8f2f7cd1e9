/** 交办 (item.assign): a leader above the matter's point hands a matter gone up to a department. */
import type { StaffItemDetail } from '../../domain/matters/api'
import type { DepartmentEvent } from '../../domain/departments/schemas'
import { assignmentDueAt, assignRefusal, type Assignment } from '../../domain/departments/assignments'
import { assignNotices } from '../../domain/departments/notices'
import { mayAssign, mayAssignTo } from '../../domain/departments/policy'
import { formatChinaDate } from '../../domain/kernel/time'
import { holds, LEADERS } from '../../domain/points/roles'
import { requireRight } from '../kernel/access'
import { asItem } from '../kernel/reads'
import { AppError } from '../kernel/respond'
import type { StaffContext } from '../kernel/staff-context'
import { entry, view } from '../matters/item-ops'
import { changeAssignment } from './assignment-change'
import { departmentStaff, getDepartment, pointOrgPath } from './lookups'

const REFUSED = '您无权交办这件事'

export async function itemAssign(input: DepartmentEvent<'item.assign'>, ctx: StaffContext): Promise<StaffItemDetail> {
  const leader = await ctx.caller()
  requireRight(holds(leader, LEADERS), REFUSED)
  const found = asItem((await ctx.db.collection('items').doc(input.id).get()).data)
  const orgPath = found ? await pointOrgPath(ctx.db, found.pointCode) : []
  requireRight(mayAssign(leader, orgPath), REFUSED)
  const department = await getDepartment(ctx.db, input.department)
  if (!department || !mayAssignTo(leader, orgPath, department)) throw new AppError('INVALID_INPUT', '不能交办给这个部门，请从列表中选择')
  const dueAt = assignmentDueAt(input.dueAt, ctx.now)
  if (typeof dueAt === 'string') throw new AppError('INVALID_INPUT', dueAt)
  const staff = await departmentStaff(ctx.db, department.code)
  const item = await changeAssignment(
    ctx.db,
    input.id,
    {
      // the matter may not have moved to another point since it was read
      allowed: (i) => i.pointCode === found!.pointCode,
      refusal: REFUSED,
      apply(i) {
        if (i.assignment?.id === input.requestId) return null // the same 交办, sent again
        const refusal = assignRefusal(i)
        if (refusal) return refusal
        const assignment: Assignment = {
          id: input.requestId,
          department: department.code,
          departmentName: department.name,
          node: department.node,
          request: input.request,
          dueAt,
          state: 'assigned',
          assignedBy: leader.openid,
          assignedByName: leader.name,
          assignedAt: ctx.now,
          acceptedAt: null,
          answer: null,
          answeredAt: null,
          reason: null,
          returnedAt: null,
          handledBy: null,
        }
        return {
          assignment,
          history: [...(i.assignmentHistory ?? []), ...(i.assignment ? [i.assignment] : [])],
          entry: entry(ctx, leader, 'department', `已交办${department.name}，办理期限 ${formatChinaDate(dueAt)}`),
          notices: assignNotices(i, assignment, staff),
        }
      },
    },
    ctx.now,
    ctx.options.retry,
    ctx.queued,
  )
  return view(ctx, leader, item)
}
