/**
 * Per-openid rate limits, one mechanism for all: a `ratelimits` document per (what, who)
 * holding the times of recent attempts, read and written inside the caller's
 * transaction so parallel attempts cannot slip past the count.
 */
import type { DatabasePort, DocumentPort, TransactionPort } from './port'
import { AppError } from './respond'
import { asRateLimit } from './reads'

export interface RateRule {
  /** e.g. `submit-<openid>` */
  key: string
  limit: number
  windowMs: number
  /** the Chinese message a refused caller reads */
  message: string
}

/**
 * Throws RATE_LIMITED when `limit` attempts already fall within the window; otherwise
 * gives `record()`, which counts this attempt (call it inside the same transaction).
 */
export async function checkRate(tx: TransactionPort, rule: RateRule, now: Date): Promise<{ record: () => Promise<unknown> }> {
  const ref = tx.collection('ratelimits').doc(rule.key)
  const recent = await recentAttempts(ref, rule, now)
  return { record: () => ref.set({ data: { stamps: [...recent, now.getTime()] } }) }
}

/**
 * The same count read outside a transaction, recording nothing: an early refusal before
 * something that cannot be undone (a claimed number). The transaction counts again.
 */
export async function assertRateAllows(db: DatabasePort, rule: RateRule, now: Date): Promise<void> {
  await recentAttempts(db.collection('ratelimits').doc(rule.key), rule, now)
}

async function recentAttempts(ref: Pick<DocumentPort, 'get'>, rule: RateRule, now: Date): Promise<number[]> {
  const current = asRateLimit((await ref.get()).data)
  const recent = (current?.stamps ?? []).filter((t) => now.getTime() - t < rule.windowMs)
  if (recent.length >= rule.limit) throw new AppError('RATE_LIMITED', rule.message)
  return recent
}
