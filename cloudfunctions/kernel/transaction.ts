import type { DatabasePort, TransactionPort } from './port'
import { AppError } from './respond'
import { FUNCTION_TIMEOUTS_S, WORK_SHARE } from './timeouts'

/**
 * The one answer CloudBase's client treats as a write conflict: @cloudbase/database's
 * runTransaction retries it (3 times by default) and then rejects with the server's raw
 * `{ code, message }` — a string code and no errCode. Every other failure, including
 * wx-server-sdk's catch-all -501001, is not a conflict and is not retried.
 */
export const TRANSACTION_CONFLICT = 'DATABASE_TRANSACTION_CONFLICT'

export function isWriteConflict(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === TRANSACTION_CONFLICT
}

export interface RetryOptions {
  /** How long retries may go on, well inside the function's timeout (see timeouts.ts). */
  budgetMs?: number
  baseDelayMs?: number
  maxDelayMs?: number
}

/** The work share of the shortest timeout: a call that retries still answers in time. */
export const DEFAULT_RETRY_BUDGET_MS = Math.min(...Object.values(FUNCTION_TIMEOUTS_S)) * 1000 * WORK_SHARE

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Runs a transaction, retrying write conflicts after a "full jitter" backoff until the
 * time budget is spent; then the caller is told to try again later. The SDK's own
 * retries are turned off (`times` 0): they follow a conflict at once, so contending
 * callers collide again and again.
 */
export async function runTransactionWithRetry<T>(
  db: DatabasePort,
  fn: (tx: TransactionPort) => Promise<T>,
  { budgetMs = DEFAULT_RETRY_BUDGET_MS, baseDelayMs = 4, maxDelayMs = 1000 }: RetryOptions = {},
): Promise<T> {
  const deadline = Date.now() + budgetMs
  for (let attempt = 1; ; attempt++) {
    const started = Date.now()
    try {
      return await db.runTransaction(fn, 0)
    } catch (err) {
      if (!isWriteConflict(err)) throw err
      // The attempt's own length measures the crowd: the more callers contend, the longer
      // a transaction takes and the wider the next attempts must spread to stop colliding.
      const took = Date.now() - started
      const delay = Math.random() * Math.min(maxDelayMs, Math.max(baseDelayMs, took) * 2 ** attempt)
      if (Date.now() + delay >= deadline) throw new AppError('CONFLICT', '同时办理的人较多，请稍后再试')
      await sleep(delay)
    }
  }
}
