/** The events of 数字 (staff function), assembled in domain/contract.ts. */
import * as z from 'zod/mini'
import { EARLIEST_MS, LATEST_MS } from '../kernel/cursors'
import { MATTER_SETS } from './figures'
import { dayCount, MAX_PERIOD_DAYS } from '../kernel/periods'
import { chinaDate, docId, type EventOf, openid as cadre, pageLimit, pointCode, strict } from '../kernel/fields'

/** A node of the organisation tree (county, township, village): upper-case letters, digits and '-'. */
export const nodeCode = z
  .string({ error: '缺少组织编号' })
  .check(z.overwrite((s) => s.replace(/\s+/g, '').toUpperCase()), z.regex(/^[A-Z0-9][A-Z0-9-]{0,31}$/, '组织编号无效'))

const period = { pointCode: z.optional(pointCode), cadre: z.optional(cadre), from: chinaDate, to: chinaDate }
type Days = { from: string; to: string; node?: string; pointCode?: string }
const periodChecks = [
  z.refine<Days>((e) => e.to >= e.from, '结束日期不能早于开始日期'),
  z.refine<Days>((e) => e.to < e.from || dayCount(e) <= MAX_PERIOD_DAYS, `一次最多统计 ${MAX_PERIOD_DAYS} 天`),
]

const BOTH = '请选择一个组织或一个说事点，不要同时选择'
const CURSOR_MESSAGE = '分页参数无效，请刷新后重试'

/** After the matter collected at `t` (epoch ms) with id `id`, in the order the figures read them. */
export interface FigureCursor {
  t: number
  id: string
}

export function encodeFigureCursor(c: FigureCursor): string {
  return `${c.t}_${c.id}`
}

export function parseFigureCursor(raw: string): FigureCursor | null {
  const m = /^(\d{13})_(.+)$/.exec(raw)
  if (!m || !docId.safeParse(m[2]).success) return null
  const t = Number(m[1])
  return t >= EARLIEST_MS && t <= LATEST_MS ? { t, id: m[2] } : null
}

export const figuresEventSchemas = {
  /** node: a county's, township's or village's figures rolled up, with each child's beside them */
  'figures.get': strict({ action: z.literal('figures.get'), node: z.optional(nodeCode), ...period }).check(
    ...periodChecks,
    z.refine<Days>((e) => !(e.node && e.pointCode), BOTH),
  ),
  /** the nodes whose figures the caller reads, the highest first */
  'figures.nodes': strict({ action: z.literal('figures.nodes') }),
  'figures.items': strict({
    action: z.literal('figures.items'),
    node: z.optional(nodeCode),
    ...period,
    figure: z.enum(MATTER_SETS, { error: '未知的统计项' }),
    cursor: z.optional(z.string({ error: CURSOR_MESSAGE }).check(z.refine((s) => parseFigureCursor(s) !== null, CURSOR_MESSAGE))),
    limit: pageLimit,
  }).check(...periodChecks, z.refine<Days>((e) => !(e.node && e.pointCode), BOTH)),
} as const

export type FiguresAction = keyof typeof figuresEventSchemas
export type FiguresEvent<A extends FiguresAction> = EventOf<typeof figuresEventSchemas, A>
