/** The events of 评事日 and the half-year summary (staff function), assembled in domain/contract.ts. */
import * as z from 'zod/mini'
import { RATING_LEVELS } from '../matters/handling'
import { docId, type EventOf, pointCode, strict } from '../kernel/fields'
import { text } from '../kernel/validation'
import { nodeCode } from '../figures/schemas'

/** Years the report and the summary may be asked for. */
const year = z.number({ error: '请选择年份' }).check(z.int('年份无效'), z.minimum(2020, '年份无效'), z.maximum(2100, '年份无效'))
const quarter = z.number({ error: '请选择季度' }).check(z.int('季度无效'), z.minimum(1, '季度无效'), z.maximum(4, '季度无效'))
const half = z.number({ error: '请选择上半年或下半年' }).check(z.int('半年无效'), z.minimum(1, '半年无效'), z.maximum(2, '半年无效'))

export const SUMMARY_MAX = 5000

export const reportEventSchemas = {
  'reports.quarter': strict({ action: z.literal('reports.quarter'), pointCode, year, quarter }),
  /** a county's, township's or village's quarter, rolled up from its points' */
  'reports.node': strict({ action: z.literal('reports.node'), node: nodeCode, year, quarter }),
  'reports.rate': strict({
    action: z.literal('reports.rate'),
    pointCode,
    year,
    quarter,
    level: z.enum(RATING_LEVELS, { error: '请选择满意、基本满意或不满意' }),
    opinion: text({ label: '评议意见', min: 2, max: 500 }),
  }),
  'summaries.draft': strict({ action: z.literal('summaries.draft'), pointCode, year, half }),
  /** version 0: the first save of a draft that opening the page did not store; it names its point and half-year */
  'summaries.save': strict({
    action: z.literal('summaries.save'),
    id: docId,
    text: text({ label: '小结内容', min: 20, max: SUMMARY_MAX }),
    version: z.number({ error: '缺少版本号' }).check(z.int('版本号无效'), z.minimum(0, '版本号无效')),
    pointCode: z.optional(pointCode),
    year: z.optional(year),
    half: z.optional(half),
  }),
  /** early: the leader confirmed finalising before the half-year is over */
  'summaries.finalise': strict({ action: z.literal('summaries.finalise'), id: docId, early: z.optional(z.boolean({ error: '提前定稿应为是或否' })) }),
} as const

export type ReportAction = keyof typeof reportEventSchemas
export type ReportEvent<A extends ReportAction> = EventOf<typeof reportEventSchemas, A>
