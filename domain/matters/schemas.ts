import { CATEGORIES } from './categories'
import { offsetCursor, timeCursor } from '../kernel/cursors'
import { RATING_LEVELS } from './handling'
import { MAX_PREFERRED_DATES, VISIT_TIMES } from '../booking/home-visits'
import * as z from 'zod/mini'
import { RESIDENT_TEMPLATES, type TemplateKey } from '../messages/templates'
import { text } from '../kernel/validation'

export const MAX_PHOTOS = 3
export const CONTENT_MIN = 10
export const CONTENT_MAX = 1000
export const SUPPLEMENT_MIN = 2
export const SUPPLEMENT_MAX = 500
export const OPINION_MAX = 500

/** Mainland China mobile numbers: 11 digits starting 13–19. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/

const REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/
const POINT_CODE = /^[A-Za-z0-9_-]{1,32}$/
const DOC_ID = /^[A-Za-z0-9_-]{1,64}$/
/** A CloudBase storage file id; the local cloud uses the same form. */
const FILE_ID = /^cloud:\/\/[A-Za-z0-9._-]+\/[A-Za-z0-9._\-/]{1,200}$/

export const contactSchema = z.strictObject(
  {
    name: text({ label: '姓名', min: 1, max: 20 }),
    phone: z.string({ error: '请填写手机号' }).check(
      z.trim(),
      z.regex(MOBILE_PATTERN, '请填写正确的 11 位手机号'),
    ),
    address: text({ label: '家庭住址', min: 2, max: 100 }),
    workUnit: z.optional(text({ label: '工作单位', min: 0, max: 50 })),
  },
  { error: '联系信息含有无法识别的内容' },
)

export const categorySchema = z.enum(CATEGORIES, { error: '请选择诉求类别' })

export const photosSchema = z.array(z.string().check(z.regex(FILE_ID, '照片无效，请重新上传')), {
  error: '照片无效，请重新上传',
}).check(z.maxLength(MAX_PHOTOS, `最多上传 ${MAX_PHOTOS} 张照片`))

/** What the resident fills in; the form validates with exactly this. */
export const itemDraftSchema = z.strictObject({
  category: categorySchema,
  content: text({ label: '诉求内容', min: CONTENT_MIN, max: CONTENT_MAX }),
  contact: contactSchema,
  photos: z.optional(photosSchema),
})

/** An event: unknown fields are refused, so nothing unexpected reaches the database. */
export const strict = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.strictObject(shape, { error: '请求含有无法识别的内容' })

export const requestId = z.string({ error: '缺少请求编号' }).check(z.regex(REQUEST_ID, '请求编号无效'))
/** Read as printed on a poster or typed by hand: `XD 01` is `xd01`. */
export const pointCode = z
  .string({ error: '缺少说事点编号' })
  .check(z.overwrite((s) => s.replace(/\s+/g, '').toLowerCase()), z.regex(POINT_CODE, '说事点编号无效'))
/** A WeChat openid as the functions see it (and the local cloud's demo ids). */
export const OPENID = /^[A-Za-z0-9_-]{1,64}$/

export const docId = z.string({ error: '缺少编号' }).check(z.regex(DOC_ID, '编号无效'))
/** A calendar date in China, YYYY-MM-DD, that exists, between 2020 and 2099. */
export const chinaDate = z.string({ error: '请选择日期' }).check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, '请选择日期'),
  z.refine((s) => {
    const d = new Date(`${s}T00:00:00Z`)
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
  }, '日期不存在'),
  z.refine((s) => s >= '2020-01-01' && s <= '2099-12-31', '日期超出范围'),
)

export const pageLimit = z.optional(
  z.number({ error: '每页条数应为数字' }).check(
    z.int('每页条数应为整数'),
    z.minimum(1, '每页至少 1 条'),
    z.maximum(50, '每页最多 50 条'),
  ),
)

/** The in-app 消息 box and recording subscription choices, the same in both functions. */
export const SUBSCRIBE_RESULTS = ['accept', 'reject', 'ban', 'filter'] as const
export type SubscribeResult = (typeof SUBSCRIBE_RESULTS)[number]

/** WeChat asks for at most 3 templates in one requestSubscribeMessage. */
export const MAX_TEMPLATES_PER_REQUEST = 3

export function messageEventSchemas<K extends TemplateKey>(templates: readonly [K, ...K[]]) {
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

export const residentEventSchemas = {
  'points.list': strict({ action: z.literal('points.list') }),
  'points.get': strict({ action: z.literal('points.get'), code: pointCode }),
  'item.submit': strict({
    action: z.literal('item.submit'),
    requestId,
    pointCode,
    ...itemDraftSchema.shape,
  }),
  'item.listMine': strict({
    action: z.literal('item.listMine'),
    cursor: timeCursor,
    limit: pageLimit,
  }),
  'item.get': strict({ action: z.literal('item.get'), id: docId }),
  'item.withdraw': strict({ action: z.literal('item.withdraw'), id: docId }),
  'item.supplement': z.strictObject(
    {
      action: z.literal('item.supplement'),
      id: docId,
      /** one per draft: a retry after a lost reply adds nothing twice (the app always sends it) */
      requestId: z.optional(requestId),
      content: z.optional(text({ label: '补充内容', min: SUPPLEMENT_MIN, max: SUPPLEMENT_MAX })),
      photos: z.optional(photosSchema),
    },
    { error: '请求含有无法识别的内容' },
  ).check(z.refine((e) => Boolean(e.content) || Boolean(e.photos?.length), '请填写补充内容或添加照片')),
  'upload.folder': strict({ action: z.literal('upload.folder') }),
  'item.rate': z.strictObject(
    {
      action: z.literal('item.rate'),
      id: docId,
      level: z.enum(RATING_LEVELS, { error: '请选择满意程度' }),
      solved: z.boolean({ error: '请选择问题是否解决' }),
      opinion: z.optional(text({ label: '意见', min: 0, max: OPINION_MAX })),
      /** the resident agrees to show the answered matter, anonymised, on the point's board */
      public: z.optional(z.boolean({ error: '请选择是否公开' })),
    },
    { error: '请求含有无法识别的内容' },
  ).check(
    z.refine((e) => e.level !== 'unsatisfied' || Boolean(e.opinion), {
      message: '选择“不满意”时请写下您的意见',
      path: ['opinion'],
    }),
  ),
  ...messageEventSchemas(RESIDENT_TEMPLATES),
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
  // 大家说的事 (domain/board/api.ts); here, not in a file of its own: that file would import this one
  'board.list': strict({ action: z.literal('board.list'), pointCode, cursor: timeCursor }),
  /** the resident takes their own matter off the board (or out of review) */
  'board.withdraw': strict({ action: z.literal('board.withdraw'), id: docId }),
} as const

export type ResidentAction = keyof typeof residentEventSchemas
export type ResidentEvent<A extends ResidentAction> = z.infer<(typeof residentEventSchemas)[A]>
export type ItemDraft = z.infer<typeof itemDraftSchema>
export type Contact = z.infer<typeof contactSchema>
