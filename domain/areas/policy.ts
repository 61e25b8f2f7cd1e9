/**
 * 包片: an area and its households are its cadre's and the point's leaders' (家庭信息保密);
 * to anyone else they do not exist. Every read by someone other than the area's cadre is
 * audited (cloudfunctions/kernel/audit.ts). The ledger and support plans follow the same rule.
 * Each list's scope beside the right it applies, so no list shows what a page refuses.
 */
import type { Scope } from '../kernel/scope'
import { holds, holdsAt, HANDLERS, leadsPoint, type Caller } from '../points/roles'

export interface AreaRef {
  readonly pointCode: string
  /** the responsible cadre's openid */
  readonly cadre: string
}

/** A leader of the point divides it into areas and assigns each to a cadre. */
export const mayManageAreas = (c: Caller, pointCode: string) => leadsPoint(c, pointCode)

/** Who may be given an area: a cadre or leader (HANDLERS) working at its point. */
export const mayTakeArea = (s: Caller, pointCode: string) => holdsAt(s, HANDLERS, pointCode)

/** The area's own cadre (still working at its point). */
export const isAreaCadre = (c: Caller, area: AreaRef) => holdsAt(c, HANDLERS, area.pointCode) && area.cadre === c.openid

/** Reads and keeps the area's households: its cadre and the point's leaders only. */
export const mayReadArea = (c: Caller, area: AreaRef) => isAreaCadre(c, area) || leadsPoint(c, area.pointCode)

/** A read that must be audited: anyone but the area's own cadre. */
export const readIsAudited = (c: Caller, area: AreaRef) => !isAreaCadre(c, area)

/** The 包片 pages open at all: cadres and leaders (what they see is narrowed per area). */
export const mayOpenAreas = (c: Caller) => holds(c, HANDLERS)

/** 包片 of a point as a list: a leader every area in use, a cadre their own. */
export const inAreaList = (c: Caller, pointCode: string, area: AreaRef & { readonly active: boolean }) =>
  area.active && area.pointCode === pointCode && mayReadArea(c, area)
export function areaListScope(c: Caller, pointCode: string): Scope | null {
  if (leadsPoint(c, pointCode)) return { pointCode, active: true }
  if (holdsAt(c, HANDLERS, pointCode)) return { pointCode, cadre: c.openid, active: true }
  return null
}

/** An area's households (living and moved out): for those who may read the area. */
export const householdListScope = (c: Caller, area: AreaRef & { readonly _id: string }): Scope | null => (mayReadArea(c, area) ? { area: area._id } : null)
