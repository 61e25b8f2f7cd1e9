/**
 * The transactional outbox: a message is written in the same transaction as the change
 * that causes it, under an id derived from (event, recipient, template), so a retried
 * change finds it there and queues nothing twice. The same transaction puts it in the
 * recipient's in-app 消息 box, which needs no quota, and reads the recipient's quota for
 * the template: without one the message is recorded as in-app only at once — what the
 * sender's claim would decide a moment later — so nothing is left to send.
 */
import { createHash } from 'node:crypto'
import type { Notice } from '../../domain/messages/notices'
import type { OutboxStatusName, TemplateKey } from '../../domain/messages/templates'
import type { TransactionPort } from '../kernel/port'
import { reader } from '../kernel/reads'

export type OutboxStatus = OutboxStatusName

export interface OutboxRecord {
  _id: string
  event: string
  recipient: string
  template: TemplateKey
  /** WeChat's `data`, each value already fitted to its keyword type */
  data: Record<string, { value: string }>
  /** the mini-program page the message opens */
  page: string
  status: OutboxStatus
  attempts: number
  nextAttemptAt: Date
  /** while `sending`: until when the claim holds, and whose it is */
  leaseUntil: Date | null
  claim: string | null
  /** a unit of the recipient's quota was taken for this message (never twice) */
  quotaSpent: boolean
  createdAt: Date
  sentAt: Date | null
  lastError: string | null
}

export interface MessageRecord {
  _id: string
  recipient: string
  template: TemplateKey
  title: string
  body: string
  page: string
  createdAt: Date
  readAt: Date | null
}

export interface SubscriptionRecord {
  _id: string
  openid: string
  template: TemplateKey
  /** messages this user has allowed and not yet been sent (one per accepted request) */
  count: number
}

export const subscriptionId = (openid: string, template: TemplateKey) => `${openid}:${template}`

/** A message to queue: what domain/messages/notices.ts decides a moment tells whom. */
export type NewMessage = Notice

export function messageId(event: string, recipient: string, template: TemplateKey): string {
  return createHash('sha256').update(`${event}\u0000${recipient}\u0000${template}`).digest('hex').slice(0, 32)
}

/** What queueing did: the message waits to be sent, is in the box only (no quota), or was queued before (null). */
export type Queued = 'queued' | 'in_app_only' | null

/** Queues `m` inside `tx`, unless this very message was queued before. */
export async function queueMessage(tx: TransactionPort, m: NewMessage, now: Date, { newEvent = false } = {}): Promise<Queued> {
  const id = messageId(m.event, m.recipient, m.template)
  const ref = tx.collection('outbox').doc(id)
  // an event born in this very transaction (a new matter) cannot have queued anything yet
  if (!newEvent && (await ref.get()).data) return null
  // a read, not a write: recipients' quotas never make changes conflict
  const quota = asSubscription((await tx.collection('subscriptions').doc(subscriptionId(m.recipient, m.template)).get()).data)
  const status = quota && quota.count >= 1 ? 'queued' : 'in_app_only'
  const record: Omit<OutboxRecord, '_id'> = {
    event: m.event,
    recipient: m.recipient,
    template: m.template,
    data: m.data,
    page: m.page,
    status,
    attempts: 0,
    nextAttemptAt: now,
    leaseUntil: null,
    claim: null,
    quotaSpent: false,
    createdAt: now,
    sentAt: null,
    lastError: null,
  }
  await ref.set({ data: record })
  const message: Omit<MessageRecord, '_id'> = {
    recipient: m.recipient,
    template: m.template,
    title: m.title,
    body: m.body,
    page: m.page,
    createdAt: now,
    readAt: null,
  }
  await tx.collection('messages').doc(id).set({ data: message })
  return status
}

const outbox = reader<OutboxRecord>('outbox', { recipient: 'string', template: 'string', data: 'object', status: 'string', attempts: 'number', nextAttemptAt: 'date', quotaSpent: 'boolean' })
export const asOutbox = outbox.one
export const asOutboxList = outbox.all

export const asMessages = reader<MessageRecord>('messages', { recipient: 'string', title: 'string', body: 'string', createdAt: 'date', readAt: 'date?' }).all

export const asSubscription = reader<SubscriptionRecord>('subscriptions', { openid: 'string', template: 'string', count: 'number' }).one
