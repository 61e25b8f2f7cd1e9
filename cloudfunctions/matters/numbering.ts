/**
 * 登记编号: the point's next number for the month, taken inside the registering
 * transaction, so numbers are unique, never reused and without gaps however many register
 * at once. The counter is the point's own (domain/matters/numbering.ts): the one document
 * every submission at a point writes, and none at another point does.
 */
import { monthKey, numberCounterId, registrationNo } from '../../domain/matters/numbering'
import type { TransactionPort } from '../kernel/port'
import { asCounter } from '../kernel/reads'

export interface TakenNumber {
  no: string
  month: string
  seq: number
  /** writes the counter: call it in the same transaction, with the matter */
  record(): Promise<unknown>
}

export async function takeNumber(tx: TransactionPort, pointCode: string, now: Date): Promise<TakenNumber> {
  const month = monthKey(now)
  const ref = tx.collection('counters').doc(numberCounterId(pointCode, month))
  const counter = asCounter((await ref.get()).data)
  const seq = (counter?.seq ?? 0) + 1
  return { no: registrationNo(pointCode, now, seq), month, seq, record: () => ref.set({ data: { seq } }) }
}

/**
 * Marks the counters a registration at `pointCodes` would write around `now` (the month of
 * a call that started a little earlier or later too) as written by this transaction,
 * without moving them. A staff change that registrations rely on (a deactivation) does
 * this, so a registration racing it conflicts on its point's counter and retries, instead
 * of every registration writing the cadre's own document (matters/assignee.ts).
 */
export async function touchCounters(tx: TransactionPort, pointCodes: readonly string[], now: Date): Promise<void> {
  const months = new Set([monthKey(now.getTime() - MONTH_EDGE_MS), monthKey(now), monthKey(now.getTime() + MONTH_EDGE_MS)])
  for (const code of pointCodes) {
    for (const month of months) {
      const ref = tx.collection('counters').doc(numberCounterId(code, month))
      const counter = asCounter((await ref.get()).data)
      // a changed field: a write that changes nothing is no write, and conflicts with nothing
      await ref.set({ data: { seq: counter?.seq ?? 0, rev: (counter?.rev ?? 0) + 1 } })
    }
  }
}

/** Longer than any call runs (function timeouts are seconds): a registration's clock is within this of ours. */
const MONTH_EDGE_MS = 10 * 60 * 1000
