/** The 集中议事 (meetings) and 代理办事 (trips to upper departments) part of the contract. */
import type { StaffItemSummary } from '../matters/api'
import type { Tier } from '../matters/handling'
import type { Attendance, MeetingBody, MeetingKind, Votes } from './meetings'
import type { Opinion } from './forum'

/** planned: convened; recording: its decisions are being written onto the matters; recorded: done. */
export type RecordStatus = 'planned' | 'recording' | 'recorded'

/** A matter as an agenda shows it (no personal data: the matter's words, shortened). */
export interface AgendaItem {
  itemId: string
  no: string
  category: string
  excerpt: string
  assigneeName: string
}

export interface WaitingItem extends StaffItemSummary {
  tier: Tier
  /** a meeting already convened on it and not yet recorded */
  plannedMeeting: { id: string; date: string } | null
}

export interface WaitingGroup {
  body: MeetingBody
  items: WaitingItem[]
}

export interface WaitingPage {
  groups: WaitingGroup[]
  /** more matters wait than one answer carries */
  more: boolean
}

export interface MeetingDecisionView {
  itemId: string
  no: string
  decision: string
  votes: Votes | null
  /** 村民会议: passed by more than half of those present */
  passed: boolean | null
  /** on the matter's timeline already */
  written: boolean
}

export interface MeetingSummary {
  id: string
  pointCode: string
  pointName: string
  body: MeetingKind
  date: string
  status: RecordStatus
  agendaCount: number
  decidedCount: number
}

export interface MeetingView extends MeetingSummary {
  agenda: AgendaItem[]
  convenedBy: string
  attendance: Attendance | null
  decisions: MeetingDecisionView[]
  recordedBy: string | null
  recordedAt: string | null
  /** the caller may record it now (a leader of the point, the meeting held, not recorded yet) */
  canRecord: boolean
  /** 座谈会: its topic and opinions (null for a deciding meeting), and whether the caller may record them and turn them into matters */
  topic: string | null
  opinions: (Opinion & { index: number })[] | null
  canCollect: boolean
}

export interface MeetingsPage {
  meetings: MeetingSummary[]
  nextCursor: string | null
}

// ---- 代理办事 ----

export interface PendingTripItem extends StaffItemSummary {
  /** the department it was taken to; null when not taken there yet */
  department: string | null
  /** the first and the latest day it was taken there, YYYY-MM-DD */
  takenAt: string | null
  lastTakenAt: string | null
  /** China calendar days since the last trip (or since acceptance, not taken yet) */
  daysWaiting: number
  /** more than 7 days without a trip */
  overdueTrip: boolean
  plannedTrip: { id: string; date: string } | null
}

export interface TripGroup {
  /** null: accepted as 上报上级 and not taken anywhere yet */
  department: string | null
  items: PendingTripItem[]
  overdueTrip: boolean
}

export interface TripsPending {
  groups: TripGroup[]
  /** how many matters are flagged */
  overdue: number
  more: boolean
}

export interface TripItem extends AgendaItem {
  /** the department when planned; null when not taken anywhere yet */
  department: string | null
}

export interface TripResultView {
  itemId: string
  no: string
  takenAt: string
  department: string
  answer: string | null
  written: boolean
}

export interface TripSummary {
  id: string
  pointCode: string
  pointName: string
  date: string
  status: RecordStatus
  itemCount: number
  plannedBy: string
}

export interface TripView extends TripSummary {
  items: TripItem[]
  results: TripResultView[]
  recordedBy: string | null
  recordedAt: string | null
  canRecord: boolean
}

export interface TripsPage {
  trips: TripSummary[]
  nextCursor: string | null
}

export interface MeetingResponses {
  'meetings.waiting': WaitingPage
  'meetings.create': MeetingView
  'meetings.record': MeetingView
  'meetings.list': MeetingsPage
  'meetings.get': MeetingView
  'meetings.forum': MeetingView
  'meetings.opinions': MeetingView
  'meetings.opinionsToMatters': MeetingView
  'trips.pending': TripsPending
  'trips.plan': TripView
  'trips.record': TripView
  'trips.list': TripsPage
  'trips.get': TripView
}
