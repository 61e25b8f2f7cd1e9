/** 回访 of a matter registered for a resident without WeChat: the cadre records the rating they gave. */
import * as z from 'zod/mini'
import { RATING_LEVELS } from './handling'
import { chinaDate, docId, OPINION_MAX } from './schemas'
import { text } from '../kernel/validation'

export const ratingRecordSchemas = {
  'item.recordRating': z
    .strictObject(
      {
        action: z.literal('item.recordRating'),
        id: docId,
        level: z.enum(RATING_LEVELS, { error: '请选择居民的满意程度' }),
        solved: z.boolean({ error: '请选择问题是否解决' }),
        /** the day of the 回访, China calendar; not before the reply, not after today */
        visitedAt: chinaDate,
        /** what the resident said, in the cadre's words */
        note: z.optional(text({ label: '居民的意见', min: 0, max: OPINION_MAX })),
      },
      { error: '请求含有无法识别的内容' },
    )
    .check(
      z.refine((e) => e.level !== 'unsatisfied' || Boolean(e.note), {
        message: '居民不满意时，请写下居民的意见',
        path: ['note'],
      }),
    ),
} as const
