/** 大家说的事 (件件有着落，事事有回音): the public board of a point, for every resident. */
import type { BoardStatus } from './board'
import type { Category } from '../matters/categories'
import type { Rate } from '../figures/figures'
import type { RatingLevel } from '../matters/handling'

/**
 * A point's headline figures for this year (China time): the very figures 数字 gives for
 * that point and the days from 1 January to 31 December (domain/figures/figures.ts).
 */
export interface BoardHeadline {
  /** e.g. 2026 */
  year: number
  /** matters registered this year (withdrawn ones not counted) */
  collected: number
  /** of those, answered or closed */
  answeredClosed: number
  /** 反馈办结率: answered and closed ÷ collected */
  feedbackRate: Rate
  /** rated by their residents (a cadre's record of a 回访 is not) */
  rated: number
  /** 满意率: (满意 + 基本满意) ÷ rated by residents; 未评价 never counts as satisfied */
  satisfactionRate: Rate
}

/** One answered matter a resident agreed to make public, with personal data taken out. */
export interface BoardEntry {
  id: string
  category: Category
  /** the matter in the resident's words, names, numbers and addresses removed */
  content: string
  /** the answer, redacted the same way */
  answer: string
  rating: { level: RatingLevel; solved: boolean }
  /** 'YYYY-MM', China time: when it was answered */
  month: string
}

export interface BoardPage {
  pointName: string
  /** on the first page only (no cursor) */
  headline: BoardHeadline | null
  items: BoardEntry[]
  nextCursor: string | null
}

/** Where a matter the resident made public stands, as they read it on the matter. */
export interface BoardState {
  status: BoardStatus
  /** why a leader did not make it public (未公开) */
  reason: string | null
}

/** An entry waiting for a leader: what the board would show beside what was written. */
export interface BoardReviewEntry {
  id: string
  no: string
  pointCode: string
  pointName: string
  category: Category
  status: BoardStatus
  /** redacted, as the board would show them */
  content: string
  answer: string
  /** as the resident wrote it and the cadre answered it */
  originalContent: string
  originalAnswer: string
  rating: { level: RatingLevel; solved: boolean }
  /** ISO, China offset: when the resident made it public */
  at: string
  reason: string | null
}

export interface BoardPendingPage {
  items: BoardReviewEntry[]
  nextCursor: string | null
  /** all entries waiting at the caller's points (the workbench badge) */
  total: number
}

export interface BoardResponses {
  'board.list': BoardPage
  'board.withdraw': BoardState
}

export interface BoardStaffResponses {
  'board.pending': BoardPendingPage
  'board.review': BoardReviewEntry
  'board.withdraw': BoardReviewEntry
}
