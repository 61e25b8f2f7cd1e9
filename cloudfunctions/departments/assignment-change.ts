/**
 * The one write path of 交办 on a matter (`assignment`, `assignmentHistory` and their
 * timeline entries): in one transaction, read the matter, check the caller's right to it
 * as read there, apply the step, write the fields it changes and queue what it tells. A 交办
 * never changes the matter's status or its responsible cadre, so it does not pass the
 * matter's transition table (matters/item-change.ts); a concurrent change of the matter
 * conflicts with this write and one of them retries.
 */
import type { Notice } from '../../domain/messages/notices'
import type { Assignment } from '../../domain/departments/assignments'
import type { DatabasePort } from '../kernel/port'
import type { ItemRecord, TimelineRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { asItem } from '../kernel/reads'
import type { RetryOptions } from '../kernel/transaction'
import { runQueuingTransaction } from '../messages/queued-transaction'

export interface AssignmentStep {
  assignment: Assignment
  /** the earlier 交办 moved aside by a new one */
  history?: Assignment[]
  entry: TimelineRecord
  notices: Notice[]
}

export interface AssignmentChange {
  /** the caller's right to the matter as read in the transaction; refused with `refusal` */
  allowed(item: ItemRecord): boolean
  refusal: string
  /**
   * The step, once the right is checked: a string refuses it (CONFLICT, the matter moved
   * on); null leaves the matter as it is (the same request, retried).
   */
  apply(item: ItemRecord): AssignmentStep | string | null
}

export async function changeAssignment(
  db: DatabasePort,
  id: string,
  change: AssignmentChange,
  now: Date,
  retry: RetryOptions | undefined,
  queued: string[],
): Promise<ItemRecord> {
  return runQueuingTransaction(db, now, queued, retry, async (tx, queue) => {
    const ref = tx.collection('items').doc(id)
    const item = asItem((await ref.get()).data)
    if (!item || !change.allowed(item)) throw new AppError('FORBIDDEN', change.refusal)
    const step = change.apply(item)
    if (step === null) return item
    if (typeof step === 'string') throw new AppError('CONFLICT', step)
    const fields = {
      assignment: step.assignment,
      assignmentHistory: step.history ?? item.assignmentHistory ?? [],
      timeline: [...item.timeline, step.entry],
      updatedAt: now,
    }
    // an update merges a plain nested object field by field: the 交办 is replaced whole
    await ref.update({ data: { ...fields, assignment: db.command.set(step.assignment) } })
    for (const n of step.notices) await queue(n)
    return { ...item, ...fields }
  })
}
