/** 集中议事 and 代理办事 as stored: a meeting of a body on an agenda, a trip to upper departments. */
import type { AgendaItem, RecordStatus, TripItem } from '../../domain/meetings/api'
import type { Attendance, MeetingKind, Votes } from '../../domain/meetings/meetings'
import type { Opinion } from '../../domain/meetings/forum'
import { reader } from '../kernel/reads'

export interface MeetingDecisionRecord {
  itemId: string
  decision: string
  votes?: Votes
}

export interface MeetingRecord {
  _id: string
  pointCode: string
  pointName: string
  body: MeetingKind
  /** YYYY-MM-DD, China */
  date: string
  /** 座谈会: what it is about, and the opinions heard (domain/meetings/forum.ts) */
  topic?: string
  opinions?: Opinion[]
  /** the matters as they were when convened (for the record; each matter's own page has it now) */
  agenda: AgendaItem[]
  itemIds: string[]
  status: RecordStatus
  convenedBy: string
  convenedByName: string
  createdAt: Date
  attendance: Attendance | null
  decisions: MeetingDecisionRecord[]
  /** the matters whose decision is on their timeline, each written in the same transaction as its mark here */
  done: string[]
  recordedBy: string | null
  recordedByName: string | null
  recordedAt: Date | null
}

export interface TripResultRecord {
  itemId: string
  takenAt: string
  department: string
  answer?: string
}

/** One change a trip makes to one matter: taken there the first time, taken again, or the answer. */
export interface TripStep {
  key: string
  itemId: string
  kind: 'escalate' | 'followUp' | 'answer'
  department: string
  takenAt: string
  answer?: string
}

export interface TripRecord {
  _id: string
  pointCode: string
  pointName: string
  /** the planned day, YYYY-MM-DD, China */
  date: string
  items: TripItem[]
  itemIds: string[]
  status: RecordStatus
  plannedBy: string
  plannedByName: string
  createdAt: Date
  results: TripResultRecord[]
  steps: TripStep[]
  /** the keys of the steps on their matters' timelines */
  done: string[]
  recordedBy: string | null
  recordedByName: string | null
  recordedAt: Date | null
}

/** A meeting as convened (集中议事 or 座谈会): planned, nothing recorded yet. */
export const convened = (staff: { openid: string; name: string }, now: Date) => ({
  status: 'planned' as const,
  convenedBy: staff.openid,
  convenedByName: staff.name,
  createdAt: now,
  attendance: null,
  decisions: [],
  done: [],
  recordedBy: null,
  recordedByName: null,
  recordedAt: null,
})

export const meetings = reader<MeetingRecord>('meetings', { pointCode: 'string', body: 'string', date: 'string', itemIds: 'array', status: 'string', decisions: 'array', done: 'array', createdAt: 'date' })
export const asMeeting = meetings.one
export const asFoundMeeting = meetings.found
export const asMeetings = meetings.all

export const trips = reader<TripRecord>('trips', { pointCode: 'string', date: 'string', items: 'array', itemIds: 'array', status: 'string', results: 'array', steps: 'array', done: 'array', createdAt: 'date' })
export const asTrip = trips.one
export const asFoundTrip = trips.found
export const asTrips = trips.all
