/**
 * The studio's monthly reception plan (studio.list, studio.plan, studio.savePlan): the
 * liaison and the studio's leaders keep it; its deputies read it. Saving checks the plan
 * (domain/studio/plan.ts) and answers its shortfalls as warnings; publishing shows it on
 * the studio's page. The rotation's proposal continues where last month's plan left off.
 */
import type { StudioPlanView, StudioRef } from '../../domain/studio/api'
import { monthAfter, planProblem, planWarnings, proposeRotation, type PlanEntry } from '../../domain/studio/plan'
import { mayKeepStudio, mayWorkAtStudio } from '../../domain/studio/policy'
import type { StudioStaffEvent } from '../../domain/studio/schemas'
import { isDeploymentAdmin } from '../../domain/points/roles'
import { chinaWallClock } from '../../domain/kernel/time'
import { requireRight } from '../kernel/access'
import { asPoints } from '../kernel/reads'
import type { PointRecord, StaffRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import type { StaffContext } from '../kernel/staff-context'
import { runTransactionWithRetry } from '../kernel/transaction'
import type { StudioPlanRecord } from './records'
import { deputiesOf, entryViews, findStudio, planId, readPlan } from './studio-reads'

const REFUSED = '您不是这个两代表工作室的工作人员'

export async function studioList(_input: StudioStaffEvent<'studio.list'>, ctx: StaffContext): Promise<{ studios: StudioRef[] }> {
  const me = await ctx.caller()
  const _ = ctx.db.command
  const where = isDeploymentAdmin(me) ? { kind: 'studio', active: true } : { code: _.in([...me.points]), active: true }
  const { data } = await ctx.db.collection('points').where(where).limit(100).get()
  const studios = asPoints(data).filter((p) => p.kind === 'studio' && mayWorkAtStudio(me, p.code))
  return { studios: studios.map((p) => ({ code: p.code, name: p.name })).sort((a, b) => a.code.localeCompare(b.code)) }
}

/** Where the rotation starts this month: after the deputy of last month's last reception. */
function rotationStart(previous: StudioPlanRecord | null, deputies: readonly string[]): number {
  const last = previous?.entries.filter((e) => e.kind !== 'meeting').at(-1)?.deputies[0]
  const i = last ? deputies.indexOf(last) : -1
  return i + 1
}

const monthBefore = (month: string) => chinaWallClock(`${month}-01T12:00:00+08:00`).subtract(1, 'month').format('YYYY-MM')

async function planView(ctx: StaffContext, me: StaffRecord, point: PointRecord, month: string, plan: StudioPlanRecord | null): Promise<StudioPlanView> {
  const deputies = await deputiesOf(ctx.db, point.code)
  const ids = deputies.map((d) => d.openid)
  const previous = await readPlan(ctx.db, point.code, monthBefore(month))
  const entries = plan?.entries ?? []
  const keeps = mayKeepStudio(me, point.code)
  return {
    pointCode: point.code,
    pointName: point.name,
    month,
    entries: entryViews(entries, deputies),
    published: plan?.published ?? false,
    warnings: planWarnings(entries),
    deputies,
    proposal: entryViews(proposeRotation(month, ids, 5, rotationStart(previous, ids)), deputies),
    can: { save: keeps, route: keeps },
  }
}

export async function studioPlan(input: StudioStaffEvent<'studio.plan'>, ctx: StaffContext): Promise<StudioPlanView> {
  const me = await ctx.caller()
  requireRight(mayWorkAtStudio(me, input.pointCode), REFUSED)
  const point = await findStudio(ctx.db, input.pointCode)
  return planView(ctx, me, point, input.month, await readPlan(ctx.db, point.code, input.month))
}

export async function studioSavePlan(input: StudioStaffEvent<'studio.savePlan'>, ctx: StaffContext): Promise<StudioPlanView> {
  const me = await ctx.caller()
  requireRight(mayKeepStudio(me, input.pointCode), '只有工作室联络员和领导可以安排接待')
  const point = await findStudio(ctx.db, input.pointCode)
  const thisMonth = chinaWallClock(ctx.now).format('YYYY-MM')
  if (input.month < thisMonth || input.month > monthAfter(thisMonth)) throw new AppError('INVALID_INPUT', '只能安排本月和下个月')
  const deputies = await deputiesOf(ctx.db, point.code)
  const entries: PlanEntry[] = input.entries.map((e) => ({ ...e, note: e.note ?? '' }))
  const problem = planProblem(input.month, entries, deputies.map((d) => d.openid))
  if (problem) throw new AppError('INVALID_INPUT', problem)
  const id = planId(point.code, input.month)
  const saved = await runTransactionWithRetry(
    ctx.db,
    async (tx) => {
      const ref = tx.collection('studioPlans').doc(id)
      const before = (await ref.get()).data as StudioPlanRecord | null
      const published = Boolean(input.publish) || Boolean(before?.published)
      const record: Omit<StudioPlanRecord, '_id'> = {
        pointCode: point.code,
        month: input.month,
        entries,
        published,
        publishedAt: published ? (before?.publishedAt ?? ctx.now) : null,
        updatedAt: ctx.now,
        updatedBy: me.openid,
      }
      await ref.set({ data: record })
      return { _id: id, ...record }
    },
    ctx.options.retry,
  )
  return planView(ctx, me, point, input.month, saved)
}
