/**
 * Who is told what at each step of a 交办. Pure; the write path queues these in the
 * step's own transaction (ids from the event make a retried step queue nothing twice).
 * - 交办: the department's staff (a new matter on their queue), the owning cadre, and
 *   the resident (已交办 with the department and deadline, as on their matter);
 * - 接收, 答复, 退回: the owning cadre, and the leader who 交办 it (after an answer or a
 *   return the next step is theirs or the cadre's);
 * - overdue (the timer): the department's staff and the owning cadre.
 */
import { formatChinaDate } from '../kernel/time'
import { residentPage, staffPage, type Notice } from '../messages/notices'
import { templateData } from '../messages/templates'
import type { Assignment, DepartmentStep } from './assignments'

export interface AssignedItem {
  _id: string
  no: string
  category: string
  content: string
  ownerOpenid: string | null
  assignee: { openid: string }
}

export const departmentPage = (id: string) => `staff/pages/dept-item/index?id=${id}`
const titleOf = (i: AssignedItem) => `${i.category}：${i.content}`

function staffNotice(i: AssignedItem, a: Assignment, kind: string, recipient: string, status: string, heading: string, page: string): Notice {
  return {
    event: `${i._id}:dept:${a.id}:${kind}`,
    recipient,
    template: 'due',
    data: templateData('due', { no: i.no, title: titleOf(i), status, due: a.dueAt }),
    page,
    title: heading,
    body: `${i.no} ${a.departmentName}：${titleOf(i)}`,
  }
}

export function assignNotices(i: AssignedItem, a: Assignment, departmentStaff: readonly string[]): Notice[] {
  const out: Notice[] = departmentStaff.map((s) => ({
    event: `${i._id}:dept:${a.id}:assign`,
    recipient: s,
    template: 'assigned' as const,
    data: templateData('assigned', { no: i.no, title: titleOf(i), from: `交办给${a.departmentName}`, due: a.dueAt }),
    page: departmentPage(i._id),
    title: `交办给${a.departmentName}的事项`,
    body: `${i.no} 办理期限 ${formatChinaDate(a.dueAt)}。交办要求：${a.request}`,
  }))
  out.push(staffNotice(i, a, 'assign', i.assignee.openid, '已交办', `您负责的事项已交办${a.departmentName}`, staffPage(i._id)))
  if (i.ownerOpenid) {
    const note = `已交办${a.departmentName}，办理期限 ${formatChinaDate(a.dueAt)}`
    out.push({
      event: `${i._id}:dept:${a.id}:assign`,
      recipient: i.ownerOpenid,
      template: 'progress',
      data: templateData('progress', { no: i.no, title: titleOf(i), note, at: a.assignedAt }),
      page: residentPage(i._id),
      title: '办理进展',
      body: note,
    })
  }
  return out
}

const STEP_WORDS: Record<DepartmentStep, { status: string; heading: (d: string) => string }> = {
  accept: { status: '部门已接收', heading: (d) => `${d}已接收交办` },
  answer: { status: '部门已答复', heading: (d) => `${d}已答复，请回复居民` },
  return: { status: '部门已退回', heading: (d) => `${d}退回了交办` },
}

export function stepNotices(i: AssignedItem, a: Assignment, step: DepartmentStep): Notice[] {
  const { status, heading } = STEP_WORDS[step]
  const recipients = step === 'accept' ? [i.assignee.openid] : [...new Set([i.assignee.openid, a.assignedBy])]
  return recipients.map((r) => staffNotice(i, a, step, r, status, heading(a.departmentName), staffPage(i._id)))
}

/** Once per deadline: a changed deadline (a new 交办) is told afresh. */
export function overdueAssignmentNotices(i: AssignedItem, a: Assignment, departmentStaff: readonly string[]): Notice[] {
  const kind = `overdue:${a.dueAt.getTime()}`
  return [
    ...departmentStaff.map((s) => staffNotice(i, a, kind, s, '交办逾期', `交办给${a.departmentName}的事项已逾期`, departmentPage(i._id))),
    staffNotice(i, a, kind, i.assignee.openid, '交办逾期', `${a.departmentName}未按期答复交办`, staffPage(i._id)),
  ]
}
