/**
 * The figures of a scope the caller has been checked for, as 数字 shows them: the matter
 * figures, the points' openings and the 走访 figures. figures.get and the quarter's report
 * (reports/) both answer with it.
 */
import type { FiguresView } from '../../domain/figures/api'
import { FIGURES } from '../../domain/policy/defaults'
import { openingsByMonth, type PointSchedule } from '../../domain/figures/openings'
import type { FiguresEvent } from '../../domain/figures/schemas'
import { toChinaIso } from '../../domain/kernel/time'
import { workBudgetMs } from '../kernel/timeouts'
import type { StaffContext } from '../kernel/staff-context'
import type { FigureScope } from './figures-read'
import { matterFigures } from './figures-points'
import { visitFigures } from './figures-visits'
import { asPointFields, asSchedules } from '../kernel/reads'
import { nodeRollup, type NodeRollup } from './figures-nodes'
import { periodInstants } from '../../domain/kernel/periods'

export type PeriodInput = Omit<FiguresEvent<'figures.get'>, 'action'>

export /** Real time spent, against the budget (the function's clock may be set, the budget is not). */
function timer(ctx: StaffContext): () => boolean {
  const started = Date.now()
  const budget = ctx.options.figuresBudgetMs ?? workBudgetMs('staff')
  return () => Date.now() - started > budget
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

/**
 * The figures of a scope the caller has already been checked for (the quarter's report uses
 * it too); a node's matter figures come summed from its points' (`rollup`).
 */
export async function figuresOfScope(input: PeriodInput, scope: FigureScope, ctx: StaffContext, rollup: NodeRollup | null = null): Promise<FiguresView> {
  const f = rollup ? rollup.figures : await matterFigures(ctx.db, scope, ctx.now, timer(ctx))
  const { counts } = f
  const points = await schedulesOf(ctx, scope.pointCodes)
  const openings = points.flatMap((p) => openingsByMonth(p, input))
  const { visits, visitQuota } = await visitFigures(ctx.db, points, scope.cadre, input, ctx.now)
  return {
    from: input.from,
    to: input.to,
    pointCodes: scope.pointCodes,
    node: rollup?.node ?? null,
    children: rollup?.children ?? [],
    rankings: rollup?.rankings ?? [],
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

/** A node's figures rolled up from its points', its children beside them (the node's report uses it too). */
export async function nodeFigures(node: string, input: PeriodInput, ctx: StaffContext): Promise<FiguresView> {
  const staff = await ctx.caller()
  const period = { cadre: input.cadre ?? null, ...periodInstants(input) }
  const rollup = await nodeRollup(ctx.db, staff, node, period, ctx.now, timer(ctx))
  return figuresOfScope(input, { ...period, pointCodes: rollup.pointCodes }, ctx, rollup)
}
