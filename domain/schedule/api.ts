/** The schedule part of the `staff` contract: a point's rules, its month, and stranded bookings. */
import type { PointKind } from '../points/schemas'
import type { SlotView } from '../booking/api'
import type { OpeningKind, OpeningRule, ScheduleException } from './openings'

/** An opening of the month with its places (约访) and how many are booked. */
export interface MonthOpening {
  id: string
  /** 'YYYY-MM-DD', China time */
  date: string
  start: string
  end: string
  kind: OpeningKind
  /** 约访: slots × places; 0 for the other kinds */
  places: number
  booked: number
}

export interface MonthView {
  /** 'YYYY-MM' */
  month: string
  openings: MonthOpening[]
  /** shortfalls against the institution's rules (domain/schedule/openings.ts monthWarnings) */
  warnings: string[]
}

export interface ScheduleView {
  pointCode: string
  pointName: string
  pointKind: PointKind
  rules: OpeningRule[]
  exceptions: ScheduleException[]
  /** send it back with schedule.save: a save over a newer one is refused */
  version: number
  updatedAt: string | null
  updatedBy: string | null
  /** the month asked for (this month by default) and the one after, before it starts */
  months: MonthView[]
  /** future bookings the schedule no longer holds (schedule.stranded lists them) */
  stranded: number
  /** 'YYYY-MM-DD', China time, by the server's clock */
  today: string
}

/** A booking the schedule no longer holds, as the admin sees it (contact masked). */
export interface StrandedBooking {
  id: string
  date: string
  start: string
  end: string
  category: string
  topic: string
  name: string
  phone: string
  reason: string
}

/** A 约访 opening a stranded booking can move to, with places left. */
export interface MoveChoice {
  id: string
  date: string
  start: string
  end: string
  slots: SlotView[]
}

export interface StrandedPage {
  bookings: StrandedBooking[]
  choices: MoveChoice[]
}

export interface MovedBooking {
  id: string
  date: string
  start: string
  end: string
}

export interface ScheduleResponses {
  'schedule.get': ScheduleView
  'schedule.save': ScheduleView
  'schedule.stranded': StrandedPage
  'booking.move': MovedBooking
}
