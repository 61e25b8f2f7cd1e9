/**
 * The in-app 消息 box (every message lands here, quota or not) and the record of what a
 * user allowed in `requestSubscribeMessage`: each 'accept' allows one message of that
 * template; 'reject', 'ban' and 'filter' allow none.
 */
import type { MessagePage, MessageView } from '../../domain/messages/api'
import type { SubscribeResult } from '../../domain/messages/schemas'
import type { TemplateKey } from '../../domain/messages/templates'
import { toChinaIso } from '../../domain/kernel/time'
import type { MessageRecord } from './outbox'
import { asSubscription, subscriptionId } from './outbox'
import { readPage } from '../kernel/paging'
import type { DatabasePort } from '../kernel/port'
import { runTransactionWithRetry } from '../kernel/transaction'
import { whereOf } from '../kernel/access'
import { messageBoxScope } from '../../domain/messages/policy'
import { asMessages } from './outbox'

const DEFAULT_PAGE = 20
/** Allowances kept per user and template: more are never needed, and it bounds a loop of taps. */
const MAX_ALLOWANCE = 50

function toView(m: MessageRecord): MessageView {
  return { id: m._id, template: m.template, title: m.title, body: m.body, page: m.page, createdAt: toChinaIso(m.createdAt), read: m.readAt !== null }
}

/** Whose box: a cadre who also raised a matter has two, the resident's and the staff one. */
export type Box = readonly TemplateKey[]

/** The caller's own messages in this box (domain/messages/policy.ts). */
const boxOf = (db: DatabasePort, openid: string, box: Box) => whereOf(db, messageBoxScope({ openid }, box))

async function unreadOf(db: DatabasePort, openid: string, box: Box): Promise<number> {
  return (await db.collection('messages').where({ ...boxOf(db, openid, box), readAt: null }).count()).total
}

export async function listMessages(db: DatabasePort, openid: string, box: Box, input: { cursor?: string; limit?: number }): Promise<MessagePage> {
  const [page, unread] = await Promise.all([
    readPage(db.collection('messages').where(boxOf(db, openid, box)).orderBy('createdAt', 'desc'), input, DEFAULT_PAGE, asMessages),
    unreadOf(db, openid, box),
  ])
  return { items: page.rows.map(toView), nextCursor: page.nextCursor, unread }
}

export async function markRead(db: DatabasePort, openid: string, box: Box, input: { ids?: string[]; all?: true }, now: Date): Promise<{ unread: number }> {
  const _ = db.command
  // only the caller's own messages in this box: someone else's id simply matches nothing
  const mine = { ...boxOf(db, openid, box), readAt: null }
  const which = input.all ? mine : { ...mine, _id: _.in(input.ids ?? []) }
  await db.collection('messages').where(which).update({ data: { readAt: now } })
  return { unread: await unreadOf(db, openid, box) }
}

export async function recordSubscriptions(
  db: DatabasePort,
  openid: string,
  results: Partial<Record<TemplateKey, SubscribeResult>>,
  now: Date,
): Promise<{ counts: Partial<Record<TemplateKey, number>> }> {
  const counts: Partial<Record<TemplateKey, number>> = {}
  for (const [template, result] of Object.entries(results) as [TemplateKey, SubscribeResult][]) {
    counts[template] = await runTransactionWithRetry(db, async (tx) => {
      const ref = tx.collection('subscriptions').doc(subscriptionId(openid, template))
      const current = asSubscription((await ref.get()).data)
      const count = Math.min(MAX_ALLOWANCE, (current?.count ?? 0) + (result === 'accept' ? 1 : 0))
      await ref.set({ data: { openid, template, count, lastResult: result, updatedAt: now } })
      return count
    })
  }
  return { counts }
}
