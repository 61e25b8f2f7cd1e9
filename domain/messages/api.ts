/** The 消息 box and the outbox as admins see it: the notifications part of the contract. */
import type { OutboxStatusName, TemplateKey } from './templates'

export interface MessageView {
  id: string
  template: TemplateKey
  title: string
  body: string
  /** the page it opens, e.g. a matter's detail */
  page: string
  createdAt: string
  read: boolean
}

export interface MessagePage {
  items: MessageView[]
  nextCursor: string | null
  unread: number
}

/** The 消息 box and subscription choices, the same in both functions. */
export interface MessageResponses {
  'subscriptions.record': { counts: Partial<Record<TemplateKey, number>> }
  'messages.list': MessagePage
  'messages.markRead': { unread: number }
}

/** A message to WeChat as admins see it (its fields are not shown: they may hold personal data). */
export interface OutboxView {
  id: string
  recipient: string
  template: TemplateKey
  page: string
  status: OutboxStatusName
  attempts: number
  lastError: string | null
  createdAt: string
  sentAt: string | null
}

export interface OutboxPage {
  items: OutboxView[]
  nextCursor: string | null
}

export interface MessageStaffResponses extends MessageResponses {
  'outbox.list': OutboxPage
  'outbox.retry': OutboxView
}
