/**
 * The events of 集中议事 and 代理办事 (assembled in domain/contract.ts). What depends on the
 * meeting (its body: names or a head count, votes or none) is checked by domain/meetings/meetings.ts
 * once the meeting is read; here, the shape.
 */
import * as z from 'zod/mini'
import { offsetCursor } from '../kernel/cursors'
import { MAX_AGENDA, MEETING_BODIES } from './meetings'
import { chinaDate, docId, type EventOf, OPENID, pageLimit, pointCode, requestId, strict } from '../kernel/fields'
import { MAX_TRIP_ITEMS } from './trips'
import { text } from '../kernel/validation'
import { categorySchema } from '../matters/schemas'
import { MAX_OPINIONS } from './forum'

const body = z.enum(MEETING_BODIES, { error: '请选择会议' })

const distinct = (ids: string[]) => new Set(ids).size === ids.length

const itemIds = (max: number, what: string) =>
  z
    .array(docId, { error: `请选择${what}的事项` })
    .check(
      z.minLength(1, `请至少选择一件${what}的事项`),
      z.maxLength(max, `一次最多 ${max} 件事项`),
      z.refine(distinct, '同一件事项选了两次'),
    )

const name = text({ label: '姓名', min: 1, max: 20 })
const headCount = (label: string) =>
  z.number({ error: `${label}应为数字` }).check(z.int(`${label}应为整数`), z.minimum(1, `${label}至少 1 人`), z.maximum(100000, `${label}太大`))
const voteCount = (label: string) =>
  z.number({ error: `${label}票数应为数字` }).check(z.int(`${label}票数应为整数`), z.minimum(0, `${label}票数不能为负`), z.maximum(100000, `${label}票数太大`))

const staffId = (what: string) => z.string({ error: `请选择${what}` }).check(z.regex(OPENID, `请选择${what}`))

/** 主持人, 记录人 and 到会干部 are chosen from the point's staff; others present are named. */
export const attendanceSchema = z.strictObject(
  {
    chair: staffId('主持人'),
    recorder: staffId('记录人'),
    cadres: z.array(staffId('到会干部'), { error: '请选择到会干部' }).check(z.maxLength(100, '到会干部最多 100 人'), z.refine(distinct, '同一位干部选了两次')),
    others: z.optional(z.array(name).check(z.maxLength(100, '其他到会人员最多 100 人'))),
    absent: z.optional(z.array(name).check(z.maxLength(100, '缺席人员最多 100 人'))),
    count: z.optional(headCount('到会人数')),
    eligible: z.optional(headCount('应到人数')),
  },
  { error: '请填写到会情况' },
)

export const votesSchema = z.strictObject(
  { for: voteCount('赞成'), against: voteCount('反对'), abstain: voteCount('弃权') },
  { error: '请填写票数' },
)

const decisions = z
  .array(
    z.strictObject(
      { itemId: docId, decision: text({ label: '议定结果', min: 2, max: 500 }), votes: z.optional(votesSchema) },
      { error: '议定结果格式不对' },
    ),
    { error: '请填写议定结果' },
  )
  .check(
    z.minLength(1, '请至少填写一件事项的议定结果'),
    z.maxLength(MAX_AGENDA, `一次最多 ${MAX_AGENDA} 件事项`),
    z.refine((ds) => distinct(ds.map((d) => d.itemId)), '同一件事项填了两次'),
  )

const results = z
  .array(
    z.strictObject(
      {
        itemId: docId,
        takenAt: chinaDate,
        /** needed when the matter is taken somewhere for the first time */
        department: z.optional(text({ label: '上级部门', min: 2, max: 50 })),
        answer: z.optional(text({ label: '部门答复', min: 2, max: 500 })),
      },
      { error: '跑办结果格式不对' },
    ),
    { error: '请填写跑办结果' },
  )
  .check(
    z.minLength(1, '请至少填写一件事项的跑办结果'),
    z.maxLength(MAX_TRIP_ITEMS, `一次最多 ${MAX_TRIP_ITEMS} 件事项`),
    z.refine((rs) => distinct(rs.map((r) => r.itemId)), '同一件事项填了两次'),
  )

const opinions = z
  .array(
    z.strictObject(
      {
        who: z.optional(text({ label: '提意见的人', min: 0, max: 20 })),
        what: text({ label: '意见内容', min: 4, max: 500 }),
        category: categorySchema,
      },
      { error: '意见格式不对' },
    ),
    { error: '请填写群众意见' },
  )
  .check(z.minLength(1, '请至少填写一条意见'), z.maxLength(MAX_OPINIONS, `一次座谈会最多记录 ${MAX_OPINIONS} 条意见`))

const opinionIndexes = z
  .array(z.number({ error: '请选择要转为诉求的意见' }).check(z.int('请选择要转为诉求的意见'), z.minimum(0, '请选择要转为诉求的意见'), z.maximum(MAX_OPINIONS - 1, '请选择要转为诉求的意见')), {
    error: '请选择要转为诉求的意见',
  })
  .check(z.minLength(1, '请至少选择一条意见'), z.refine((ids) => new Set(ids).size === ids.length, '同一条意见选了两次'))

export const meetingEventSchemas = {
  'meetings.waiting': strict({ action: z.literal('meetings.waiting'), pointCode: z.optional(pointCode), body: z.optional(body) }),
  'meetings.create': strict({
    action: z.literal('meetings.create'),
    /** makes a resent request create one meeting, not two */
    requestId: z.optional(requestId),
    pointCode,
    body,
    date: chinaDate,
    itemIds: itemIds(MAX_AGENDA, '上会'),
  }),
  'meetings.record': strict({ action: z.literal('meetings.record'), id: docId, attendance: attendanceSchema, decisions }),
  'meetings.list': strict({ action: z.literal('meetings.list'), pointCode: z.optional(pointCode), cursor: offsetCursor, limit: pageLimit }),
  'meetings.get': strict({ action: z.literal('meetings.get'), id: docId }),
  /** 召开座谈会 (干部问事): a day and what it is about; it decides nothing */
  'meetings.forum': strict({ action: z.literal('meetings.forum'), requestId: z.optional(requestId), pointCode, date: chinaDate, topic: text({ label: '座谈主题', min: 2, max: 50 }) }),
  /** the opinions heard, all of them as they now stand (those turned into matters unchanged) */
  'meetings.opinions': strict({ action: z.literal('meetings.opinions'), id: docId, opinions }),
  /** turns the chosen opinions (their places in the list) into matters of the point, each once */
  'meetings.opinionsToMatters': strict({ action: z.literal('meetings.opinionsToMatters'), id: docId, opinions: opinionIndexes }),
  'trips.pending': strict({ action: z.literal('trips.pending'), pointCode: z.optional(pointCode) }),
  'trips.plan': strict({
    action: z.literal('trips.plan'),
    requestId: z.optional(requestId),
    pointCode,
    date: chinaDate,
    itemIds: itemIds(MAX_TRIP_ITEMS, '跑办'),
  }),
  'trips.record': strict({ action: z.literal('trips.record'), id: docId, results }),
  'trips.list': strict({ action: z.literal('trips.list'), pointCode: z.optional(pointCode), cursor: offsetCursor, limit: pageLimit }),
  'trips.get': strict({ action: z.literal('trips.get'), id: docId }),
} as const

export type MeetingAction = keyof typeof meetingEventSchemas
export type MeetingEvent<A extends MeetingAction> = EventOf<typeof meetingEventSchemas, A>
