/**
 * The 包片 household a diary entry goes to: the one picked from the caller's areas, the
 * typed address added on the spot as a new household of one of them, or a living
 * household of the point at the typed address. A point without areas keeps the free
 * address alone. Rights are the areas' (domain/areas/policy.ts): one picks or adds only
 * in an area one may read.
 */
import { mayReadArea } from '../../domain/areas/policy'
import type { DiaryEvent } from '../../domain/diary/schemas'
import { householdKey } from '../../domain/diary/visits'
import { getArea, getHousehold, householdAt } from '../areas/area-reads'
import { createHouseholdTx } from '../areas/household-change'
import { stableId } from '../kernel/ids'
import type { TransactionPort } from '../kernel/port'
import type { StaffRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import type { StaffContext } from '../kernel/staff-context'

export interface VisitHousehold {
  /** the address kept in the entry */
  address: string
  householdOf?: { id: string; householdKey: string }
  /** writes the new household inside the entry's transaction */
  create?: (tx: TransactionPort) => Promise<unknown>
}

const NOT_IN_AREAS = '选的住户不在您负责的片区里，请重新选择'

export async function visitHousehold(ctx: StaffContext, staff: StaffRecord, input: DiaryEvent<'visits.create'>, visitId: string): Promise<VisitHousehold> {
  const typed = input.household.address
  if (input.householdId) {
    const h = await getHousehold(ctx.db, input.householdId)
    const area = h ? await getArea(ctx.db, h.area) : null
    if (!h || !area || h.status !== 'active' || h.pointCode !== input.pointCode || !mayReadArea(staff, area)) throw new AppError('INVALID_INPUT', NOT_IN_AREAS)
    return { address: h.address, householdOf: { id: h._id, householdKey: h.householdKey } }
  }
  const living = await householdAt(ctx.db, input.pointCode, householdKey(typed))
  // already known at this address: the entry goes to that household, however it was typed
  if (living) return { address: typed, householdOf: { id: living._id, householdKey: living.householdKey } }
  if (!input.newHousehold) return { address: typed }
  const { area: areaId, head, members } = input.newHousehold
  const area = await getArea(ctx.db, areaId)
  if (!area?.active || area.pointCode !== input.pointCode || !mayReadArea(staff, area)) throw new AppError('INVALID_INPUT', '只能把新住户加到您负责的片区，请重新选择片区')
  const id = stableId('household', visitId)
  return {
    address: typed,
    householdOf: { id, householdKey: householdKey(typed) },
    create: (tx) => createHouseholdTx(tx, id, area._id, { address: typed, head, members, flags: [], note: '' }, staff.openid, ctx.now),
  }
}
