/**
 * An area's households: listed, read, added or edited (flags set and cleared are recorded),
 * and moved out — by the area's cadre and the point's leaders; every read by a leader is audited.
 */
import type { AreaEvent } from '../../domain/areas/schemas'
import type { AreaResponses, HouseholdView } from '../../domain/areas/api'
import { chinaYmd } from '../../domain/kernel/display-dates'
import { chinaDayStart } from '../../domain/kernel/time'
import { newId } from '../kernel/ids'
import { AppError } from '../kernel/respond'
import type { StaffContext } from '../kernel/staff-context'
import { runTransactionWithRetry } from '../kernel/transaction'
import { auditAreaRead, NOT_YOURS_HOUSEHOLD, readableArea, readableHousehold } from './area-access'
import { householdsOf, toAreaViews, toHouseholdView } from './area-reads'
import { createHouseholdTx, editHouseholdTx, moveOutTx } from './household-change'

export async function householdsList(input: AreaEvent<'households.list'>, ctx: StaffContext): Promise<AreaResponses['households.list']> {
  const staff = await ctx.caller()
  const area = await readableArea(ctx, staff, input.area)
  await auditAreaRead(ctx, staff, area, 'households.list', area._id)
  const list = await householdsOf(ctx.db, area._id)
  const living = list.filter((h) => h.status === 'active')
  const gone = list.filter((h) => h.status !== 'active')
  const [view] = await toAreaViews(ctx.db, staff, [area])
  return { area: view, households: [...living, ...gone].map(toHouseholdView) }
}

export async function householdsGet(input: AreaEvent<'households.get'>, ctx: StaffContext): Promise<HouseholdView> {
  const staff = await ctx.caller()
  const { household, area } = await readableHousehold(ctx, staff, input.id)
  await auditAreaRead(ctx, staff, area, 'household.read', household._id)
  return toHouseholdView(household)
}

export async function householdsSave(input: AreaEvent<'households.save'>, ctx: StaffContext): Promise<HouseholdView> {
  const staff = await ctx.caller()
  const { id, area: areaId, action: _action, ...written } = input
  if (id) {
    const { household } = await readableHousehold(ctx, staff, id)
    if (household.area !== areaId) throw new AppError('FORBIDDEN', NOT_YOURS_HOUSEHOLD)
  }
  const area = await readableArea(ctx, staff, areaId)
  const saved = await runTransactionWithRetry(
    ctx.db,
    (tx) => (id ? editHouseholdTx(tx, id, area._id, written, ctx.now) : createHouseholdTx(tx, newId(), area._id, written, staff.openid, ctx.now)),
    ctx.options.retry,
  )
  await auditAreaRead(ctx, staff, area, 'household.save', saved._id)
  return toHouseholdView(saved)
}

export async function householdsMoveOut(input: AreaEvent<'households.moveOut'>, ctx: StaffContext): Promise<HouseholdView> {
  const staff = await ctx.caller()
  const { household, area } = await readableHousehold(ctx, staff, input.id)
  if (input.at > chinaYmd(ctx.now)) throw new AppError('INVALID_INPUT', '迁出日期不能在今天以后')
  if (input.at < chinaYmd(household.createdAt)) throw new AppError('INVALID_INPUT', '迁出日期不能早于这户登记的日期')
  const saved = await runTransactionWithRetry(ctx.db, (tx) => moveOutTx(tx, household._id, chinaDayStart(input.at), ctx.now), ctx.options.retry)
  await auditAreaRead(ctx, staff, area, 'household.moveOut', saved._id)
  return toHouseholdView(saved)
}
