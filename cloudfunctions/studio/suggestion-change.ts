/**
 * The one write path of `suggestions` after they are recorded: in one transaction, read the
 * suggestion, check the caller's right to it as read there, apply the step, write it whole
 * and queue what it tells (messages/queued-transaction.ts).
 */
import type { Notice } from '../../domain/messages/notices'
import type { DatabasePort } from '../kernel/port'
import { AppError } from '../kernel/respond'
import type { RetryOptions } from '../kernel/transaction'
import { runQueuingTransaction } from '../messages/queued-transaction'
import { asSuggestion, type SuggestionRecord } from './records'

export interface SuggestionStep {
  allowed(s: SuggestionRecord): boolean
  refusal: string
  /** the suggestion after the step and what it tells; a string refuses it (CONFLICT); null leaves it (sent again) */
  apply(s: SuggestionRecord): { next: SuggestionRecord; notices: Notice[] } | string | null
}

export async function changeSuggestion(db: DatabasePort, id: string, step: SuggestionStep, now: Date, retry: RetryOptions | undefined, queued: string[]): Promise<SuggestionRecord> {
  return runQueuingTransaction(db, now, queued, retry, async (tx, queue) => {
    const ref = tx.collection('suggestions').doc(id)
    const s = asSuggestion((await ref.get()).data)
    if (!s || !step.allowed(s)) throw new AppError('FORBIDDEN', step.refusal)
    const change = step.apply(s)
    if (change === null) return s
    if (typeof change === 'string') throw new AppError('CONFLICT', change)
    const { _id, ...fields } = change.next
    await ref.set({ data: fields })
    for (const n of change.notices) await queue(n)
    return change.next
  })
}

/** A new suggestion, once per request id (a retry finds it written). */
export async function recordSuggestion(db: DatabasePort, s: SuggestionRecord, retry: RetryOptions | undefined): Promise<SuggestionRecord> {
  return runQueuingTransaction(db, s.createdAt, [], retry, async (tx) => {
    const ref = tx.collection('suggestions').doc(s._id)
    const found = asSuggestion((await ref.get()).data)
    if (found) return found
    const { _id, ...fields } = s
    await ref.set({ data: fields })
    return s
  })
}
