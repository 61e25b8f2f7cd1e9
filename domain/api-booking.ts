/** The 约访 part of the contract: openings with their slots, and bookings. */
import type { OpeningKind } from './schedule'

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
  /** who is on duty and what for (the duty roster comes with the duty issue) */
  onDuty: { name: string; duty: string }[]
  slots: SlotView[]
}

export interface SlotsPage {
  openings: OpeningView[]
}

export type BookingStatus = 'booked' | 'cancelled' | 'checkedIn' | 'noShow'

export interface BookingView {
  id: string
  status: BookingStatus
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
  onDuty: { name: string; duty: string }[]
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
  status: BookingStatus
  start: string
  end: string
  category: string
  topic: string
  name: string
  phone: string
  itemId: string | null
}

export interface DeskPage {
  date: string
  bookings: DeskBooking[]
}
