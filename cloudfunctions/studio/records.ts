/** 两代表工作室 documents as stored: `studioPlans`, `suggestions`, `studioRatings` (domain/studio/). */
import type { RatingLevel } from '../../domain/matters/handling'
import type { PlanEntry } from '../../domain/studio/plan'
import type { RouteTarget, SuggestionState } from '../../domain/studio/suggestions'
import { reader } from '../kernel/reads'

/** A studio's month: `_id` is `${pointCode}-${month}`. */
export interface StudioPlanRecord {
  _id: string
  pointCode: string
  month: string
  entries: PlanEntry[]
  published: boolean
  publishedAt: Date | null
  updatedAt: Date
  updatedBy: string
}

export interface SuggestionRecord {
  _id: string
  pointCode: string
  content: string
  /** who raised it, as the studio recorded it (people, groups); 居民 for one raised in the app */
  raisedBy: string
  /** residents who raised it through the app: told the outcome, never shown */
  raisers: string[]
  state: SuggestionState
  route: { to: RouteTarget; request: string; dueAt: Date; at: Date; by: string } | null
  progress: { at: Date; text: string; by: string; byName: string }[]
  feedback: { at: Date; outcome: string; by: string } | null
  createdAt: Date
  createdBy: string
}

/** One rating of a studio's quarter: `_id` is `${pointCode}-${quarter}-${openid}`, so once each. */
export interface StudioRatingRecord {
  _id: string
  pointCode: string
  quarter: string
  openid: string
  level: RatingLevel
  opinion: string
  at: Date
}

export const asPlan = reader<StudioPlanRecord>('studioPlans', { pointCode: 'string', month: 'string', entries: 'array', published: 'boolean' }).one
const suggestions = reader<SuggestionRecord>('suggestions', { pointCode: 'string', content: 'string', raisedBy: 'string', raisers: 'array', state: 'string', progress: 'array', createdAt: 'date' })
export const asSuggestion = suggestions.one
export const asSuggestions = suggestions.all
export const asRatings = reader<StudioRatingRecord>('studioRatings', { pointCode: 'string', quarter: 'string', openid: 'string', level: 'string', opinion: 'string' }).all
export const asRating = reader<StudioRatingRecord>('studioRatings', { pointCode: 'string', quarter: 'string', openid: 'string', level: 'string', opinion: 'string' }).one
