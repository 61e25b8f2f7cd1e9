/**
 * 帮扶 actions: a 困难 household's plan saved, listed (an area's, or a point's for its
 * leaders), read and ended by those who keep its area; reads by anyone but the area's cadre
 * are audited. A point's figures (households with a plan, visits made on time) are its
 * leaders', and say nothing below SUPPORT_AGGREGATE_MIN households.
 */
import type { SupportFiguresView, SupportPlanView } from '../../domain/support/api'
import type { SupportEvent } from '../../domain/support/schemas'
import { mayKeepSupport, mayOpenSupport, pointSupportScope } from '../../domain/support/policy'
import { SUPPORT_AGGREGATE_MIN } from '../../domain/support/plans'
import { requireRight, requireScope } from '../kernel/access'
import { audit } from '../kernel/audit'
import type { StaffRecord } from '../kernel/records'
import type { HouseholdRecord } from '../kernel/records-areas'
import { AppError } from '../kernel/respond'
import type { StaffContext } from '../kernel/staff-context'
import { auditAreaRead, readableArea } from '../areas/area-access'
import { asHousehold } from '../areas/area-reads'
import { asPlan, asPlans, type SupportPlanRecord } from './plan-records'
import { planView } from './plan-view'
import { endPlan, savePlan } from './plan-write'

const REFUSED = '您无权查看这个包片区的帮扶计划'
const LIST_LIMIT = 200

/** The household, when the caller keeps its area: FORBIDDEN otherwise, whether or not it exists. */
async function keptHousehold(ctx: StaffContext, staff: StaffRecord, id: string): Promise<HouseholdRecord> {
  requireRight(mayOpenSupport(staff), REFUSED)
  const household = asHousehold((await ctx.db.collection('households').doc(id).get()).data)
  if (!household) throw new AppError('FORBIDDEN', REFUSED)
  await readableArea(ctx, staff, household.area, REFUSED)
  return household
}

/** The plan, when the caller keeps its area; FORBIDDEN otherwise, whether or not it exists. */
async function keptPlan(ctx: StaffContext, staff: StaffRecord, id: string): Promise<SupportPlanRecord> {
  requireRight(mayOpenSupport(staff), REFUSED)
  const plan = asPlan((await ctx.db.collection('supportPlans').doc(id).get()).data)
  if (!plan) throw new AppError('FORBIDDEN', REFUSED)
  const area = await readableArea(ctx, staff, plan.area, REFUSED)
  await auditAreaRead(ctx, staff, area, 'support.read', plan._id)
  return plan
}

export async function supportSave(input: SupportEvent<'support.save'>, ctx: StaffContext): Promise<SupportPlanView> {
  const staff = await ctx.caller()
  const household = await keptHousehold(ctx, staff, input.household)
  if (household.status !== 'active') throw new AppError('INVALID_INPUT', '这户已经搬离，不能制定帮扶计划')
  if (!household.flags.includes('hardship')) throw new AppError('INVALID_INPUT', '只有标记为困难群众的住户才能制定帮扶计划')
  const plan = await savePlan(ctx.db, household, { what: input.what, who: input.who, every: input.every ?? 'month' }, staff.openid, ctx.now)
  return planView(ctx.db, plan)
}

export async function supportGet(input: SupportEvent<'support.get'>, ctx: StaffContext): Promise<SupportPlanView> {
  const staff = await ctx.caller()
  return planView(ctx.db, await keptPlan(ctx, staff, input.id))
}

export async function supportEnd(input: SupportEvent<'support.end'>, ctx: StaffContext): Promise<SupportPlanView> {
  const staff = await ctx.caller()
  const plan = await keptPlan(ctx, staff, input.id)
  if (!plan.active) return planView(ctx.db, plan)
  return planView(ctx.db, (await endPlan(ctx.db, plan._id, ctx.now)) ?? plan)
}

/** An area's active plans (those who keep it), or a point's (its leaders). */
export async function supportList(input: SupportEvent<'support.list'>, ctx: StaffContext): Promise<{ plans: SupportPlanView[] }> {
  const staff = await ctx.caller()
  requireRight(mayOpenSupport(staff), REFUSED)
  let where: Record<string, unknown>
  if (input.area) {
    const area = await readableArea(ctx, staff, input.area, REFUSED)
    requireRight(mayKeepSupport(staff, area), REFUSED)
    await auditAreaRead(ctx, staff, area, 'support.list', area._id)
    where = { area: area._id, active: true }
  } else {
    where = { ...requireScope(pointSupportScope(staff, input.pointCode!), '只有本说事点的领导可以查看全点的帮扶计划'), active: true }
    await audit(ctx.db, { actor: staff.openid, action: 'support.list', target: `point-${input.pointCode}`, at: ctx.now })
  }
  const { data } = await ctx.db.collection('supportPlans').where(where).orderBy('periodStart', 'asc').limit(LIST_LIMIT).get()
  return { plans: await Promise.all(asPlans(data).map((p) => planView(ctx.db, p))) }
}

/** Households with a plan and visits made on time, for a point: nothing below SUPPORT_AGGREGATE_MIN households. */
export async function supportFigures(input: SupportEvent<'support.figures'>, ctx: StaffContext): Promise<SupportFiguresView> {
  const staff = await ctx.caller()
  const scope = requireScope(pointSupportScope(staff, input.pointCode), '只有本说事点的领导可以查看帮扶数字')
  const { data } = await ctx.db
    .collection('supportPlans')
    .where({ ...scope, active: true })
    .field({ periods: true, onTime: true })
    .limit(1000)
    .get()
  const base = { pointCode: input.pointCode, minimum: SUPPORT_AGGREGATE_MIN }
  if (data.length < SUPPORT_AGGREGATE_MIN) return { ...base, households: null, periods: null, onTime: null, onTimeRate: null }
  const periods = data.reduce((n, p) => n + Number(p.periods), 0)
  const onTime = data.reduce((n, p) => n + Number(p.onTime), 0)
  return { ...base, households: data.length, periods, onTime, onTimeRate: periods === 0 ? null : Math.floor((onTime * 100) / periods) }
}
