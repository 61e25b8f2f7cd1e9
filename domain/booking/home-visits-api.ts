/** The 上门走访 part of the contract: a resident's requests, and the point's list for cadres. */
import type { HomeVisitShown, HomeVisitStatus, VisitTime } from './home-visits'

export interface HomeVisitPreferred {
  /** 'YYYY-MM-DD', China time */
  dates: string[]
  time: VisitTime
}

/** When and who, once a cadre has taken the request. */
export interface HomeVisitSchedule {
  date: string
  start: string
  cadreName: string
  bookingId: string
}

/** A request as its resident sees it (their own address in full). */
export interface HomeVisitView {
  id: string
  status: HomeVisitStatus
  /** as the resident reads it: 已安排 through the day, then 待确认 until 已上门 (domain/booking/home-visits.ts) */
  shown: HomeVisitShown
  pointCode: string
  pointName: string
  address: string
  topic: string
  preferred: HomeVisitPreferred
  createdAt: string
  scheduled: HomeVisitSchedule | null
  cancelledBy: 'resident' | 'office' | null
  cancelReason: string | null
}

/**
 * A request as the point's cadres see it: name, phone and address masked, except for the
 * cadre who took it and the point's leaders.
 */
export interface StaffHomeVisitView {
  id: string
  status: HomeVisitStatus
  pointCode: string
  pointName: string
  topic: string
  preferred: HomeVisitPreferred
  createdAt: string
  name: string
  phone: string
  address: string
  masked: boolean
  cadre: { openid: string; name: string } | null
  /** the visit, once taken: 'YYYY-MM-DD' and 'HH:mm' */
  date: string | null
  start: string | null
  /** the caller took it */
  mine: boolean
  /** the visit's booking, once taken: the office cancels it with a reason (booking.cancelByStaff) */
  bookingId: string | null
  /** 已上门 may be recorded now by the caller (the cadre who went, or a leader of the point) */
  canMarkDone: boolean
  /** the 民情日记 entry written with 已上门, if any */
  diaryId: string | null
}

export interface HomeVisitResidentResponses {
  'homeVisit.request': HomeVisitView
  'homeVisit.listMine': { items: HomeVisitView[]; nextCursor: string | null }
  'homeVisit.cancel': HomeVisitView
}

export interface HomeVisitStaffResponses {
  'homeVisit.list': { items: StaffHomeVisitView[]; nextCursor: string | null }
  'homeVisit.schedule': StaffHomeVisitView
  'homeVisit.done': StaffHomeVisitView
}
