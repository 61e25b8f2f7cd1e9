/**
 * 评事日 of a node (reports.node): a county's, township's or village's quarter, rolled up from
 * its points' exactly as 数字 rolls them up (figures/figures-nodes.ts), each child's figures
 * beside it and ranked, and its points' matters by category and track. A point's own report
 * (reports.quarter) is unchanged.
 */
import type { NodeQuarterReport } from '../../domain/reports/api'
import type { ReportEvent } from '../../domain/reports/schemas'
import { mayReadNodeReport } from '../../domain/reports/policy'
import type { NodeCaller } from '../../domain/figures/policy'
import { periodInstants, quarterPeriod } from '../../domain/kernel/periods'
import { formatChinaDate, toChinaIso } from '../../domain/kernel/time'
import { reportReady } from '../../domain/reports/reports'
import { requireRight } from '../kernel/access'
import type { StaffContext } from '../kernel/staff-context'
import { nodeFigures } from '../figures/figures-view'
import { NODE_REFUSAL, requireNode } from '../figures/figures-nodes'
import { mattersBy } from './report-read'

export async function reportsNode(input: ReportEvent<'reports.node'>, ctx: StaffContext): Promise<NodeQuarterReport> {
  const staff: NodeCaller = await ctx.caller()
  const node = await requireNode(ctx.db, staff, input.node)
  requireRight(mayReadNodeReport(staff, node), NODE_REFUSAL)
  const days = quarterPeriod(input.year, input.quarter)
  const { start, end } = periodInstants(days)
  const figures = await nodeFigures(node.code, days, ctx)
  const by = await mattersBy(ctx.db, figures.pointCodes ?? [], start, end)
  return {
    node: figures.node ?? { code: node.code, name: node.name, level: node.level, path: [] },
    year: input.year,
    quarter: input.quarter,
    ...days,
    ready: reportReady(formatChinaDate(ctx.now), days, null),
    asOf: toChinaIso(ctx.now),
    figures,
    ...by,
  }
}
