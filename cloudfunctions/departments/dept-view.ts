/**
 * A matter as its department sees it. A department needs what was asked, what the matter
 * is and where (the point), and whom to call back (the owning cadre); it does not need the
 * resident: their name, phone and address are masked, and the content is redacted by the
 * same module as the public board. Photos and the staff timeline stay with the point.
 */
import type { DepartmentItemView, DepartmentQueueEntry } from '../../domain/departments/api'
import { isOpen } from '../../domain/departments/assignments'
import { assignmentView } from '../../domain/departments/views'
import { redact } from '../../domain/privacy/redact'
import { maskContact } from '../matters/item-view'
import { knownOf } from '../board/redaction-known'
import type { ItemRecord } from '../kernel/records'

type Assigned = ItemRecord & { assignment: NonNullable<ItemRecord['assignment']> }

export function toDepartmentItem(item: Assigned, now: Date): DepartmentItemView {
  const a = item.assignment
  const { name, phone, address } = maskContact(item.contact)
  return {
    id: item._id,
    no: item.no,
    category: item.category,
    status: item.status,
    pointName: item.pointName,
    content: redact(item.content, knownOf(item)),
    contact: { name, phone, address },
    owner: { name: item.assignee.name },
    escalation: item.escalation ? { department: item.escalation.department, takenAt: item.escalation.takenAt } : null,
    assignment: assignmentView(a, now),
    can: { 'dept.accept': a.state === 'assigned', 'dept.answer': isOpen(a), 'dept.return': isOpen(a) },
  }
}

export function toQueueEntry(item: Assigned, now: Date): DepartmentQueueEntry {
  return {
    id: item._id,
    no: item.no,
    category: item.category,
    pointName: item.pointName,
    excerpt: Array.from(redact(item.content, knownOf(item))).slice(0, 40).join(''),
    assignment: assignmentView(item.assignment, now),
  }
}
