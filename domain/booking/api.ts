/** The 约访 part of the contract: openings with their slots, and bookings. */
import type { BookingShown } from './state'
import type { OpeningKind } from '../schedule/openings'
import type { ItemStatus } from '../matters/status'
import type { StaffItemDetail } from '../matters/api'
import type { PostedDuty } from '../duty/roster'

export interface SlotView {
  id: string
  start: string
  end: string
  capacity: number
  left: number
}

export interface OpeningView {
  id: string
  /** 'YYYY-MM-DD', China time */
  date: string
  start: string
  end: string
  kind: OpeningKind
  /** who is on duty and what for (接访公示), a 挂点 leader with level and title */
  onDuty: PostedDuty[]
  /** only the slots that can still be booked (2 hours' notice, within 30 days) */
  slots: SlotView[]
}

/** A day the point does not open (a schedule exception), and why. */
export interface ClosedDay {
  date: string
  reason: string
}

export interface SlotsPage {
  /** the point has 约访 openings at all; a point without them is reached by coming or calling */
  takesBookings: boolean
  openings: OpeningView[]
  /** closed days in the range, in date order */
  closedDays: ClosedDay[]
}

export type BookingStatus = 'booked' | 'cancelled' | 'checkedIn' | 'noShow'

export interface BookingView {
  id: string
  status: BookingStatus
  /** what it has become, read at the cloud's clock (domain/booking/state.ts) */
  shown: BookingShown
  /** 'home': a 上门走访 (the cadre comes to the resident) */
  kind: 'point' | 'home'
  /** 上门走访: who comes */
  cadreName: string | null
  /** the office moved it: why */
  changeReason: string | null
  pointCode: string
  pointName: string
  date: string
  start: string
  end: string
  startAt: string
  category: string
  topic: string
  onDuty: PostedDuty[]
  cancelReason: string | null
  cancelledBy: 'resident' | 'office' | null
}

export interface BookingResponses {
  'slots.list': SlotsPage
  'booking.create': BookingView
  'booking.cancel': BookingView
  'booking.listMine': { items: BookingView[]; nextCursor: string | null }
}

/** A booking as the cadre on duty sees it at the desk (name and phone masked). */
export interface DeskBooking {
  id: string
  pointCode: string
  /** the opening it belongs to (DeskPage.openings); null for a 上门走访, which has none */
  openingId: string | null
  status: BookingStatus
  start: string
  end: string
  /** the slot's end, ISO: 未到 is offered from then on */
  endAt: string
  category: string
  topic: string
  name: string
  phone: string
  itemId: string | null
}

/** An opening of the day at the desk: its hours and kind. */
export interface DeskOpening {
  id: string
  pointCode: string
  start: string
  end: string
  kind: OpeningKind
  /** who covers it on the duty roster (接访公示) */
  onDuty: { name: string; duty: string }[]
  /** the caller is on duty for it */
  mine: boolean
}

/** A resident registered at the desk that day (代登记), as they came; contact masked. */
export interface DeskWalkIn {
  id: string
  no: string
  /** 'HH:mm', China time */
  at: string
  pointCode: string
  category: string
  name: string
  status: ItemStatus
  assigneeName: string
}

export interface DeskPage {
  date: string
  /** the day's openings the caller sees at the desk, in time order */
  openings: DeskOpening[]
  bookings: DeskBooking[]
  /** the day's walk-ins registered at the desk, in the order they came */
  walkIns: DeskWalkIn[]
}

export interface BookingStaffResponses {
  'desk.today': DeskPage
  'booking.checkIn': DeskBooking
  'booking.noShow': DeskBooking
  'booking.cancelByStaff': DeskBooking
  'booking.toItem': StaffItemDetail
}
