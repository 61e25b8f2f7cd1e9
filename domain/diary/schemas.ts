/** The 民情日记 events of the `staff` function, assembled in domain/contract.ts. */
import * as z from 'zod/mini'
import { offsetCursor } from '../kernel/cursors'
import { chinaDate, docId, type EventOf, openid, pageLimit, pointCode, requestId, strict } from '../kernel/fields'
import { itemDraftSchema } from '../matters/schemas'
import { text } from '../kernel/validation'
import { hasPersonalNumber, PERSONAL_NUMBER_MESSAGE, QUOTA_LIMIT, VISIT_FORMS } from './visits'
import { LEADER_LEVELS } from './leaders'
import { newHouseholdSchema } from '../areas/schemas'

/** An organisation node's code (ORGSPEC): upper-case letters and digits, e.g. QX, QX-A1. */
export const nodeCode = z.string({ error: '缺少组织节点' }).check(z.regex(/^[A-Z0-9][A-Z0-9-]{0,31}$/, '组织节点编号无效'))

/** A China calendar month, YYYY-MM, 2020–2099. */
export const monthKey = z.string({ error: '请选择月份' }).check(
  z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, '请选择月份'),
  z.refine((s) => s >= '2020-01' && s <= '2099-12', '月份超出范围'),
)

/** Diary text: no more than needed, so never a phone or ID number. */
const diaryText = (opts: { label: string; min: number; max: number }) =>
  text(opts).check(z.refine((s) => !hasPersonalNumber(s), PERSONAL_NUMBER_MESSAGE))

/** Posted to residents (接访公示): never a phone or ID number either. */
const postedText = (opts: { label: string; min: number; max: number }) =>
  text(opts).check(z.refine((s) => !hasPersonalNumber(s), `${opts.label}要向居民公示，不能含电话号码、证件号`))

export const householdSchema = z.strictObject(
  {
    address: diaryText({ label: '住户地址（楼栋、单元）', min: 2, max: 60 }),
    met: diaryText({ label: '见到的人', min: 1, max: 30 }),
  },
  { error: '住户信息含有无法识别的内容' },
)

/** The 民情日记 entry written with 已上门 (homeVisit.done): the household and the visit's date come from the visit. */
export const homeVisitDiarySchema = z.strictObject(
  {
    met: diaryText({ label: '见到的人', min: 1, max: 30 }),
    heard: diaryText({ label: '听到的情况', min: 2, max: 1000 }),
    difficulties: z.optional(diaryText({ label: '困难和诉求', min: 0, max: 500 })),
    done: z.optional(diaryText({ label: '办了什么、答应了什么', min: 0, max: 500 })),
  },
  { error: '民情日记含有无法识别的内容' },
)

export const MAX_FOLLOWS = 10
const quotaNumber = (label: string, min: number) =>
  z.number({ error: `${label}应为数字` }).check(z.int(`${label}应为整数`), z.minimum(min, `${label}至少 ${min}`), z.maximum(QUOTA_LIMIT, `${label}最多 ${QUOTA_LIMIT}`))

export const diaryEventSchemas = {
  'visits.create': strict({
    action: z.literal('visits.create'),
    requestId,
    pointCode,
    form: z.enum(VISIT_FORMS, { error: '请选择走访形式' }),
    visitedAt: chinaDate,
    household: householdSchema,
    /** the household picked from the caller's 包片 (its address is the household's) */
    householdId: z.optional(docId),
    /** or: the typed address added on the spot as a new household of one of the caller's areas */
    newHousehold: z.optional(newHouseholdSchema),
    heard: diaryText({ label: '听到的情况', min: 2, max: 1000 }),
    difficulties: z.optional(diaryText({ label: '困难和诉求', min: 0, max: 500 })),
    done: z.optional(diaryText({ label: '办了什么、答应了什么', min: 0, max: 500 })),
    followsItemIds: z.optional(
      z.array(docId).check(
        z.maxLength(MAX_FOLLOWS, `一次走访最多关联 ${MAX_FOLLOWS} 件事`),
        z.refine((ids) => new Set(ids).size === ids.length, '关联的事项重复了'),
      ),
    ),
  }).check(z.refine((e) => !(e.householdId && e.newHousehold), { message: '已选了名单里的住户，就不用再添加新住户', path: ['newHousehold'] })),
  'visits.list': strict({
    action: z.literal('visits.list'),
    cadre: z.optional(openid),
    month: z.optional(monthKey),
    pointCode: z.optional(pointCode),
    cursor: offsetCursor,
    limit: pageLimit,
  }),
  'visits.get': strict({ action: z.literal('visits.get'), id: docId }),
  /** 登记为诉求 from a visit: a matter for the household, the visiting cadre responsible */
  'visits.toItem': strict({
    action: z.literal('visits.toItem'),
    id: docId,
    requestId,
    category: itemDraftSchema.shape.category,
    content: itemDraftSchema.shape.content,
    contact: itemDraftSchema.shape.contact,
  }),
  'visits.month': strict({ action: z.literal('visits.month'), month: z.optional(monthKey), pointCode: z.optional(pointCode) }),
  'visits.setQuota': strict({
    action: z.literal('visits.setQuota'),
    pointCode,
    min: quotaNumber('最少户数', 0),
    max: quotaNumber('最多户数', 1),
  }).check(z.refine((e) => e.min <= e.max, { message: '最少户数不能多于最多户数', path: ['min'] })),
  'visits.quotas': strict({ action: z.literal('visits.quotas') }),
  /** the caller's matters at a point that a 回访 may follow */
  'visits.candidates': strict({ action: z.literal('visits.candidates'), pointCode }),
  /** the visits tied to a matter that the caller may see */
  'visits.ofItem': strict({ action: z.literal('visits.ofItem'), itemId: docId }),
  /** 挂点 leaders under a node (or the caller's reach): quota, done, how far behind */
  'visits.leaders': strict({ action: z.literal('visits.leaders'), node: z.optional(nodeCode), month: z.optional(monthKey) }),
  /** an admin names a leader's level, 挂点 and what they answer for (posted to residents) */
  'staff.setLeader': strict({
    action: z.literal('staff.setLeader'),
    openid,
    level: z.enum(LEADER_LEVELS, { error: '请选择级别' }),
    contactPoint: pointCode,
    title: z.optional(postedText({ label: '职务', min: 0, max: 20 })),
    answersFor: postedText({ label: '分管、负责事项', min: 2, max: 40 }),
  }),
} as const

export type DiaryAction = keyof typeof diaryEventSchemas
export type DiaryEvent<A extends DiaryAction> = EventOf<typeof diaryEventSchemas, A>
