/** 包片 documents as stored: `areas`, `households` (domain/areas/households.ts). */
import type { HouseholdChange, HouseholdFacts } from '../../domain/areas/households'

/** A 包片区 of a point: its 楼栋 / 村组 and the cadre responsible for it. */
export interface AreaRecord {
  _id: string
  pointCode: string
  name: string
  /** 楼栋 / 村组 names, in the leader's order */
  units: string[]
  /** the responsible cadre's openid; a handover (deactivation) moves it to the successor */
  cadre: string
  active: boolean
  createdAt: Date
  updatedAt: Date
}

/** A household of an area. No phone or ID number is ever stored (the redaction module refuses them). */
export interface HouseholdRecord extends HouseholdFacts {
  _id: string
  pointCode: string
  area: string
  /** moves and flag changes, oldest first: what the monthly ledger reports */
  changes: HouseholdChange[]
  createdAt: Date
  createdBy: string
  updatedAt: Date
}
