/**
 * A change and the messages it tells, in one retried transaction (messages/outbox.ts): the
 * ids of the messages newly queued reach `queued` only once the transaction commits, and a
 * retried attempt queues afresh, so a conflict never reports a message twice.
 */
import type { DatabasePort, TransactionPort } from '../kernel/port'
import { runTransactionWithRetry, type RetryOptions } from '../kernel/transaction'
import { messageId, queueMessage, type NewMessage } from './outbox'

/** Queues a message inside the transaction (unless it was queued before). */
export type Queue = (m: NewMessage) => Promise<void>

export async function runQueuingTransaction<T>(
  db: DatabasePort,
  now: Date,
  queued: string[],
  retry: RetryOptions | undefined,
  fn: (tx: TransactionPort, queue: Queue) => Promise<T>,
): Promise<T> {
  const queuedHere: string[] = []
  const result = await runTransactionWithRetry(
    db,
    async (tx) => {
      queuedHere.length = 0
      return fn(tx, async (m) => {
        if ((await queueMessage(tx, m, now)) === 'queued') queuedHere.push(messageId(m.event, m.recipient, m.template))
      })
    },
    retry,
  )
  queued.push(...queuedHere)
  return result
}
