/** The staff events of exports (assembled in domain/contract.ts). */
import * as z from 'zod/mini'
import { MAX_EXPORT_DAYS } from './api'
import { chinaDate, type EventOf, pointCode, strict } from '../kernel/fields'

const DAY_MS = 86_400_000
const daysBetween = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS

export const exportEventSchemas = {
  'exports.items': strict({
    action: z.literal('exports.items'),
    /** China dates, both days included */
    from: chinaDate,
    to: chinaDate,
    pointCode: z.optional(pointCode),
    /** names, phones and addresses in full: recorded in the audit log */
    unmasked: z.optional(z.boolean({ error: '请选择是否包含完整个人信息' })),
  }).check(
    z.refine((e) => e.from <= e.to, { message: '开始日期不能晚于结束日期', path: ['to'] }),
    z.refine((e) => e.from > e.to || daysBetween(e.from, e.to) < MAX_EXPORT_DAYS, {
      message: `一次最多导出 ${MAX_EXPORT_DAYS} 天`,
      path: ['to'],
    }),
  ),
} as const

export type ExportAction = keyof typeof exportEventSchemas
export type ExportEvent<A extends ExportAction> = EventOf<typeof exportEventSchemas, A>
