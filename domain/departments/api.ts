/** What the functions answer about departments and 交办. */
import type { Category } from '../matters/categories'
import type { StaffItemDetail } from '../matters/api'
import type { ItemStatus } from '../matters/status'
import type { AssignmentState, DepartmentTally } from './assignments'
export type { ResidentAssignmentView } from './assignments'

export interface DepartmentView {
  code: string
  name: string
  node: string
  active: boolean
}

/** A 交办 as staff read it (the leader, the owning cadre, the department). */
export interface AssignmentView {
  department: string
  departmentName: string
  request: string
  /** ISO 8601 with the China offset */
  dueAt: string
  state: AssignmentState
  stateLabel: string
  assignedAt: string
  answer: string | null
  answeredAt: string | null
  reason: string | null
  overdue: boolean
}

/** One line of 部门待办. */
export interface DepartmentQueueEntry {
  id: string
  no: string
  category: Category
  pointName: string
  excerpt: string
  assignment: AssignmentView
}

/**
 * A matter as its department sees it: what was asked and what the matter is, with the
 * resident's personal data redacted from the content and masked in the contact; no
 * photos and no staff timeline. The cadre who owns it keeps contact with the resident.
 */
export interface DepartmentItemView {
  id: string
  no: string
  category: Category
  status: ItemStatus
  pointName: string
  content: string
  contact: { name: string; phone: string; address: string }
  /** the cadre who owns the matter, whom the department may call */
  owner: { name: string }
  escalation: { department: string; takenAt: string } | null
  assignment: AssignmentView
  can: { 'dept.accept': boolean; 'dept.answer': boolean; 'dept.return': boolean }
}

export interface DepartmentFiguresRow extends DepartmentTally {
  code: string
  name: string
  node: string
}

export interface DepartmentResponses {
  'departments.save': DepartmentView
  'departments.list': { departments: DepartmentView[] }
  'departments.figures': { from: string; to: string; departments: DepartmentFiguresRow[] }
  'item.assign': StaffItemDetail
  'dept.queue': { items: DepartmentQueueEntry[]; nextCursor: string | null }
  'dept.get': DepartmentItemView
  'dept.accept': DepartmentItemView
  'dept.answer': DepartmentItemView
  'dept.return': DepartmentItemView
}
