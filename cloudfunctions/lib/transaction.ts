import type { DatabasePort, TransactionPort } from './port'

/** wx-server-sdk reports a transaction write conflict (and a unique-index clash) as -501001. */
export const WRITE_CONFLICT = -501001

export function isWriteConflict(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { errCode?: unknown }).errCode === WRITE_CONFLICT
}

export interface RetryOptions {
  attempts?: number
  baseDelayMs?: number
  maxDelayMs?: number
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Runs a transaction, retrying write conflicts with "full jitter" backoff: the SDK does
 * not retry them, and contending callers that all wait the same time collide again.
 */
export async function runTransactionWithRetry<T>(
  db: DatabasePort,
  fn: (tx: TransactionPort) => Promise<T>,
  { attempts = 40, baseDelayMs = 4, maxDelayMs = 250 }: RetryOptions = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.runTransaction(fn)
    } catch (err) {
      if (!isWriteConflict(err) || attempt >= attempts) throw err
      const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** attempt)
      await sleep(Math.random() * ceiling)
    }
  }
}
