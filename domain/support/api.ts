/** What the 帮扶 actions answer. */
import type { SupportEvery } from './plans'

export interface SupportPlanView {
  id: string
  household: string
  address: string
  head: string
  area: string
  pointCode: string
  what: string
  who: string
  every: SupportEvery
  everyLabel: string
  active: boolean
  /** the current period: from (YYYY-MM-DD), due by the end of `dueBy` (YYYY-MM-DD) */
  periodStart: string
  dueBy: string
  /** a 入户 visit is recorded in the current period */
  madeThisPeriod: boolean
  periods: number
  onTime: number
}

export interface SupportFiguresView {
  pointCode: string
  /** null below 10 households with a plan */
  households: number | null
  periods: number | null
  onTime: number | null
  /** whole percent of closed periods whose visit was made on time */
  onTimeRate: number | null
  minimum: number
}

export interface SupportResponses {
  'support.save': SupportPlanView
  'support.list': { plans: SupportPlanView[] }
  'support.get': SupportPlanView
  'support.end': SupportPlanView
  'support.figures': SupportFiguresView
}
