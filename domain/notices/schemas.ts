/** The events of 公开、集中反馈 (公告), assembled in domain/contract.ts. */
import * as z from 'zod/mini'
import { offsetCursor } from '../kernel/cursors'
import { docId, type EventOf, pageLimit, pointCode, requestId, strict } from '../kernel/fields'
import { text } from '../kernel/validation'
import { MAX_LINKED } from './notices'

const itemIds = z
  .array(docId, { error: '请选择公告答复的事项' })
  .check(
    z.minLength(1, '请至少选择一件公告答复的事项'),
    z.maxLength(MAX_LINKED, `一份公告最多关联 ${MAX_LINKED} 件事项`),
    z.refine((ids) => new Set(ids).size === ids.length, '同一件事项选了两次'),
  )

export const noticeStaffEventSchemas = {
  /** a new draft (no `id`; `requestId` makes a resent request write one draft), or a draft or withdrawn notice edited */
  'notices.save': strict({
    action: z.literal('notices.save'),
    pointCode,
    id: z.optional(docId),
    requestId: z.optional(requestId),
    title: text({ label: '标题', min: 4, max: 30 }),
    raised: text({ label: '群众反映', min: 4, max: 500 }),
    done: text({ label: '已经做了', min: 4, max: 500 }),
    next: text({ label: '下一步', min: 2, max: 500 }),
    itemIds,
  }),
  'notices.publish': strict({ action: z.literal('notices.publish'), id: docId }),
  'notices.withdraw': strict({ action: z.literal('notices.withdraw'), id: docId }),
  'notices.list': strict({ action: z.literal('notices.list'), pointCode, cursor: offsetCursor, limit: pageLimit }),
  'notices.get': strict({ action: z.literal('notices.get'), id: docId }),
  /** the point's matters to pick from, newest first */
  'notices.matters': strict({ action: z.literal('notices.matters'), pointCode, cursor: offsetCursor, limit: pageLimit }),
  /** the published notices answering a matter (the staff item page) */
  'notices.ofItem': strict({ action: z.literal('notices.ofItem'), itemId: docId }),
} as const

export const noticeResidentEventSchemas = {
  'notices.ofPoint': strict({ action: z.literal('notices.ofPoint'), pointCode, cursor: offsetCursor, limit: pageLimit }),
  'notices.get': strict({ action: z.literal('notices.get'), id: docId }),
  /** the published notices answering one of the resident's own matters */
  'notices.ofItem': strict({ action: z.literal('notices.ofItem'), itemId: docId }),
} as const

export type NoticeStaffAction = keyof typeof noticeStaffEventSchemas
export type NoticeStaffEvent<A extends NoticeStaffAction> = EventOf<typeof noticeStaffEventSchemas, A>
export type NoticeResidentAction = keyof typeof noticeResidentEventSchemas
export type NoticeResidentEvent<A extends NoticeResidentAction> = EventOf<typeof noticeResidentEventSchemas, A>
