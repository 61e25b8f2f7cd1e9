/** 评事日 (the quarter's report, rated by residents' representatives) and 民情专递工作半年小结. */
import type { FiguresView, NodeHead } from '../figures/api'
import type { TimelineEventType } from '../matters/api'
import type { Category } from '../matters/categories'
import type { RatingLevel, Track } from '../matters/handling'
import type { MeetingKind, Votes } from '../meetings/meetings'

/** A matter as the report shows it: its contact masked, no text of the resident's. */
export interface ReportItem {
  id: string
  no: string
  category: Category
  /** masked */
  name: string
  /** ISO 8601, China offset */
  createdAt: string
}

export interface ReportExtension extends ReportItem {
  reason: string
  /** the new deadline, ISO 8601 */
  to: string
}

export interface ReportUnsatisfied extends ReportItem {
  /** how many times the resident said 不满意 */
  times: number
  /** the resident's latest rating (null: not rated again yet) */
  latest: RatingLevel | null
  supervision: boolean
  /** what followed the first 不满意: reopened, answered again, 督办, rated, closed */
  followed: { type: TimelineEventType; at: string }[]
}

export interface ReportMeeting {
  id: string
  body: MeetingKind
  date: string
  recorded: boolean
  decisions: { no: string; category: string; decision: string; votes: Votes | null }[]
}

export interface QuarterRatingView {
  name: string
  level: RatingLevel
  opinion: string
  /** ISO 8601 */
  at: string
}

export interface QuarterReport {
  pointCode: string
  pointName: string
  year: number
  quarter: number
  from: string
  to: string
  /** the last talk day of the quarter by the point's schedule (null: none scheduled) */
  pingshiDay: string | null
  /** 评事日 has come or the quarter is over */
  ready: boolean
  /** read at (ISO 8601): the report holds as of this moment */
  asOf: string
  figures: FiguresView
  byCategory: { category: Category; count: number }[]
  /** null track: not yet accepted */
  byTrack: { track: Track | null; count: number }[]
  meetings: ReportMeeting[]
  /** households visited per cadre in the quarter (民情日记) */
  visits: { openid: string; name: string; households: number }[]
  extensions: ReportExtension[]
  unsatisfied: ReportUnsatisfied[]
  ratings: {
    satisfied: number
    basic: number
    unsatisfied: number
    list: QuarterRatingView[]
    /** the caller may rate now (a representative of the point who has not) */
    canRate: boolean
    /** the caller's own rating, if any */
    mine: QuarterRatingView | null
    /** why the caller may not rate yet, in words (null when they may, or are not a representative) */
    notYet: string | null
  }
}

/** 评事日 of a node: its quarter rolled up from its points', each child's figures beside it and ranked. */
export interface NodeQuarterReport {
  node: NodeHead
  year: number
  quarter: number
  from: string
  to: string
  /** the quarter is over */
  ready: boolean
  asOf: string
  /** the node's figures with `children` and `rankings` */
  figures: FiguresView
  byCategory: QuarterReport['byCategory']
  byTrack: QuarterReport['byTrack']
}

export type SummaryStatus = 'draft' | 'final'

/** A 半年小结 as stored and as shown: which point and half-year, how far, and its text. */
export interface SummaryFields {
  pointCode: string
  pointName: string
  year: number
  half: number
  status: SummaryStatus
  text: string
}

export interface SummaryView extends SummaryFields {
  id: string
  /** 0: not saved yet (opening the page stores nothing) */
  version: number
  /** a text generated now from the half-year's figures (the stored one may have been edited) */
  generated: string
  /** null: not saved yet */
  updatedAt: string | null
  /** why finalising now would be early (the half-year is not over), or null */
  earlyWarning: string | null
  finalisedAt: string | null
  finalisedByName: string | null
}

export interface ReportResponses {
  'reports.quarter': QuarterReport
  'reports.node': NodeQuarterReport
  'reports.rate': QuarterRatingView
  'summaries.draft': SummaryView
  'summaries.save': SummaryView
  'summaries.finalise': SummaryView
}
