/** 数字: the figures a talk point is judged by, for leaders and admins (rules: domain/figures/figures.ts). */
import type { MatterSet, Rate } from './figures'
import type { ItemSummary } from '../matters/api'
import type { Ranking } from './rollup'

export type { MatterSet, Rate } from './figures'
export type { Ranking, RankedChild, UnrankedChild } from './rollup'

export type NodeLevel = 'county' | 'township' | 'village'

/** A node of the organisation tree as a page names it. */
export interface NodeSummary {
  code: string
  name: string
  level: NodeLevel
}

/** The node a roll-up is of, and the way up to it as far as the caller reaches (root first). */
export interface NodeHead extends NodeSummary {
  path: NodeSummary[]
}

/** One child's figures beside its parent's: a township, a village, or a point of a village. */
export interface ChildFigures {
  code: string
  name: string
  level: NodeLevel | 'point'
  /** the points under it (1 for a point) */
  points: number
  collected: number
  withdrawn: number
  answeredClosed: number
  overdueNow: number
  responded24h: Rate
  onTime: Rate
  feedbackRate: Rate
  solved: Rate
  satisfaction: Rate
}

/** A point's openings in one China month (the part of it within the period). */
export interface OpeningsMonth {
  pointCode: string
  pointName: string
  /** YYYY-MM */
  month: string
  /** the openings its schedule holds in that part of the month, as the rule counts them: a talk point's days, a studio's receptions */
  openings: number
  /** the month's shortfalls against the ≥ 4 a month rule (domain/schedule/openings.ts); null when the period holds only part of the month */
  shortfalls: string[] | null
}

export interface FiguresView {
  /** the period, China calendar days, both ends included */
  from: string
  to: string
  /** the points counted; null: every point */
  pointCodes: string[] | null
  /** the node rolled up (null: a point's or a caller's own points' figures) */
  node: NodeHead | null
  /** each child's figures (its matter figures are the sum of its points'); empty without a node */
  children: ChildFigures[]
  /** the children by 反馈办结率 and by 满意率, those under the minimum sample apart */
  rankings: Ranking[]
  /** the responsible cadre counted, when asked for one: who holds each matter now (a transferred matter counts for its new cadre) */
  cadre: string | null
  /** the moment the matters' states were read (ISO 8601, China offset) */
  asOf: string
  /** rates over fewer matters than this are 样本不足 */
  minSample: number
  collected: number
  withdrawn: number
  responded24h: Rate
  onTime: Rate
  /** of the matters on time, those with an extension */
  onTimeExtended: number
  answeredClosed: number
  feedbackRate: Rate
  /** 解决率 */
  solved: Rate
  /** 满意率: (满意 + 基本满意) among the residents' own ratings */
  satisfaction: Rate
  rated: number
  satisfied: number
  basic: number
  unsatisfied: number
  unrated: number
  cadreRecorded: number
  awaitingRating: number
  overdueNow: number
  extensions: number
  escalations: number
  /** households each cadre visited (民情日记), month by month, against the point's quota */
  visits: VisitFigure[]
  /** each point's monthly quota of households */
  visitQuota: VisitQuotaFigure[]
  openings: OpeningsMonth[]
}

/** A matter behind a figure, its contact masked. */
export interface FigureItem extends ItemSummary {
  assigneeName: string
  name: string
  phone: string
}

export interface FigureItemsPage {
  figure: MatterSet
  items: FigureItem[]
  nextCursor: string | null
}

export interface FiguresResponses {
  'figures.get': FiguresView
  'figures.nodes': { nodes: NodeSummary[] }
  'figures.items': FigureItemsPage
}

/** One cadre's households in one month at one point (走访 of 民情日记). */
export interface VisitFigure {
  /** 'YYYY-MM', China time */
  month: string
  pointCode: string
  /** a cadre of two points has a row at each: the point says which */
  pointName: string
  openid: string
  name: string
  households: number
  min: number
  max: number
  /** fewer households than the minimum (so far, in the month under way) */
  behind: boolean
  /** the month is over: behind is final */
  monthOver: boolean
}

export interface VisitQuotaFigure {
  pointCode: string
  min: number
  max: number
}
