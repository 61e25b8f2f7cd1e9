/** The duty roster part of the contract (轮流值班, 接访公示), as staff see it. */
import type { AwayPeriod, DutyState, PostedDuty } from './roster'
import type { OpeningKind } from '../schedule/openings'

export type { PostedDuty } from './roster'

export interface DutyPersonView extends PostedDuty {
  openid: string
  /** present, or away / no longer in post (then they do not cover the opening) */
  state: DutyState
}

export interface DutyOpeningView {
  id: string
  /** 'YYYY-MM-DD', China time */
  date: string
  start: string
  end: string
  kind: OpeningKind
  /** started already: the roster of it is history */
  started: boolean
  onDuty: DutyPersonView[]
  /** nobody on duty is active and present */
  uncovered: boolean
}

export type SwapStatus = 'pending' | 'accepted' | 'declined' | 'withdrawn' | 'stale'

export interface SwapView {
  id: string
  status: SwapStatus
  /** the requester's duty the other cadre takes */
  opening: { id: string; date: string; start: string }
  from: { openid: string; name: string }
  to: { openid: string; name: string }
  /** the other cadre's duty the requester takes in return; null: a plain handover (代班) */
  their: { id: string; date: string; start: string } | null
  createdAt: string
}

export interface DutyCadreView {
  openid: string
  name: string
  duty: string
  away: AwayPeriod[]
}

export interface DutyMonth {
  pointCode: string
  pointName: string
  month: string
  openings: DutyOpeningView[]
  /** who may take duty at the point, for picking and for the rotation's order */
  cadres: DutyCadreView[]
  /** pending swap requests: all of the point's for those who manage it, otherwise the caller's own */
  swaps: SwapView[]
  viewer: { openid: string; canManage: boolean }
}

export interface DutyResponses {
  'duty.list': DutyMonth
  'duty.set': DutyOpeningView
  'duty.rotate': { assigned: number; startsWith: { openid: string; name: string } | null; uncovered: number }
  'duty.swapRequest': SwapView
  'duty.swapAnswer': SwapView
  'duty.swapWithdraw': SwapView
  'staff.setAway': { openid: string; away: AwayPeriod[] }
  'staff.clearAway': { openid: string; away: AwayPeriod[] }
}
