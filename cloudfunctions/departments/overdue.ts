/**
 * The timer's sweep of overdue 交办: the open ones whose deadline passed within the
 * lookback, read through {assignment.state, assignment.dueAt} in pages, each told in a
 * transaction of its own to the department's staff and the owning cadre. Message ids
 * (the matter, the 交办, its deadline) make a second run queue nothing twice.
 */
import { OPEN_ASSIGNMENT } from '../../domain/departments/assignments'
import { overdueAssignmentNotices } from '../../domain/departments/notices'
import { OVERDUE_LOOKBACK_MS } from '../../domain/messages/reminders'
import type { DatabasePort } from '../kernel/port'
import { asItems } from '../kernel/reads'
import { runTransactionWithRetry } from '../kernel/transaction'
import { queueMessage } from '../messages/outbox'
import type { ReminderResult } from '../messages/reminders'
import { departmentStaff } from './lookups'

const PAGE = 100

export async function queueOverdueAssignments(db: DatabasePort, now: Date, outOfTime: () => boolean): Promise<ReminderResult> {
  const _ = db.command
  const where = { 'assignment.state': _.in([...OPEN_ASSIGNMENT]), 'assignment.dueAt': _.lt(now).and(_.gt(new Date(now.getTime() - OVERDUE_LOOKBACK_MS))) }
  const staffOf = new Map<string, Promise<string[]>>()
  const result: ReminderResult = { queued: 0, failed: 0 }
  for (let offset = 0; !outOfTime(); offset += PAGE) {
    const { data } = await db.collection('items').where(where).orderBy('assignment.dueAt', 'asc').orderBy('_id', 'asc').skip(offset).limit(PAGE).get()
    for (const item of asItems(data)) {
      const a = item.assignment
      if (!a) continue
      try {
        if (!staffOf.has(a.department)) staffOf.set(a.department, departmentStaff(db, a.department))
        const notices = overdueAssignmentNotices(item, a, await staffOf.get(a.department)!)
        result.queued += await runTransactionWithRetry(db, async (tx) => {
          let n = 0
          for (const notice of notices) if (await queueMessage(tx, notice, now)) n++
          return n
        })
      } catch (err) {
        result.failed++
        console.error(`[shuoshi] overdue 交办 reminder for matter ${item._id} failed:`, (err as Error).message)
      }
    }
    if (data.length < PAGE) break
  }
  return result
}
