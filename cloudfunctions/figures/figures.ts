/**
 * 数字: figures.get (the figures of a period, per point, per cadre, in total, or of a node of
 * the organisation tree rolled up with its children beside it: figures/figures-nodes.ts),
 * figures.nodes (the nodes the caller reads) and figures.items (the matters behind one
 * figure, contact masked). Leaders see their own points and the nodes where their role is
 * held, admins every point. Rules: domain/figures/figures.ts; reading: figures/figures-read.ts.
 */
import type { FigureItem, FigureItemsPage, FiguresView, NodeSummary } from '../../domain/figures/api'
import { setsOf } from '../../domain/figures/figures'
import { encodeFigureCursor, type FiguresEvent, parseFigureCursor } from '../../domain/figures/schemas'
import { periodInstants } from '../../domain/kernel/periods'
import { maskName, maskPhone } from '../../domain/privacy/mask'
import { toChinaIso } from '../../domain/kernel/time'
import type { StaffRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { narrowPoints, pointsOfScope, requireScope } from '../kernel/access'
import { figuresScope } from '../../domain/figures/policy'
import type { StaffContext } from '../kernel/staff-context'
import { readFacts, type FactRow, type FigureScope } from './figures-read'
import { figuresOfScope, nodeFigures, timer, type PeriodInput } from './figures-view'
import { requireRight } from '../kernel/access'
import { mayReadFigures } from '../../domain/figures/policy'
import { readPointsUnder, topNodes } from './figures-tree'
import { requireNode } from './figures-nodes'

/** Who may see which points' figures: checked before anything else is read. */
async function scopeOf(ctx: StaffContext, input: PeriodInput): Promise<{ staff: StaffRecord; scope: FigureScope }> {
  const staff = await ctx.caller()
  if (input.node) {
    // every point under a node the caller reaches
    requireRight(mayReadFigures(staff))
    const node = await requireNode(ctx.db, staff, input.node)
    const pointCodes = (await readPointsUnder(ctx.db, node.code)).map((p) => p.code)
    return { staff, scope: { pointCodes, cadre: input.cadre ?? null, ...periodInstants(input) } }
  }
  const covered = pointsOfScope(requireScope(figuresScope(staff), '只有领导和管理员可以查看数字'))
  const pointCodes = narrowPoints(covered, input.pointCode, '您只能查看自己说事点的数字')
  if (input.pointCode && covered === null) {
    // an admin may ask for any point: say when there is none
    const { data } = await ctx.db.collection('points').where({ code: input.pointCode }).limit(1).get()
    if (data.length === 0) throw new AppError('NOT_FOUND', '没有这个说事点')
  }
  return { staff, scope: { pointCodes, cadre: input.cadre ?? null, ...periodInstants(input) } }
}

export async function figuresGet(input: FiguresEvent<'figures.get'>, ctx: StaffContext): Promise<FiguresView> {
  if (input.node) return nodeFigures(input.node, input, ctx)
  const { scope } = await scopeOf(ctx, input)
  return figuresOfScope(input, scope, ctx)
}

export async function figuresNodes(_input: FiguresEvent<'figures.nodes'>, ctx: StaffContext): Promise<{ nodes: NodeSummary[] }> {
  const staff = await ctx.caller()
  requireRight(mayReadFigures(staff))
  return { nodes: await topNodes(ctx.db, staff) }
}

const DEFAULT_LIMIT = 20

function toItem(f: FactRow): FigureItem {
  return {
    id: f.id,
    no: f.no,
    category: f.category,
    status: f.status,
    createdAt: toChinaIso(f.createdAt),
    pointName: f.pointName,
    assigneeName: f.assigneeName,
    name: maskName(f.name),
    phone: maskPhone(f.phone),
  }
}

export async function figuresItems(input: FiguresEvent<'figures.items'>, ctx: StaffContext): Promise<FigureItemsPage> {
  const outOfTime = timer(ctx)
  const { scope } = await scopeOf(ctx, input)
  const limit = input.limit ?? DEFAULT_LIMIT
  const after = input.cursor ? parseFigureCursor(input.cursor) : null
  const found: FactRow[] = []
  // one more than the page tells whether there is a next one; reading stops there
  for await (const page of readFacts(ctx.db, scope, { after, display: true, outOfTime })) {
    for (const f of page) if (found.length <= limit && setsOf(f, ctx.now).includes(input.figure)) found.push(f)
    if (found.length > limit) break
  }
  const shown = found.slice(0, limit)
  const last = shown[shown.length - 1]
  return {
    figure: input.figure,
    items: shown.map(toItem),
    nextCursor: found.length > limit && last ? encodeFigureCursor({ t: last.createdAt.getTime(), id: last.id }) : null,
  }
}
