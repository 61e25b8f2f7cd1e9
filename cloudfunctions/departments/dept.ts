/** 部门待办: a department's staff read their queue and accept, answer or send back what was 交办 to them. */
import type { DepartmentItemView, DepartmentResponses } from '../../domain/departments/api'
import type { DepartmentEvent } from '../../domain/departments/schemas'
import { applyStep, type DepartmentStep } from '../../domain/departments/assignments'
import { stepNotices } from '../../domain/departments/notices'
import { departmentQueueScope, mayOpenDepartmentQueue, mayViewAsDepartment } from '../../domain/departments/policy'
import { requireRight, requireScope, whereOf } from '../kernel/access'
import { offsetOf, pageOf } from '../kernel/paging'
import { asItem, asItems } from '../kernel/reads'
import type { ItemRecord, StaffRecord } from '../kernel/records'
import type { StaffContext } from '../kernel/staff-context'
import { changeAssignment } from './assignment-change'
import { toDepartmentItem, toQueueEntry } from './dept-view'

const REFUSED = '您无权查看这件交办'
const PAGE = 20

type Assigned = ItemRecord & { assignment: NonNullable<ItemRecord['assignment']> }
const assigned = (i: ItemRecord): i is Assigned => Boolean(i.assignment)

export async function deptQueue(input: DepartmentEvent<'dept.queue'>, ctx: StaffContext): Promise<DepartmentResponses['dept.queue']> {
  const staff = await ctx.caller()
  const scope = requireScope(departmentQueueScope(staff), '您不是部门工作人员')
  const offset = offsetOf(input.cursor)
  const size = input.limit ?? PAGE
  const { data } = await ctx.db
    .collection('items')
    .where(whereOf(ctx.db, scope))
    .orderBy('assignment.dueAt', 'asc')
    .orderBy('_id', 'asc')
    .skip(offset)
    .limit(size + 1)
    .get()
  const { rows, nextCursor } = pageOf(asItems(data).filter(assigned), offset, size)
  return { items: rows.map((i) => toQueueEntry(i, ctx.now)), nextCursor }
}

export async function deptGet(input: DepartmentEvent<'dept.get'>, ctx: StaffContext): Promise<DepartmentItemView> {
  const staff = await ctx.caller()
  requireRight(mayOpenDepartmentQueue(staff), REFUSED)
  const item = asItem((await ctx.db.collection('items').doc(input.id).get()).data)
  // a matter not 交办 to their department, or none at all, is refused alike
  requireRight(item !== null && mayViewAsDepartment(staff, item), REFUSED)
  return toDepartmentItem(item as Assigned, ctx.now)
}

async function step(ctx: StaffContext, id: string, kind: DepartmentStep, text = ''): Promise<DepartmentItemView> {
  const staff: StaffRecord = await ctx.caller()
  requireRight(mayOpenDepartmentQueue(staff), REFUSED)
  const deptName = (i: Assigned) => i.assignment.departmentName
  const words: Record<DepartmentStep, (i: Assigned) => { text: string; internal: boolean }> = {
    accept: (i) => ({ text: `${deptName(i)}已接收交办`, internal: false }),
    answer: (i) => ({ text: `${deptName(i)}答复：${text}`, internal: true }),
    return: (i) => ({ text: `${deptName(i)}退回交办：${text}`, internal: true }),
  }
  const item = await changeAssignment(
    ctx.db,
    id,
    {
      allowed: (i) => mayViewAsDepartment(staff, i),
      refusal: REFUSED,
      apply(i) {
        const current = i as Assigned
        const next = applyStep(current.assignment, kind, staff.openid, ctx.now, text)
        if (typeof next === 'string') return next
        const w = words[kind](current)
        // the resident reads the department's name, never who in it did the step
        const actorName = w.internal ? `${deptName(current)} ${staff.name}` : deptName(current)
        return {
          assignment: next,
          entry: { type: 'department', at: ctx.now, actor: staff.openid, actorName, text: w.text, ...(w.internal ? { internal: true } : {}) },
          notices: stepNotices(i, next, kind),
        }
      },
    },
    ctx.now,
    ctx.options.retry,
    ctx.queued,
  )
  return toDepartmentItem(item as Assigned, ctx.now)
}

export const deptAccept = (input: DepartmentEvent<'dept.accept'>, ctx: StaffContext) => step(ctx, input.id, 'accept')
export const deptAnswer = (input: DepartmentEvent<'dept.answer'>, ctx: StaffContext) => step(ctx, input.id, 'answer', input.answer)
export const deptReturn = (input: DepartmentEvent<'dept.return'>, ctx: StaffContext) => step(ctx, input.id, 'return', input.reason)
