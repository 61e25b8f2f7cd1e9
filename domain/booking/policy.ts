/**
 * 值班台 and 上门走访: the point's staff (cadres, leaders, deputies) handle the bookings and
 * home-visit requests of their own points; an admin may also cancel a booking anywhere (a
 * schedule change stranded it). Each list's query applies its record's rule.
 */
import type { Scope } from '../kernel/scope'
import { atOwnPoint, ownPointsScope } from '../points/policy'
import { administersPoint, holds, isAdmin, leadsPoint, POINT_STAFF, type Caller } from '../points/roles'

interface AtPoint {
  readonly pointCode: string
}

/** The desk opens for the point's staff. */
export const mayKeepDesk = (c: Caller) => holds(c, POINT_STAFF)
/** A booking, to check in, mark, register: the staff of its point. */
export const mayHandleBooking = (c: Caller, b: AtPoint) => atOwnPoint(c, POINT_STAFF, b)
/** The desk's list, over the points asked for: the same rule as a query. */
export const deskScope = (c: Caller, points?: readonly string[]): Scope | null => ownPointsScope(c, POINT_STAFF, points)

/** 取消 by the office: the point's staff, or an admin of the point (a schedule change stranded it). */
export const mayCancelBookingAtAll = (c: Caller) => isAdmin(c) || mayKeepDesk(c)
export const mayCancelBooking = (c: Caller, b: AtPoint) => administersPoint(c, b.pointCode) || mayHandleBooking(c, b)

export interface HomeVisitRef extends AtPoint {
  readonly cadre: { readonly openid: string } | null
}

/** 上门走访 requests are arranged by the point's staff. */
export const mayArrangeHomeVisits = (c: Caller) => holds(c, POINT_STAFF)
export const mayHandleHomeVisit = (c: Caller, v: AtPoint) => atOwnPoint(c, POINT_STAFF, v)
export const homeVisitScope = (c: Caller, points?: readonly string[]): Scope | null => ownPointsScope(c, POINT_STAFF, points)

/** The household's name, phone and address: the visiting cadre and the point's leaders. */
export const seesHomeVisitContact = (c: Caller, v: HomeVisitRef) => (c.active && v.cadre?.openid === c.openid) || leadsPoint(c, v.pointCode)

/** 已上门 is the visiting cadre's to record, or a leader's of the point (the cadre has left, say). */
export const mayMarkHomeVisitDone = seesHomeVisitContact
