/**
 * 交办: a matter gone up (上报上级) handed by a leader of that level to a department, with
 * a deadline and a request; the department accepts it, answers it or sends it back with a
 * reason. The matter's owner (the village cadre) keeps it throughout: a 交办 never changes
 * the matter's status or assignee. Pure: the functions apply these in one transaction.
 */
import { chinaDayEnd } from '../kernel/time'

export const ASSIGNMENT_STATES = ['assigned', 'accepted', 'answered', 'returned'] as const
export type AssignmentState = (typeof ASSIGNMENT_STATES)[number]
/** Still with the department: on its queue, and swept when overdue. */
export const OPEN_ASSIGNMENT: readonly AssignmentState[] = ['assigned', 'accepted']
export const ASSIGNMENT_LABELS: Record<AssignmentState, string> = { assigned: '已交办', accepted: '部门已接收', answered: '部门已答复', returned: '部门已退回' }

/** One 交办 as kept on the matter. */
export interface Assignment {
  id: string
  department: string
  departmentName: string
  /** the org node the department is registered at */
  node: string
  request: string
  /** the end of the deadline's day, China time */
  dueAt: Date
  state: AssignmentState
  assignedBy: string
  assignedByName: string
  assignedAt: Date
  acceptedAt: Date | null
  answer: string | null
  answeredAt: Date | null
  reason: string | null
  returnedAt: Date | null
  /** who in the department did the last step (never shown to the resident) */
  handledBy: string | null
  /** the overdue sweep told about this deadline */
  overdueTold?: boolean
}

/** What the resident reads of a 交办 (on their matter): the department and its deadline, never who works there. */
export interface ResidentAssignmentView {
  departmentName: string
  /** ISO 8601 with the China offset */
  dueAt: string
  stateLabel: string
}

/** What a matter must be for a 交办: open, gone up, and not with a department now. */
export interface Assignable {
  status: string
  track?: string | null
  escalation?: unknown
  assignment?: Pick<Assignment, 'state' | 'departmentName'> | null
}

export const isOpen = (a: Pick<Assignment, 'state'> | null | undefined) => Boolean(a && OPEN_ASSIGNMENT.includes(a.state))

/** Why this matter cannot be 交办 now, or null when it can (a returned or answered one may go again). */
export function assignRefusal(item: Assignable): string | null {
  if (item.status !== 'accepted' && item.status !== 'in_progress') return '只有受理后、答复前的事项可以交办'
  if (item.track !== 'escalate' && !item.escalation) return '只有上报上级的事项可以交办'
  if (item.assignment && isOpen(item.assignment)) return `这件事已交办${item.assignment.departmentName}，等待部门答复或退回`
  return null
}

export const isAssignable = (item: Assignable) => assignRefusal(item) === null

/** The deadline picked as a day: it ends at that day's end; today at the earliest. */
export function assignmentDueAt(day: string, now: Date): Date | string {
  const due = chinaDayEnd(day)
  return due.getTime() <= now.getTime() ? '办理期限不能早于今天' : new Date(due.getTime() - 1000)
}

export type DepartmentStep = 'accept' | 'answer' | 'return'
const STEP_FROM: Record<DepartmentStep, readonly AssignmentState[]> = { accept: ['assigned'], answer: OPEN_ASSIGNMENT, return: OPEN_ASSIGNMENT }
const STEP_TO: Record<DepartmentStep, AssignmentState> = { accept: 'accepted', answer: 'answered', return: 'returned' }
const STEP_LABELS: Record<DepartmentStep, string> = { accept: '接收', answer: '答复', return: '退回' }

/** The 交办 after a department's step, or the reason it cannot be taken now. */
export function applyStep(
  a: Assignment,
  step: DepartmentStep,
  by: string,
  now: Date,
  text = '',
): Assignment | string {
  if (!STEP_FROM[step].includes(a.state)) return `这件交办现在是“${ASSIGNMENT_LABELS[a.state]}”，不能${STEP_LABELS[step]}；请刷新后查看`
  const next: Assignment = { ...a, state: STEP_TO[step], handledBy: by }
  if (step === 'accept') return { ...next, acceptedAt: now }
  if (step === 'answer') return { ...next, answer: text, answeredAt: now }
  return { ...next, reason: text, returnedAt: now }
}

export const isOverdueAssignment = (a: Pick<Assignment, 'state' | 'dueAt'>, now: Date) => isOpen(a) && a.dueAt.getTime() < now.getTime()

/** Figures of one department over the 交办 it received in a period. */
export interface DepartmentTally {
  received: number
  answered: number
  answeredOnTime: number
  returned: number
  /** still open past the deadline, or answered after it */
  overdue: number
  open: number
}

export const emptyTally = (): DepartmentTally => ({ received: 0, answered: 0, answeredOnTime: 0, returned: 0, overdue: 0, open: 0 })

/** Adds one 交办 (received in the period) to its department's tally, as things stand at `now`. */
export function tallyAssignment(t: DepartmentTally, a: Pick<Assignment, 'state' | 'dueAt' | 'answeredAt'>, now: Date): DepartmentTally {
  const onTime = a.state === 'answered' && a.answeredAt !== null && a.answeredAt.getTime() <= a.dueAt.getTime()
  const late = (a.state === 'answered' && !onTime) || isOverdueAssignment(a, now)
  return {
    received: t.received + 1,
    answered: t.answered + (a.state === 'answered' ? 1 : 0),
    answeredOnTime: t.answeredOnTime + (onTime ? 1 : 0),
    returned: t.returned + (a.state === 'returned' ? 1 : 0),
    overdue: t.overdue + (late ? 1 : 0),
    open: t.open + (isOpen(a) ? 1 : 0),
  }
}
