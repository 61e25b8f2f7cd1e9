/** The 消息 box and subscription choices (the same in both functions), and the outbox as admins see it. */
import * as z from 'zod/mini'
import { offsetCursor } from '../kernel/cursors'
import { docId, type EventOf, pageLimit, strict } from '../kernel/fields'
import { OUTBOX_STATUSES, RESIDENT_TEMPLATES, STAFF_TEMPLATES, type TemplateKey } from './templates'

export const SUBSCRIBE_RESULTS = ['accept', 'reject', 'ban', 'filter'] as const
export type SubscribeResult = (typeof SUBSCRIBE_RESULTS)[number]

/** WeChat asks for at most 3 templates in one requestSubscribeMessage. */
export const MAX_TEMPLATES_PER_REQUEST = 3

function messageEventSchemas<K extends TemplateKey>(templates: readonly [K, ...K[]]) {
  return {
    'subscriptions.record': strict({
      action: z.literal('subscriptions.record'),
      results: z
        .partialRecord(z.enum(templates, { error: '未知的消息模板' }), z.enum(SUBSCRIBE_RESULTS, { error: '未知的订阅结果' }))
        .check(
          z.refine((r) => Object.keys(r).length >= 1, '缺少订阅结果'),
          z.refine((r) => Object.keys(r).length <= MAX_TEMPLATES_PER_REQUEST, `一次最多 ${MAX_TEMPLATES_PER_REQUEST} 个模板`),
        ),
    }),
    'messages.list': strict({ action: z.literal('messages.list'), cursor: offsetCursor, limit: pageLimit }),
    'messages.markRead': strict({
      action: z.literal('messages.markRead'),
      ids: z.optional(z.array(docId).check(z.minLength(1, '请选择消息'), z.maxLength(50, '一次最多 50 条'))),
      all: z.optional(z.literal(true)),
    }).check(z.refine((e) => Boolean(e.ids) !== Boolean(e.all), '请给出要标为已读的消息，或选择全部')),
  }
}

export const messageResidentEventSchemas = messageEventSchemas(RESIDENT_TEMPLATES)

export type MessageResidentAction = keyof typeof messageResidentEventSchemas
export type MessageResidentEvent<A extends MessageResidentAction> = EventOf<typeof messageResidentEventSchemas, A>

export const messageStaffEventSchemas = {
  ...messageEventSchemas(STAFF_TEMPLATES),
  'outbox.list': strict({
    action: z.literal('outbox.list'),
    status: z.enum(OUTBOX_STATUSES, { error: '未知的状态' }),
    cursor: offsetCursor,
    limit: pageLimit,
  }),
  'outbox.retry': strict({ action: z.literal('outbox.retry'), id: docId }),
}

export type MessageStaffAction = keyof typeof messageStaffEventSchemas
export type MessageStaffEvent<A extends MessageStaffAction> = EventOf<typeof messageStaffEventSchemas, A>
