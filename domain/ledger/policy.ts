/**
 * 月台账: the area's rule (domain/areas/policy.ts) applied to its monthly ledger. It is read
 * by those who keep the area (its cadre, the point's leaders; every read by anyone but the
 * cadre audited), written by the cadre (remarks) and confirmed by a leader of the point.
 */
import { inList, type Scope } from '../kernel/scope'
import { holds, LEADERS, type Caller } from '../points/roles'
import { isAreaCadre, mayManageAreas, mayOpenAreas, mayReadArea, readIsAudited, type AreaRef } from '../areas/policy'

/** The ledger page opens at all (what it shows is narrowed per area). */
export const mayOpenLedger = (c: Caller) => mayOpenAreas(c)
export const mayReadLedger = (c: Caller, area: AreaRef) => mayReadArea(c, area)
export const ledgerReadAudited = (c: Caller, area: AreaRef) => readIsAudited(c, area)
/** 备注: the area's own cadre. */
export const mayRemark = (c: Caller, area: AreaRef) => isAreaCadre(c, area)
/** 确认: a leader of the point. */
export const mayConfirmLedger = (c: Caller, area: AreaRef) => mayManageAreas(c, area.pointCode)

/** The areas whose ledger the caller may open: the same rule as a query. */
export function ledgerAreaScope(c: Caller): Scope | null {
  if (!mayOpenLedger(c)) return null
  return holds(c, LEADERS) ? { pointCode: inList(c.points) } : { cadre: c.openid, pointCode: inList(c.points) }
}
