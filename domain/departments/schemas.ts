/** The events of departments and 交办 (staff function), assembled in domain/contract.ts. */
import * as z from 'zod/mini'
import { dayCount, MAX_PERIOD_DAYS } from '../kernel/periods'
import { offsetCursor } from '../kernel/cursors'
import { chinaDate, docId, type EventOf, pageLimit, pointCode, requestId, strict } from '../kernel/fields'
import { text } from '../kernel/validation'

/** An org node or a department, as codes are written: upper-case letters, digits and “-” (QX-A, QX-A-MZ). */
export const CODE = /^[A-Z0-9][A-Z0-9-]{0,31}$/
const code = (label: string) =>
  z.string({ error: `请填写${label}编号` }).check(z.overwrite((s) => s.replace(/\s+/g, '').toUpperCase()), z.regex(CODE, `${label}编号只能是字母、数字和“-”`))
export const departmentCode = code('部门')
export const nodeCode = code('组织')

type Days = { from: string; to: string }
const period = [
  z.refine<Days>((e) => e.to >= e.from, '结束日期不能早于开始日期'),
  z.refine<Days>((e) => e.to < e.from || dayCount(e) <= MAX_PERIOD_DAYS, `一次最多统计 ${MAX_PERIOD_DAYS} 天`),
]

export const departmentEventSchemas = {
  'departments.save': strict({
    action: z.literal('departments.save'),
    code: departmentCode,
    name: text({ label: '部门名称', min: 2, max: 20 }),
    node: nodeCode,
    active: z.optional(z.boolean()),
  }),
  /** a node's departments and its ancestors'; with `pointCode`, those the caller may 交办 that point's matters to */
  'departments.list': strict({ action: z.literal('departments.list'), node: z.optional(nodeCode), pointCode: z.optional(pointCode) }).check(
    z.refine((e) => Boolean(e.node) !== Boolean(e.pointCode), '请选择组织或说事点（二选一）'),
  ),
  'departments.figures': strict({ action: z.literal('departments.figures'), node: z.optional(nodeCode), from: chinaDate, to: chinaDate }).check(...period),
  'item.assign': strict({
    action: z.literal('item.assign'),
    id: docId,
    department: departmentCode,
    dueAt: chinaDate,
    request: text({ label: '交办要求', min: 2, max: 300 }),
    requestId,
  }),
  'dept.queue': strict({ action: z.literal('dept.queue'), cursor: offsetCursor, limit: pageLimit }),
  'dept.get': strict({ action: z.literal('dept.get'), id: docId }),
  'dept.accept': strict({ action: z.literal('dept.accept'), id: docId }),
  'dept.answer': strict({ action: z.literal('dept.answer'), id: docId, answer: text({ label: '答复', min: 2, max: 500 }) }),
  'dept.return': strict({ action: z.literal('dept.return'), id: docId, reason: text({ label: '退回理由', min: 2, max: 200 }) }),
} as const

export type DepartmentAction = keyof typeof departmentEventSchemas
export type DepartmentEvent<A extends DepartmentAction> = EventOf<typeof departmentEventSchemas, A>
