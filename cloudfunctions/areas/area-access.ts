/**
 * 包片's rights applied (domain/areas/policy.ts says who may): the right is checked before
 * anything is read, and a refused caller is told the same whether or not the area or
 * household exists. Reads by anyone but the area's cadre are written to `audit`.
 */
import { mayOpenAreas, mayReadArea, readIsAudited } from '../../domain/areas/policy'
import { requireRight } from '../kernel/access'
import { audit } from '../kernel/audit'
import type { AreaRecord, HouseholdRecord, StaffRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import type { StaffContext } from '../kernel/staff-context'
import { getArea, getHousehold } from './area-reads'

export const NOT_YOURS_AREA = '这个片区不是您负责的，不能查看或修改'
export const NOT_YOURS_HOUSEHOLD = '这户不在您负责的片区里，不能查看或修改'

export function requireAreasOpen(staff: StaffRecord) {
  requireRight(mayOpenAreas(staff), '包片仅供干部和说事点领导使用')
}

/** The area, if the caller may read it; FORBIDDEN otherwise, whether or not it exists. */
export async function readableArea(ctx: StaffContext, staff: StaffRecord, id: string, refusal = NOT_YOURS_AREA): Promise<AreaRecord> {
  requireAreasOpen(staff)
  const area = await getArea(ctx.db, id)
  if (!area || !mayReadArea(staff, area)) throw new AppError('FORBIDDEN', refusal)
  return area
}

/** The household and its area, if the caller may read the area; FORBIDDEN otherwise, whether or not it exists. */
export async function readableHousehold(ctx: StaffContext, staff: StaffRecord, id: string): Promise<{ household: HouseholdRecord; area: AreaRecord }> {
  requireAreasOpen(staff)
  const household = await getHousehold(ctx.db, id)
  const area = household ? await getArea(ctx.db, household.area) : null
  if (!household || !area || !mayReadArea(staff, area)) throw new AppError('FORBIDDEN', NOT_YOURS_HOUSEHOLD)
  return { household, area }
}

/** A read of an area's households by anyone but its cadre (a leader) is written down. */
export async function auditAreaRead(ctx: StaffContext, staff: StaffRecord, area: AreaRecord, action: string, target: string) {
  if (!readIsAudited(staff, area)) return
  await audit(ctx.db, { actor: staff.openid, action, target, at: ctx.now })
}
