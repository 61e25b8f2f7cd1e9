/**
 * 登记编号: the month's next number, taken inside the registering transaction, so numbers
 * are unique, never reused and without gaps however many register at once.
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

export async function takeNumber(tx: TransactionPort, now: Date): Promise<TakenNumber> {
  const month = monthKey(now)
  const ref = tx.collection('counters').doc(numberCounterId(month))
  const counter = asCounter((await ref.get()).data)
  const seq = (counter?.seq ?? 0) + 1
  return { no: registrationNo(now, seq), month, seq, record: () => ref.set({ data: { seq } }) }
}
