/** What the functions answer about 包片 areas and households. */
import type { HouseholdFacts, HouseholdFlag } from './households'

export interface AreaView {
  id: string
  pointCode: string
  name: string
  units: string[]
  cadre: { openid: string; name: string }
  /** households living in it now */
  households: number
  active: boolean
  /** the caller is its cadre */
  mine: boolean
}

/** A change as the ledger reads it; `at` is ISO 8601 with the China offset. */
export type HouseholdChangeView =
  | { kind: 'movedIn' | 'movedOut'; at: string }
  | { kind: 'flagOn' | 'flagOff'; flag: HouseholdFlag; at: string }

/** A household: for its area's cadre and the point's leaders only (reads by others than the cadre are audited). */
export interface HouseholdView extends HouseholdFacts {
  id: string
  area: string
  pointCode: string
  changes: HouseholdChangeView[]
  createdAt: string
  updatedAt: string
}

export interface AreaResponses {
  'areas.list': { areas: AreaView[]; mayManage: boolean }
  'areas.save': AreaView
  'areas.retire': AreaView
  /** active households first (by address), then those moved out */
  'households.list': { area: AreaView; households: HouseholdView[] }
  'households.get': HouseholdView
  'households.save': HouseholdView
  'households.moveOut': HouseholdView
}
