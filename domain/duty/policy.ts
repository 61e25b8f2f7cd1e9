/**
 * 值班: the admin and the point's leaders arrange its roster; whoever works at the point
 * reads it and asks to swap; absences (请假、外出) are one's own to record, or a leader's
 * for the staff of their points.
 */
import { mayAdministerStaff } from '../points/policy'
import { holds, holdsAt, LEADS, LEADERS, managesPoint, POINT_STAFF, sharePoint, type Caller } from '../points/roles'

export const mayArrangeDuty = (c: Caller, pointCode: string) => managesPoint(c, pointCode)
export const maySeeRoster = (c: Caller, pointCode: string) => managesPoint(c, pointCode) || holdsAt(c, POINT_STAFF, pointCode)
/** A pending swap: the point's managers see all; the rest of its staff the swaps they are in. */
export const maySeeSwap = (c: Caller, s: { readonly pointCode: string; readonly from: string; readonly to: string }) =>
  mayArrangeDuty(c, s.pointCode) || (maySeeRoster(c, s.pointCode) && (s.from === c.openid || s.to === c.openid))

/** 换班 is asked by the point's staff (the roster says whether they are on that duty). */
export const mayAskSwap = (c: Caller, pointCode: string) => holdsAt(c, POINT_STAFF, pointCode)
/** Who can be put on duty at all (the roster checks the point and absences). */
export const takesDuty = (s: Caller) => holds(s, POINT_STAFF)

/** Before the person is read: one's own, or a leader or admin asking for someone. */
export const mayRecordAbsences = (c: Caller, openid: string) => (c.active && c.openid === openid) || holds(c, LEADS)
/** Once read: an admin anyone's within their reach, a leader the staff of their points. */
export const mayRecordAbsenceOf = (c: Caller, person: { readonly openid: string; readonly points: readonly string[]; readonly nodes?: readonly string[]; readonly active: boolean }) =>
  (c.active && c.openid === person.openid) || mayAdministerStaff(c, person) || (holds(c, LEADERS) && sharePoint(c, person))
