/**
 * 数字: figures.get (the figures of a period, per point, per cadre or in total) and
 * figures.items (the matters behind one figure, contact masked). Leaders see their own
 * points, admins every point. Rules: domain/figures/figures.ts; reading: figures/figures-read.ts.
 */
import type { FigureItem, FigureItemsPage, FiguresView } from '../../domain/figures/api'
import { setsOf } from '../../domain/figures/figures'
import { FIGURES } from '../../domain/policy/defaults'
import { openingsByMonth, type PointSchedule } from '../../domain/figures/openings'
import { encodeFigureCursor, type FiguresEvent, parseFigureCursor } from '../../domain/figures/schemas'
import { periodInstants } from '../../domain/kernel/periods'
import { maskName, maskPhone } from '../../domain/privacy/mask'
import { toChinaIso } from '../../domain/kernel/time'
import type { StaffRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { workBudgetMs } from '../kernel/timeouts'
import { requireRight } from '../kernel/access'
import { figurePoints, mayReadFigures, mayReadFiguresOf } from '../../domain/figures/policy'
import type { StaffContext } from '../kernel/staff-context'
import { readFacts, type FactRow, type FigureScope } from './figures-read'
import { matterFigures } from './figures-points'
import { visitFigures } from './figures-visits'
import { asPointFields, asSchedules } from '../kernel/reads'

type PeriodInput = Omit<FiguresEvent<'figures.get'>, 'action'>

/** Real time spent, against the budget (the function's clock may be set, the budget is not). */
function timer(ctx: StaffContext): () => boolean {
  const started = Date.now()
  const budget = ctx.options.figuresBudgetMs ?? workBudgetMs('staff')
  return () => Date.now() - started > budget
}

/** Who may see which points' figures: checked before anything else is read. */
async function scopeOf(ctx: StaffContext, input: PeriodInput): Promise<{ staff: StaffRecord; scope: FigureScope }> {
  const staff = await ctx.caller()
  requireRight(mayReadFigures(staff))
  const mine = figurePoints(staff)
  let pointCodes: string[] | null = mine && [...mine]
  if (input.pointCode) {
    requireRight(mayReadFiguresOf(staff, { pointCode: input.pointCode }), '您只能查看自己说事点的数字')
    pointCodes = [input.pointCode]
    if (mine === null) {
      // an admin may ask for any point: say when there is none
      const { data } = await ctx.db.collection('points').where({ code: input.pointCode }).limit(1).get()
      if (data.length === 0) throw new AppError('NOT_FOUND', '没有这个说事点')
    }
  }
  return { staff, scope: { pointCodes, cadre: input.cadre ?? null, ...periodInstants(input) } }
}

async function schedulesOf(ctx: StaffContext, pointCodes: string[] | null): Promise<PointSchedule[]> {
  if (pointCodes && pointCodes.length === 0) return []
  const _ = ctx.db.command
  const points = ctx.db.collection('points')
  const which = pointCodes ? points.where({ code: _.in(pointCodes) }) : points.where({ active: true })
  const { data } = await which.field({ code: true, name: true, kind: true }).orderBy('code', 'asc').limit(1000).get()
  const found = asPointFields(data, ['code', 'name', 'kind'])
  if (found.length === 0) return []
  const { data: schedules } = await ctx.db
    .collection('schedules')
    .where({ pointCode: _.in(found.map((p) => p.code)) })
    .limit(1000)
    .get()
  const byCode = new Map(asSchedules(schedules).map((s) => [s.pointCode, s]))
  return found.map((p) => {
    const s = byCode.get(p.code)
    return { pointCode: p.code, pointName: p.name, kind: p.kind, rules: s?.rules ?? null, exceptions: s?.exceptions ?? [] }
  })
}

export async function figuresGet(input: PeriodInput, ctx: StaffContext): Promise<FiguresView> {
  const { scope } = await scopeOf(ctx, input)
  return figuresOfScope(input, scope, ctx)
}

/** The figures of a scope the caller has already been checked for (the quarter's report uses it too). */
export async function figuresOfScope(input: PeriodInput, scope: FigureScope, ctx: StaffContext): Promise<FiguresView> {
  const f = await matterFigures(ctx.db, scope, ctx.now, timer(ctx))
  const { counts } = f
  const points = await schedulesOf(ctx, scope.pointCodes)
  const openings = points.flatMap((p) => openingsByMonth(p, input))
  const { visits, visitQuota } = await visitFigures(ctx.db, points, scope.cadre, input, ctx.now)
  return {
    from: input.from,
    to: input.to,
    pointCodes: scope.pointCodes,
    cadre: scope.cadre,
    asOf: toChinaIso(ctx.now),
    minSample: FIGURES.minSample,
    collected: counts.collected,
    withdrawn: counts.withdrawn,
    responded24h: f.responded24h,
    onTime: f.onTime,
    onTimeExtended: counts.onTimeExtended,
    answeredClosed: counts.answeredClosed,
    feedbackRate: f.feedbackRate,
    solved: f.solved,
    satisfaction: f.satisfaction,
    rated: counts.rated,
    satisfied: counts.satisfied,
    basic: counts.basic,
    unsatisfied: counts.unsatisfied,
    unrated: counts.unrated,
    cadreRecorded: counts.cadreRecorded,
    awaitingRating: counts.awaitingRating,
    overdueNow: counts.overdueNow,
    extensions: counts.extensions,
    escalations: counts.escalations,
    visits,
    visitQuota,
    openings,
  }
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
