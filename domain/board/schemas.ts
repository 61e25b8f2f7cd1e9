/** 大家说的事: the board residents read and leave, and its moderation by leaders. */
import * as z from 'zod/mini'
import { REVIEW_REASON_MAX, REVIEW_REASON_MIN } from './board'
import { timeCursor } from '../kernel/cursors'
import { docId, type EventOf, pageLimit, pointCode, strict } from '../kernel/fields'
import { text } from '../kernel/validation'

export const boardResidentEventSchemas = {
  'board.list': strict({ action: z.literal('board.list'), pointCode, cursor: timeCursor }),
  /** the resident takes their own matter off the board (or out of review) */
  'board.withdraw': strict({ action: z.literal('board.withdraw'), id: docId }),
} as const

export type BoardResidentAction = keyof typeof boardResidentEventSchemas
export type BoardResidentEvent<A extends BoardResidentAction> = EventOf<typeof boardResidentEventSchemas, A>

export const boardStaffEventSchemas = {
  'board.pending': strict({ action: z.literal('board.pending'), cursor: timeCursor, limit: pageLimit }),
  /** 通过, or 不公开 with a reason the resident reads */
  'board.review': z
    .strictObject(
      {
        action: z.literal('board.review'),
        id: docId,
        approve: z.boolean({ error: '请选择通过或不公开' }),
        reason: z.optional(text({ label: '不公开的原因', min: REVIEW_REASON_MIN, max: REVIEW_REASON_MAX })),
      },
      { error: '请求含有无法识别的内容' },
    )
    .check(z.refine((e) => e.approve || Boolean(e.reason), { message: '不公开时请写明原因，居民会看到', path: ['reason'] })),
  'board.withdraw': strict({ action: z.literal('board.withdraw'), id: docId }),
} as const

export type BoardStaffAction = keyof typeof boardStaffEventSchemas
export type BoardStaffEvent<A extends BoardStaffAction> = EventOf<typeof boardStaffEventSchemas, A>
