/** 约访 and 上门走访: what a resident books or asks for, and what the desk and the point's cadres do with it. */
import * as z from 'zod/mini'
import { CATEGORIES } from '../matters/categories'
import { offsetCursor } from '../kernel/cursors'
import { homeVisitDiarySchema } from '../diary/schemas'
import { chinaDate, DOC_ID, docId, type EventOf, pageLimit, pointCode, requestId, strict } from '../kernel/fields'
import { HOME_VISIT_STATUSES, MAX_PREFERRED_DATES, VISIT_TIMES } from './home-visits'
import { answerOnSpotSchema, contactSchema, itemDraftSchema } from '../matters/schemas'
import { text } from '../kernel/validation'

/** 上门走访: 1–3 days that suit the resident, and 上午 / 下午 / 都可以. */
export const homeVisitPreferred = strict({
  dates: z
    .array(chinaDate, { error: '请选择方便的日期' })
    .check(
      z.minLength(1, '请至少选一个方便的日期'),
      z.maxLength(MAX_PREFERRED_DATES, `最多选 ${MAX_PREFERRED_DATES} 个日期`),
      z.refine((ds) => new Set(ds).size === ds.length, '同一天选了两次'),
    ),
  time: z.enum(VISIT_TIMES, { error: '请选择上午还是下午' }),
})

export const bookingResidentEventSchemas = {
  'slots.list': strict({
    action: z.literal('slots.list'),
    pointCode,
    from: z.optional(chinaDate),
    days: z.optional(z.number().check(z.int('天数应为整数'), z.minimum(1, '至少 1 天'), z.maximum(31, '最多 31 天'))),
  }),
  'booking.create': strict({
    action: z.literal('booking.create'),
    requestId,
    slotId: z.string({ error: '请选择时段' }).check(z.regex(DOC_ID, '没有这个时段，请重新选择')),
    category: z.enum(CATEGORIES, { error: '请选择类别' }),
    topic: text({ label: '想说的事', min: 2, max: 100 }),
    contact: contactSchema,
  }),
  'booking.cancel': strict({ action: z.literal('booking.cancel'), id: docId, reason: z.optional(text({ label: '取消原因', min: 0, max: 100 })) }),
  'booking.listMine': strict({ action: z.literal('booking.listMine'), cursor: offsetCursor, limit: pageLimit }),
  'homeVisit.request': strict({
    action: z.literal('homeVisit.request'),
    requestId,
    pointCode,
    address: text({ label: '上门地址', min: 4, max: 100 }),
    topic: text({ label: '想说的事', min: 2, max: 200 }),
    preferred: homeVisitPreferred,
    contact: strict({ name: contactSchema.shape.name, phone: contactSchema.shape.phone }),
  }),
  'homeVisit.listMine': strict({ action: z.literal('homeVisit.listMine'), cursor: offsetCursor, limit: pageLimit }),
  'homeVisit.cancel': strict({ action: z.literal('homeVisit.cancel'), id: docId }),
} as const

export type BookingResidentAction = keyof typeof bookingResidentEventSchemas
export type BookingResidentEvent<A extends BookingResidentAction> = EventOf<typeof bookingResidentEventSchemas, A>

export const bookingStaffEventSchemas = {
  'desk.today': strict({ action: z.literal('desk.today'), pointCode: z.optional(pointCode), date: z.optional(chinaDate) }),
  'booking.checkIn': strict({ action: z.literal('booking.checkIn'), id: docId }),
  'booking.noShow': strict({ action: z.literal('booking.noShow'), id: docId }),
  'booking.cancelByStaff': strict({ action: z.literal('booking.cancelByStaff'), id: docId, reason: text({ label: '取消原因', min: 2, max: 100 }) }),
  'booking.toItem': strict({
    action: z.literal('booking.toItem'),
    id: docId,
    requestId: z.optional(requestId),
    category: itemDraftSchema.shape.category,
    content: itemDraftSchema.shape.content,
    answerOnSpot: z.optional(answerOnSpotSchema),
  }),
  'homeVisit.list': strict({
    action: z.literal('homeVisit.list'),
    pointCode: z.optional(pointCode),
    status: z.optional(z.enum(HOME_VISIT_STATUSES, { error: '未知的状态' })),
    cursor: offsetCursor,
    limit: pageLimit,
  }),
  'homeVisit.schedule': strict({ action: z.literal('homeVisit.schedule'), id: docId, date: chinaDate, time: z.string({ error: '请选择上门时间' }).check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, '请选择上门时间')) }),
  /** 已上门: the cadre who went (or a leader of the point) records the visit, with its 民情日记 entry if written */
  'homeVisit.done': strict({ action: z.literal('homeVisit.done'), id: docId, requestId, diary: z.optional(homeVisitDiarySchema) }),
} as const

export type BookingStaffAction = keyof typeof bookingStaffEventSchemas
export type BookingStaffEvent<A extends BookingStaffAction> = EventOf<typeof bookingStaffEventSchemas, A>
