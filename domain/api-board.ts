/** 大家说的事 (件件有着落，事事有回音): the public board of a point, for every resident. */
import type { Category } from './categories'
import type { RatingLevel } from './handling'

/** A rate is shown only over enough matters; under that, the count with 样本不足. */
export type RateFigure = { value: number } | { insufficient: true; n: number }

/** A point's headline figures for this year (China time), from its matters. */
export interface BoardHeadline {
  /** e.g. 2026 */
  year: number
  /** matters registered this year (withdrawn ones not counted) */
  collected: number
  /** of those, answered or closed */
  answeredClosed: number
  /** 反馈办结率: answered and closed ÷ collected */
  feedbackRate: RateFigure
  /** rated by their residents */
  rated: number
  /** 满意率: (满意 + 基本满意) ÷ rated by residents; 未评价 never counts as satisfied */
  satisfactionRate: RateFigure
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

export interface BoardResponses {
  'board.list': BoardPage
}
