/** A matter's events: what a resident fills in and does with their matter, and how staff handle it. */
import * as z from 'zod/mini'
import { CATEGORIES } from './categories'
import { offsetCursor, timeCursor } from '../kernel/cursors'
import { QUEUE_TABS, RATING_LEVELS, TIERS, TRACKS } from './handling'
import { chinaDate, docId, type EventOf, openid, pageLimit, pointCode, requestId, strict } from '../kernel/fields'
import { text } from '../kernel/validation'

export const MAX_PHOTOS = 3
export const CONTENT_MIN = 10
export const CONTENT_MAX = 1000
export const SUPPLEMENT_MIN = 2
export const SUPPLEMENT_MAX = 500
export const OPINION_MAX = 500

/** Mainland China mobile numbers: 11 digits starting 13–19. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/

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
export type Contact = z.infer<typeof contactSchema>

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
export type ItemDraft = z.infer<typeof itemDraftSchema>

const track = z.enum(TRACKS, { error: '请选择办理方式' })
const importance = z.enum(['normal', 'important'], { error: '请选择紧要程度' })
const tier = z.enum(TIERS, { error: '请选择议事层级' })
const steps = z.optional(
  z.array(text({ label: '步骤', min: 2, max: 50 })).check(z.minLength(1, '至少一个步骤'), z.maxLength(10, '最多 10 个步骤')),
)
const answer = text({ label: '答复内容', min: 2, max: 1000 })
const unit = text({ label: '办理单位', min: 2, max: 50 })
const handler = text({ label: '经办人', min: 1, max: 20 })

/** 当场答复 given with a registration at the desk: how it is handled and what the resident is told. */
export const answerOnSpotSchema = z.strictObject({ track, importance, tier, answer, unit, handler }, { error: '当场答复含有无法识别的内容' })
export type AnswerOnSpot = z.infer<typeof answerOnSpotSchema>

export const matterResidentEventSchemas = {
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
} as const

export type MatterResidentAction = keyof typeof matterResidentEventSchemas
export type MatterResidentEvent<A extends MatterResidentAction> = EventOf<typeof matterResidentEventSchemas, A>

export const matterStaffEventSchemas = {
  queue: strict({
    action: z.literal('queue'),
    tab: z.enum(QUEUE_TABS, { error: '未知的分类' }),
    cadre: z.optional(openid),
    cursor: offsetCursor,
    limit: pageLimit,
  }),
  'items.search': strict({
    action: z.literal('items.search'),
    q: text({ label: '搜索内容', min: 1, max: 30 }),
    cursor: offsetCursor,
    limit: pageLimit,
  }),
  'item.get': strict({ action: z.literal('item.get'), id: docId }),
  'item.accept': strict({ action: z.literal('item.accept'), id: docId, track, importance, tier, steps }),
  'item.replyOnSpot': strict({ action: z.literal('item.replyOnSpot'), id: docId, track, importance, tier, answer, unit, handler }),
  'item.progress': strict({
    action: z.literal('item.progress'),
    id: docId,
    note: text({ label: '进展', min: 2, max: 500 }),
    visibleToResident: z.boolean({ error: '请选择是否告知居民' }),
    stepIndex: z.optional(z.number().check(z.int('步骤无效'), z.minimum(0, '步骤无效'), z.maximum(9, '步骤无效'))),
  }),
  'item.transfer': strict({
    action: z.literal('item.transfer'),
    id: docId,
    to: openid,
    reason: text({ label: '转办理由', min: 2, max: 200 }),
  }),
  'item.escalate': strict({
    action: z.literal('item.escalate'),
    id: docId,
    department: text({ label: '上级部门', min: 2, max: 50 }),
    takenAt: chinaDate,
  }),
  'item.escalationAnswer': strict({
    action: z.literal('item.escalationAnswer'),
    id: docId,
    answer: text({ label: '部门答复', min: 2, max: 500 }),
  }),
  'item.decide': strict({
    action: z.literal('item.decide'),
    id: docId,
    meetingDate: chinaDate,
    decision: text({ label: '议定结果', min: 2, max: 500 }),
  }),
  'item.extend': strict({
    action: z.literal('item.extend'),
    id: docId,
    reason: text({ label: '延期理由', min: 2, max: 200 }),
    dueDate: chinaDate,
    note: text({ label: '目前进展', min: 2, max: 500 }),
  }),
  'item.approveExtension': strict({
    action: z.literal('item.approveExtension'),
    id: docId,
    approve: z.boolean({ error: '请选择是否同意' }),
  }),
  'item.reply': strict({ action: z.literal('item.reply'), id: docId, answer, unit, handler }),
  /** 回访 of a matter registered for a resident without WeChat: the cadre records the rating they gave */
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
  /** 代登记: for a resident without WeChat, with the contact they give; the receiving cadre answers for it */
  'item.registerForResident': strict({
    action: z.literal('item.registerForResident'),
    requestId,
    pointCode,
    category: itemDraftSchema.shape.category,
    content: itemDraftSchema.shape.content,
    contact: itemDraftSchema.shape.contact,
    answerOnSpot: z.optional(answerOnSpotSchema),
  }),
} as const

export type MatterStaffAction = keyof typeof matterStaffEventSchemas
export type MatterStaffEvent<A extends MatterStaffAction> = EventOf<typeof matterStaffEventSchemas, A>
