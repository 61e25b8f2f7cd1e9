/** What the functions answer about a 两代表工作室's plan, 意见建议 and 评议. */
import type { RatingLevel } from '../matters/handling'
import type { Half, PlanKind } from './plan'
import type { RatingCounts } from './ratings'
import type { SuggestionState } from './suggestions'

export interface StudioRef {
  code: string
  name: string
}

export interface PlanEntryView {
  date: string
  half: Half
  kind: PlanKind
  /** the deputies on duty, by name (public, like 接访公示) */
  deputies: { openid: string; name: string }[]
  note: string
}

/** A month's plan as the studio's staff keep it. */
export interface StudioPlanView {
  pointCode: string
  pointName: string
  month: string
  entries: PlanEntryView[]
  published: boolean
  /** shortfalls against the monthly minimum (domain/studio/plan.ts planWarnings) */
  warnings: string[]
  /** the studio's deputies, for the form and the rotation */
  deputies: { openid: string; name: string }[]
  /** the rotation's proposal for the month (nothing is saved until the liaison saves) */
  proposal: PlanEntryView[]
  can: { save: boolean; route: boolean }
}

/** A month's published plan as residents read it on the studio's page. */
export interface PublicPlanView {
  pointCode: string
  pointName: string
  month: string
  /** empty until the studio publishes the month */
  entries: PlanEntryView[]
  /** the quarter the 评议 form rates, and the caller's rating of it if given */
  quarter: string
  myRating: { level: RatingLevel; opinion: string } | null
}

export interface SuggestionView {
  id: string
  pointCode: string
  content: string
  raisedBy: string
  /** raised through the app by residents (their names are never shown) */
  fromResidents: number
  state: SuggestionState
  stateLabel: string
  route: { label: string; request: string; dueAt: string; matterId: string | null } | null
  progress: { at: string; text: string; by: string }[]
  feedback: { at: string; outcome: string } | null
  createdAt: string
}

export interface StudioRatingsView {
  pointCode: string
  quarter: string
  total: number
  counts: RatingCounts
  /** with personal data taken out; empty below `opinionsFrom` responses */
  opinions: string[]
  opinionsFrom: number
}

export interface StudioStaffResponses {
  'studio.list': { studios: StudioRef[] }
  'studio.plan': StudioPlanView
  'studio.savePlan': StudioPlanView
  'studio.suggest': SuggestionView
  'studio.suggestions': { suggestions: SuggestionView[] }
  'studio.route': SuggestionView
  'studio.update': SuggestionView
  'studio.feedback': SuggestionView
  'studio.ratings': StudioRatingsView
}

export interface StudioResidentResponses {
  'studio.plan': PublicPlanView
  'studio.rate': { quarter: string; level: RatingLevel; opinion: string }
  'studio.suggest': { id: string }
}
