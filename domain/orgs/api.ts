/** What the functions answer about the organisation tree. */
import type { OrgLevel } from './tree'

export interface OrgNodeView {
  code: string
  name: string
  level: OrgLevel
  parent: string | null
  /** the point codes directly under a village ([] for a county or township) */
  points: string[]
}

/** A node the caller holds a role at (for 我的 and the pickers). */
export interface HeldNodeView {
  code: string
  name: string
  level: OrgLevel
}

export interface OrgResponses {
  /** The active tree as far as the caller reaches (the deployment admin: all of it), roots first, children after their parent. */
  'orgs.tree': { nodes: OrgNodeView[] }
  'orgs.save': OrgNodeView
}
