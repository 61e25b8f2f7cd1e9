/** The events of the 两代表工作室's own work (staff and resident functions), assembled in domain/contract.ts. */
import * as z from 'zod/mini'
import { chinaDate, docId, type EventOf, openid, pointCode, requestId, strict } from '../kernel/fields'
import { text } from '../kernel/validation'
import { RATING_LEVELS } from '../matters/handling'
import { departmentCode, nodeCode } from '../departments/schemas'
import { HALVES, PLAN_KINDS } from './plan'
import { QUARTER } from './ratings'

export const month = z.string({ error: '请选择月份' }).check(z.regex(/^20\d\d-(0[1-9]|1[0-2])$/, '请选择月份'))
const quarter = z.string({ error: '请选择季度' }).check(z.regex(QUARTER, '请选择季度'))

export const planEntry = strict({
  date: chinaDate,
  half: z.enum(HALVES, { error: '请选择上午或下午' }),
  kind: z.enum(PLAN_KINDS, { error: '请选择接待、走访或集体活动' }),
  deputies: z.array(openid).check(z.maxLength(20, '一个半天最多 20 位代表')),
  note: z.optional(text({ label: '备注', min: 0, max: 60 })),
})

const content = text({ label: '意见建议', min: 5, max: 500 })

const routeTo = z.union(
  [
    strict({ department: departmentCode }),
    strict({ node: nodeCode }),
    strict({ outside: text({ label: '分送单位', min: 2, max: 40 }) }),
  ],
  { error: '请选择分送给部门、上级组织或说事以外的单位' },
)

export const studioStaffEventSchemas = {
  /** the studios the caller works at */
  'studio.list': strict({ action: z.literal('studio.list') }),
  'studio.plan': strict({ action: z.literal('studio.plan'), pointCode, month }),
  'studio.savePlan': strict({
    action: z.literal('studio.savePlan'),
    pointCode,
    month,
    entries: z.array(planEntry).check(z.maxLength(62, '一个月最多 62 个半天')),
    /** publish on the studio's page (a published plan stays published when saved again) */
    publish: z.optional(z.boolean({ error: '发布应为是或否' })),
  }),
  'studio.suggest': strict({ action: z.literal('studio.suggest'), pointCode, content, raisedBy: text({ label: '提出人', min: 2, max: 60 }), requestId }),
  'studio.suggestions': strict({ action: z.literal('studio.suggestions'), pointCode }),
  'studio.route': strict({ action: z.literal('studio.route'), id: docId, to: routeTo, request: text({ label: '分送要求', min: 2, max: 300 }), dueAt: chinaDate }),
  'studio.update': strict({ action: z.literal('studio.update'), id: docId, progress: text({ label: '办理进展', min: 2, max: 300 }) }),
  'studio.feedback': strict({ action: z.literal('studio.feedback'), id: docId, outcome: text({ label: '办理结果', min: 2, max: 500 }) }),
  'studio.ratings': strict({ action: z.literal('studio.ratings'), pointCode, quarter }),
} as const

export const studioResidentEventSchemas = {
  'studio.plan': strict({ action: z.literal('studio.plan'), pointCode, month }),
  'studio.rate': strict({
    action: z.literal('studio.rate'),
    pointCode,
    quarter,
    level: z.enum(RATING_LEVELS, { error: '请选择满意、基本满意或不满意' }),
    opinion: z.optional(text({ label: '评议意见', min: 0, max: 300 })),
  }),
  'studio.suggest': strict({ action: z.literal('studio.suggest'), pointCode, content, requestId }),
} as const

export type StudioStaffAction = keyof typeof studioStaffEventSchemas
export type StudioStaffEvent<A extends StudioStaffAction> = EventOf<typeof studioStaffEventSchemas, A>
export type StudioResidentAction = keyof typeof studioResidentEventSchemas
export type StudioResidentEvent<A extends StudioResidentAction> = EventOf<typeof studioResidentEventSchemas, A>
export type PlanEntryInput = z.infer<typeof planEntry>
