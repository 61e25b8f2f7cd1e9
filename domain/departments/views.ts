/** How a 交办 is shown: in full to staff, and to the resident only its department, deadline and stage. */
import { toChinaIso } from '../kernel/time'
import { ASSIGNMENT_LABELS, isOverdueAssignment, type Assignment, type ResidentAssignmentView } from './assignments'
import type { AssignmentView } from './api'

const iso = (d: Date | null) => (d ? toChinaIso(d) : null)

export function assignmentView(a: Assignment, now: Date): AssignmentView {
  return {
    department: a.department,
    departmentName: a.departmentName,
    request: a.request,
    dueAt: toChinaIso(a.dueAt),
    state: a.state,
    stateLabel: ASSIGNMENT_LABELS[a.state],
    assignedAt: toChinaIso(a.assignedAt),
    answer: a.answer,
    answeredAt: iso(a.answeredAt),
    reason: a.reason,
    overdue: isOverdueAssignment(a, now),
  }
}

/** The resident's: which department and by when; the department's answer reaches them through their cadre's reply. */
export function residentAssignmentView(a: Assignment | null | undefined): ResidentAssignmentView | null {
  return a ? { departmentName: a.departmentName, dueAt: toChinaIso(a.dueAt), stateLabel: ASSIGNMENT_LABELS[a.state] } : null
}
