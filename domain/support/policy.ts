/**
 * 帮扶: a plan belongs to its household's area, so the area's rule (domain/areas/policy.ts)
 * decides: its cadre and the point's leaders keep it, every read by anyone else audited.
 * A point's list and figures are its leaders'.
 */
import type { Scope } from '../kernel/scope'
import { leadsPoint, type Caller } from '../points/roles'
import { mayOpenAreas, mayReadArea, readIsAudited, type AreaRef } from '../areas/policy'

export const mayOpenSupport = (c: Caller) => mayOpenAreas(c)
/** Makes, changes, ends and reads the plans of an area's households. */
export const mayKeepSupport = (c: Caller, area: AreaRef) => mayReadArea(c, area)
export const supportReadAudited = (c: Caller, area: AreaRef) => readIsAudited(c, area)
/** A whole point's plans and their figures: its leaders. */
export const mayReadPointSupport = (c: Caller, pointCode: string) => leadsPoint(c, pointCode)

/** A point's plans as a query (null: refused). */
export const pointSupportScope = (c: Caller, pointCode: string): Scope | null => (mayReadPointSupport(c, pointCode) ? { pointCode } : null)
