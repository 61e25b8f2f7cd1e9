/**
 * 开放安排 (a point's opening rules, closed days, stranded bookings): kept by the admin and
 * the point's leaders, the same people who run the point.
 */
import { holds, LEADS, managesPoint, type Caller } from '../points/roles'

/** Leads anywhere at all: checked before the point is known (a booking's point is read after). */
export const mayKeepSchedules = (c: Caller) => holds(c, LEADS)
export const mayKeepSchedule = (c: Caller, pointCode: string) => managesPoint(c, pointCode)
