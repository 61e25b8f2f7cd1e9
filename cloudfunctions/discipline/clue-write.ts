/**
 * The one write path of `discipline`: filing a clue and each step its receivers take, in
 * one transaction with the messages it tells (neutral words: domain/discipline/notices.ts).
 * Nothing here touches a matter or any other collection a point's staff read.
 */
import { filedNotices, stepNotice } from '../../domain/discipline/notices'
import { alreadyTaken, CLUE_STATES, nextState, type ClueState, type ClueStep } from '../../domain/discipline/steps'
import type { DatabasePort } from '../kernel/port'
import type { RateRule } from '../kernel/rate-limit'
import { checkRate } from '../kernel/rate-limit'
import { AppError } from '../kernel/respond'
import type { RetryOptions } from '../kernel/transaction'
import { runQueuingTransaction } from '../messages/queued-transaction'
import { asClue, type ClueRecord } from './clue-records'

interface Tx {
  db: DatabasePort
  now: Date
  queued: string[]
  retry?: RetryOptions
}

/**
 * Writes the new clue under its stable id, counting the filer's rate; the same request
 * retried finds it there and returns it (no second count, no second message).
 */
export async function writeNewClue(t: Tx, clue: ClueRecord, rate: RateRule, recipients: readonly string[]): Promise<ClueRecord> {
  return runQueuingTransaction(t.db, t.now, t.queued, t.retry, async (tx, queue) => {
    const ref = tx.collection('discipline').doc(clue._id)
    const existing = asClue((await ref.get()).data)
    if (existing) return existing
    const limit = await checkRate(tx, rate, t.now)
    const { _id, ...fields } = clue
    await ref.set({ data: fields })
    await limit.record()
    for (const n of filedNotices(clue._id, recipients, t.now)) await queue(n)
    return clue
  })
}

export interface StepBy {
  openid: string
  name: string
  /** the caller's right to the clue as read in the transaction */
  allowed(c: ClueRecord): boolean
  refusal: string
}

/**
 * A receiver's step: refused alike when the clue is missing or not theirs; the same step
 * again changes nothing; CONFLICT when it cannot be taken now.
 */
export async function stepClue(t: Tx, id: string, step: ClueStep, by: StepBy, reply?: string): Promise<ClueRecord> {
  return runQueuingTransaction(t.db, t.now, t.queued, t.retry, async (tx, queue) => {
    const ref = tx.collection('discipline').doc(id)
    const clue = asClue((await ref.get()).data)
    if (!clue || !by.allowed(clue)) throw new AppError('FORBIDDEN', by.refusal)
    if (alreadyTaken(clue, step, reply)) return clue
    const state = nextState(clue.state, step)
    if (!(CLUE_STATES as readonly string[]).includes(state)) throw new AppError('CONFLICT', state)
    const steps = [...clue.steps, { step, at: t.now, by: by.openid, byName: by.name }]
    const fields: Partial<ClueRecord> = {
      state: state as ClueState,
      steps,
      updatedAt: t.now,
      ...(reply !== undefined ? { reply, repliedAt: t.now } : {}),
    }
    await ref.update({ data: fields })
    await queue(stepNotice(clue._id, clue.filer, step, t.now, steps.length))
    return { ...clue, ...fields }
  })
}
