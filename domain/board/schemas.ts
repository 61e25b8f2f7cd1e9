/** The staff events of 大家说的事 moderation (the resident's are in schemas.ts beside board.list). */
import * as z from 'zod/mini'
import { REVIEW_REASON_MAX, REVIEW_REASON_MIN } from './board'
import { timeCursor } from '../kernel/cursors'
import { docId, pageLimit, strict } from '../matters/schemas'
import { text } from '../kernel/validation'

export const boardEventSchemas = {
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
