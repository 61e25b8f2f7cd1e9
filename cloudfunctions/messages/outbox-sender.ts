/**
 * Sends what the outbox holds. Each message is claimed with a lease in a transaction,
 * which also takes one unit of the recipient's quota for its template (once, however
 * often the message is retried); then it is sent, and the result is recorded only by
 * the claim that sent it. A sender that dies between claim and send leaves the message
 * `sending`: when the lease runs out the next run claims and sends it, once.
 * - 43101 (no quota with WeChat): `in_app_only`, not retried; the box still shows it.
 * - a refusal that will not change (bad openid, template or data; the call not granted
 *   to the function, -604101, until a deploy grants it): `failed` at once.
 * - anything else: retried with backoff, at most MAX_ATTEMPTS times, then `failed`.
 */
import { randomBytes } from 'node:crypto'
import type { TemplateKey } from '../../domain/messages/templates'
import type { OutboxRecord } from './outbox'
import type { DatabasePort, OpenApiPort } from '../kernel/port'
import { runTransactionWithRetry } from '../kernel/transaction'
import { OPENAPI_NOT_GRANTED } from '../kernel/openapi-calls'
import { asOutbox, asOutboxList, asSubscription, subscriptionId } from './outbox'

export const MAX_ATTEMPTS = 5
export const LEASE_MS = 60_000
const BACKOFF_BASE_MS = 30_000
const PERMANENT = new Set([40003, 40037, 41030, 47003])

export interface SenderOptions {
  now: Date
  /** how long this run may take (real time), well inside the function's timeout */
  budgetMs: number
  templateIds: Record<TemplateKey, string>
  miniprogramState?: 'developer' | 'trial' | 'formal'
  batch?: number
  /** only these messages (just queued by a change), instead of whatever is due */
  ids?: readonly string[]
  /** tests: runs between claim and send, as a crash would strike */
  afterClaim?: (m: OutboxRecord) => void
}

export interface DrainResult {
  sent: number
  inAppOnly: number
  failed: number
  retrying: number
}

type Claimed = { m: OutboxRecord; claim: string } | { done: 'in_app_only' } | null

async function claim(db: DatabasePort, id: string, now: Date): Promise<Claimed> {
  return runTransactionWithRetry(db, async (tx) => {
    const ref = tx.collection('outbox').doc(id)
    const m = asOutbox((await ref.get()).data)
    if (!m) return null
    const free = m.status === 'queued' || (m.status === 'sending' && m.leaseUntil !== null && m.leaseUntil <= now)
    if (!free || m.nextAttemptAt > now) return null
    let quotaSpent = m.quotaSpent
    if (!quotaSpent) {
      const subRef = tx.collection('subscriptions').doc(subscriptionId(m.recipient, m.template))
      const sub = asSubscription((await subRef.get()).data)
      if (!sub || sub.count < 1) {
        await ref.update({ data: { status: 'in_app_only', leaseUntil: null, claim: null } })
        return { done: 'in_app_only' as const }
      }
      await subRef.update({ data: { count: sub.count - 1 } })
      quotaSpent = true
    }
    const token = randomBytes(8).toString('hex')
    const leaseUntil = new Date(now.getTime() + LEASE_MS)
    const attempts = m.attempts + 1
    await ref.update({ data: { status: 'sending', claim: token, leaseUntil, nextAttemptAt: leaseUntil, attempts, quotaSpent } })
    return { m: { ...m, status: 'sending', claim: token, leaseUntil, attempts, quotaSpent }, claim: token }
  })
}

/** Records the outcome, if the claim is still this sender's. */
async function settle(db: DatabasePort, id: string, token: string, patch: Partial<OutboxRecord>): Promise<boolean> {
  return runTransactionWithRetry(db, async (tx) => {
    const ref = tx.collection('outbox').doc(id)
    const m = asOutbox((await ref.get()).data)
    if (!m || m.claim !== token) return false
    await ref.update({ data: { ...patch, claim: null, leaseUntil: null } })
    return true
  })
}

function outcome(err: unknown, m: OutboxRecord, now: Date): Partial<OutboxRecord> {
  const code = (err as { errCode?: number }).errCode ?? -1
  const lastError = `${code} ${String((err as { errMsg?: string }).errMsg ?? err).slice(0, 200)}`
  if (code === 43101) return { status: 'in_app_only', lastError }
  if (code === OPENAPI_NOT_GRANTED) return { status: 'failed', lastError: `云调用未授权（${code}）：云函数的 config.json 需授权 subscribeMessage.send 并重新部署` }
  if (PERMANENT.has(code) || m.attempts >= MAX_ATTEMPTS) return { status: 'failed', lastError }
  return { status: 'queued', lastError, nextAttemptAt: new Date(now.getTime() + BACKOFF_BASE_MS * 2 ** (m.attempts - 1)) }
}

export async function drainOutbox(db: DatabasePort, openapi: OpenApiPort, options: SenderOptions): Promise<DrainResult> {
  const { now, budgetMs, batch = 20 } = options
  const _ = db.command
  const deadline = Date.now() + budgetMs
  const result: DrainResult = { sent: 0, inAppOnly: 0, failed: 0, retrying: 0 }
  for (;;) {
    const due = options.ids
      ? options.ids.map((_id) => ({ _id }))
      : asOutboxList(
          (
            await db
              .collection('outbox')
              .where({ status: _.in(['queued', 'sending']), nextAttemptAt: _.lte(now) })
              .orderBy('nextAttemptAt', 'asc')
              .limit(batch)
              .get()
          ).data,
        )
    let progressed = false
    for (const { _id } of due) {
      if (Date.now() >= deadline) return result
      const claimed = await claim(db, _id, now)
      if (!claimed) continue
      progressed = true
      if ('done' in claimed) {
        result.inAppOnly++
        continue
      }
      const { m, claim: token } = claimed
      options.afterClaim?.(m)
      let patch: Partial<OutboxRecord>
      try {
        await openapi.subscribeMessage.send({
          touser: m.recipient,
          templateId: options.templateIds[m.template],
          page: m.page,
          data: m.data,
          miniprogramState: options.miniprogramState ?? 'formal',
          lang: 'zh_CN',
        })
        patch = { status: 'sent', sentAt: now, lastError: null }
      } catch (err) {
        patch = outcome(err, m, now)
      }
      if (!(await settle(db, _id, token, patch))) continue
      if (patch.status === 'sent') result.sent++
      else if (patch.status === 'in_app_only') result.inAppOnly++
      else if (patch.status === 'failed') result.failed++
      else result.retrying++
    }
    if (options.ids || due.length < batch || !progressed) return result
  }
}
