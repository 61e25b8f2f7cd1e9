/** 包片区: a point's leader divides it into areas and assigns each to a cadre; a cadre sees their own. */
import type { AreaEvent } from '../../domain/areas/schemas'
import type { AreaResponses, AreaView } from '../../domain/areas/api'
import { areaListScope, mayManageAreas, mayTakeArea } from '../../domain/areas/policy'
import { holds, LEADERS } from '../../domain/points/roles'
import { activeStaff, requireRight, requireScope, whereOf } from '../kernel/access'
import { newId } from '../kernel/ids'
import type { StaffRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import type { StaffContext } from '../kernel/staff-context'
import { requireAreasOpen } from './area-access'
import { retireArea, saveArea } from './area-change'
import { asAreas, getArea, livingCounts, toAreaViews } from './area-reads'

const NOT_LEADER = '只有说事点的领导可以划分片区'

async function oneView(ctx: StaffContext, staff: StaffRecord, area: Parameters<typeof toAreaViews>[2][number]): Promise<AreaView> {
  return (await toAreaViews(ctx.db, staff, [area]))[0]
}

export async function areasList(input: AreaEvent<'areas.list'>, ctx: StaffContext): Promise<AreaResponses['areas.list']> {
  const staff = await ctx.caller()
  requireAreasOpen(staff)
  const scope = requireScope(areaListScope(staff, input.pointCode), '您不在这个说事点工作，看不到它的片区')
  const { data } = await ctx.db.collection('areas').where(whereOf(ctx.db, scope)).orderBy('createdAt', 'asc').limit(100).get()
  return { areas: await toAreaViews(ctx.db, staff, asAreas(data)), mayManage: mayManageAreas(staff, input.pointCode) }
}

/** The cadre to be given the area: an active cadre or leader of the point. */
async function takerOf(ctx: StaffContext, openid: string, pointCode: string): Promise<StaffRecord> {
  const cadre = await activeStaff(ctx.db, openid).catch(() => {
    throw new AppError('INVALID_INPUT', '负责的干部不是在岗的工作人员')
  })
  if (!mayTakeArea(cadre, pointCode)) throw new AppError('INVALID_INPUT', `${cadre.name}不是本说事点的干部，不能负责这里的片区`)
  return cadre
}

export async function areasSave(input: AreaEvent<'areas.save'>, ctx: StaffContext): Promise<AreaView> {
  const staff = await ctx.caller()
  requireRight(mayManageAreas(staff, input.pointCode), NOT_LEADER)
  await takerOf(ctx, input.cadre, input.pointCode)
  const { data } = await ctx.db.collection('areas').where({ pointCode: input.pointCode, active: true }).limit(100).get()
  if (asAreas(data).some((a) => a.name === input.name && a._id !== input.id)) throw new AppError('INVALID_INPUT', `本说事点已经有叫「${input.name}」的片区`)
  const area = await saveArea(ctx.db, { ...input, id: input.id ?? newId() }, !input.id, ctx.now, ctx.options.retry)
  return oneView(ctx, staff, area)
}

export async function areasRetire(input: AreaEvent<'areas.retire'>, ctx: StaffContext): Promise<AreaView> {
  const staff = await ctx.caller()
  requireRight(holds(staff, LEADERS), NOT_LEADER)
  const area = await getArea(ctx.db, input.id)
  if (!area || !mayManageAreas(staff, area.pointCode)) throw new AppError('FORBIDDEN', NOT_LEADER)
  const living = (await livingCounts(ctx.db, [area._id])).get(area._id) ?? 0
  if (area.active && living > 0) throw new AppError('CONFLICT', `片区里还住着 ${living} 户，请先把他们登记为迁出，再撤销片区`)
  return oneView(ctx, staff, await retireArea(ctx.db, area._id, ctx.now, ctx.options.retry))
}
