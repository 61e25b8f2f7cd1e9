/**
 * The bridge between changes and messages: what a change tells whom is queued in the
 * change's own transaction (domain/messages/notices.ts, messages/outbox.ts), and sent right after the
 * call, so a reply reaches the resident within seconds; the scheduler's timer catches
 * whatever this misses.
 */
import { noticesFor, type NoticeItem } from '../../domain/messages/notices'
import { messageId, queueMessage } from './outbox'
import { drainOutbox } from './outbox-sender'
import type { CloudPort, DatabasePort, TransactionPort } from '../kernel/port'
import { templateIdsFor } from './template-ids'
import { asStaffList } from '../kernel/reads'

/** How long a call may spend sending what it queued, after its own work. */
export const SEND_AFTER_CHANGE_MS = 1_500

/** Queues inside `tx` what the change from `before` to `after` tells whom; adds the ids to `queued`. */
export async function queueNotices(
  tx: TransactionPort,
  before: NoticeItem | null,
  after: NoticeItem,
  leaders: readonly string[],
  now: Date,
  queued: string[],
): Promise<void> {
  for (const n of noticesFor(before, after, leaders)) {
    // before === null: the matter is made in this transaction, so nothing of it was queued before
    // only what waits to be sent goes on the call's list; in-app only needs no sending
    if ((await queueMessage(tx, n, now, { newEvent: before === null })) === 'queued') queued.push(messageId(n.event, n.recipient, n.template))
  }
}

/** The active leaders of a point (read before a transaction: queries are not allowed in one). */
export async function leadersOf(db: DatabasePort, pointCode: string): Promise<string[]> {
  const { data } = await db.collection('staff').where({ points: pointCode, roles: 'leader', active: true }).limit(100).get()
  return asStaffList(data).map((s) => s.openid)
}

/** Sends what this call queued; never fails the call (the timer retries what is left). */
export async function sendQueued(cloud: CloudPort, db: DatabasePort, queued: readonly string[], now: Date): Promise<void> {
  if (queued.length === 0) return
  const templateIds = templateIdsFor(cloud.getWXContext().ENV)
  if (!templateIds) return
  try {
    await drainOutbox(db, cloud.openapi, { now, budgetMs: SEND_AFTER_CHANGE_MS, templateIds, ids: queued })
  } catch (err) {
    console.error('[shuoshi] sending right after a change failed; the timer will retry:', (err as Error).message)
  }
}
