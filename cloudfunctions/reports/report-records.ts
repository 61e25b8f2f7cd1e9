/** 评事日's ratings and the half-year summaries as stored. */
import type { RatingLevel } from '../../domain/matters/handling'
import type { SummaryFields } from '../../domain/reports/api'
import { reader } from '../kernel/reads'

/** One representative's rating of one point's quarter: its id is theirs, the point's and the quarter's. */
export interface QuarterRatingRecord {
  _id: string
  pointCode: string
  year: number
  quarter: number
  openid: string
  name: string
  level: RatingLevel
  opinion: string
  at: Date
}

/** 民情专递工作半年小结: one per point and half-year; once final it never changes. */
export interface SummaryRecord extends SummaryFields {
  _id: string
  version: number
  createdBy: string
  createdAt: Date
  updatedBy: string
  updatedAt: Date
  finalisedBy: string | null
  finalisedByName: string | null
  finalisedAt: Date | null
}

export const asQuarterRatings = reader<QuarterRatingRecord>('quarterRatings', { pointCode: 'string', openid: 'string', level: 'string', at: 'date' }).all
export const asSummary = reader<SummaryRecord>('summaries', { pointCode: 'string', status: 'string', text: 'string', version: 'number' }).one
