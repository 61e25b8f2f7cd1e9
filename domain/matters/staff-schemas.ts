/** The events of the `staff` function, validated before anything is read or written. */
import * as z from 'zod/mini'
import { CATEGORIES } from './categories'
import { meetingEventSchemas } from '../meetings/schemas'
import { QUEUE_TABS, TIERS, TRACKS } from './handling'
import { dutyEventSchemas } from '../duty/schemas'
import { HOME_VISIT_STATUSES } from '../booking/home-visits'
import { offsetCursor } from '../kernel/cursors'
import { figuresEventSchemas } from '../figures/schemas'
import { OUTBOX_STATUSES, STAFF_TEMPLATES } from '../messages/templates'
import { scheduleEventSchemas } from '../schedule/schemas'
import { chinaDate, docId, itemDraftSchema, messageEventSchemas, OPENID, pageLimit, pointCode, requestId, strict } from './schemas'
import { text } from '../kernel/validation'
import { ratingRecordSchemas } from './rating-schemas'
import { reportEventSchemas } from '../reports/schemas'
import { homeVisitDiarySchema, visitSchemas } from '../diary/schemas'
import { exportEventSchemas } from '../exports/schemas'
import { boardEventSchemas } from '../board/schemas'
import { STAFF_ROLES } from '../points/roles'

const openid = z.string({ error: '缺少人员' }).check(z.regex(OPENID, '人员编号无效'))

export { chinaDate }

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

/** As people type it: spaces anywhere and lower case are fine. */
export function normaliseInviteCode(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase()
}

export { STAFF_ROLES }

export const staffEventSchemas = {
  me: strict({ action: z.literal('me') }),
  queue: strict({
    action: z.literal('queue'),
    tab: z.enum(QUEUE_TABS, { error: '未知的分类' }),
    cadre: z.optional(openid),
    cursor: offsetCursor,
    limit: pageLimit,
  }),
  'item.get': strict({ action: z.literal('item.get'), id: docId }),
  'item.accept': strict({ action: z.literal('item.accept'), id: docId, track, importance, tier, steps }),
  'item.replyOnSpot': strict({
    action: z.literal('item.replyOnSpot'),
    id: docId,
    track,
    importance,
    tier,
    answer,
    unit,
    handler,
  }),
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
  'invite.create': strict({
    action: z.literal('invite.create'),
    name: text({ label: '姓名', min: 1, max: 20 }),
    role: z.enum(STAFF_ROLES, { error: '请选择角色' }),
    points: z.array(pointCode).check(z.minLength(1, '至少选择一个说事点'), z.maxLength(20, '说事点太多')),
  }),
  'invite.redeem': strict({
    action: z.literal('invite.redeem'),
    code: z.string({ error: '请输入邀请码' }).check(
      z.overwrite(normaliseInviteCode),
      z.regex(/^[A-Z0-9_-]{6,64}$/, '邀请码格式不对'),
    ),
  }),
  'staff.list': strict({ action: z.literal('staff.list') }),
  'staff.deactivate': strict({ action: z.literal('staff.deactivate'), openid, transferTo: openid }),
  'points.upsert': strict({
    action: z.literal('points.upsert'),
    code: pointCode,
    name: text({ label: '名称', min: 2, max: 30 }),
    kind: z.enum(['talk', 'studio'], { error: '请选择类型' }),
    community: text({ label: '社区（村）', min: 2, max: 30 }),
    address: text({ label: '地址', min: 2, max: 100 }),
    openHours: text({ label: '开放时间', min: 2, max: 100 }),
    phone: z.optional(z.string().check(z.regex(/^[0-9-]{7,20}$/, '电话号码只能是数字和“-”'))),
    leadCadre: z.string({ error: '请选择负责干部' }).check(z.regex(OPENID, '请选择负责干部')),
    active: z.optional(z.boolean()),
    /** true when adding: a point that already has this code is refused, not overwritten */
    create: z.optional(z.boolean()),
  }),
  'points.qrcode': strict({ action: z.literal('points.qrcode'), code: pointCode }),
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
  ...ratingRecordSchemas,
  'items.search': strict({
    action: z.literal('items.search'),
    q: text({ label: '搜索内容', min: 1, max: 30 }),
    cursor: offsetCursor,
    limit: pageLimit,
  }),
  ...messageEventSchemas(STAFF_TEMPLATES),
  ...dutyEventSchemas,
  ...scheduleEventSchemas,
  ...meetingEventSchemas,
  'outbox.list': strict({
    action: z.literal('outbox.list'),
    status: z.enum(OUTBOX_STATUSES, { error: '未知的状态' }),
    cursor: offsetCursor,
    limit: pageLimit,
  }),
  'outbox.retry': strict({ action: z.literal('outbox.retry'), id: docId }),
  ...visitSchemas,
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
  'routing.list': strict({ action: z.literal('routing.list') }),
  'routing.set': strict({
    action: z.literal('routing.set'),
    pointCode,
    category: z.enum(CATEGORIES, { error: '请选择诉求类别' }),
    cadre: z.nullable(openid),
  }),
  ...figuresEventSchemas,
  ...reportEventSchemas,
  ...exportEventSchemas,
  ...boardEventSchemas,
} as const

export type StaffAction = keyof typeof staffEventSchemas
export type StaffEvent<A extends StaffAction> = z.infer<(typeof staffEventSchemas)[A]>
