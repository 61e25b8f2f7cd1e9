/** The documents of a point's schedule and of residents' 约访 and 上门走访, as stored (re-exported by records.ts). */
import type { HomeVisitStatus, VisitTime } from '../../domain/booking/home-visits'
import type { OpeningRule, ScheduleException } from '../../domain/schedule/openings'

/** A point's opening rules and dated exceptions (domain/schedule/openings.ts). */
export interface ScheduleRecord {
  _id: string
  pointCode: string
  rules: OpeningRule[]
  exceptions: ScheduleException[]
  /** bumped by every save: a save over a newer one is refused (absent: 0, never saved) */
  version?: number
  updatedAt?: Date
  updatedBy?: string
}

/** A resident's 约访 of one slot, or a 上门走访 (kind 'home': no slot, a cadre who comes). */
export interface BookingRecord {
  _id: string
  requestId: string
  ownerOpenid: string
  /** absent: a slot at the point */
  kind?: 'home'
  pointCode: string
  pointName: string
  /** null for a 上门走访 */
  openingId: string | null
  slotId: string | null
  startAt: Date
  endAt: Date
  category: string
  topic: string
  contact: { name: string; phone: string; address: string }
  status: 'booked' | 'cancelled' | 'checkedIn' | 'noShow'
  createdAt: Date
  cancelledAt: Date | null
  cancelReason: string | null
  cancelledBy: 'resident' | 'office' | null
  /** the matter registered from it at the desk (登记为诉求) */
  itemId?: string
  /** 上门走访: the request it came from and the cadre who comes */
  homeVisitId?: string
  cadre?: { openid: string; name: string } | null
  /** the office moved it: why, as the resident reads it */
  changeReason?: string | null
  /** the reminder the evening before was queued for the current start */
  reminded?: boolean
}

/** A resident's request for a 上门走访 (domain/booking/home-visits.ts). */
export interface HomeVisitRecord {
  _id: string
  requestId: string
  ownerOpenid: string
  pointCode: string
  pointName: string
  address: string
  topic: string
  preferred: { dates: string[]; time: VisitTime }
  contact: { name: string; phone: string }
  status: HomeVisitStatus
  createdAt: Date
  updatedAt: Date
  /** set when a cadre takes it */
  cadre: { openid: string; name: string } | null
  bookingId: string | null
  startAt: Date | null
  cancelledAt: Date | null
  cancelledBy: 'resident' | 'office' | null
  cancelReason: string | null
  /** 已上门: when the cadre recorded it, and the 民情日记 entry written with it */
  visitedAt?: Date | null
  diaryId?: string | null
}

