/**
 * What the schedule's actions share: who may keep a point's schedule (admins, and the
 * point's leaders), reading the point and its schedule, the places booked per slot, and
 * the future bookings the schedule no longer holds.
 */
import { openingsBetween } from '../../domain/schedule/openings'
import { daysThrough, strandedAmong } from '../../domain/schedule/month'
import { chinaWallClock } from '../../domain/kernel/time'
import type { DatabasePort } from '../kernel/port'
import type { BookingRecord, PointRecord, ScheduleRecord, StaffRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { requireRight } from '../kernel/access'
import { mayKeepSchedule, mayKeepSchedules } from '../../domain/schedule/policy'
import type { StaffContext } from '../kernel/staff-context'
import { asSlots } from '../booking/booking-change'
import { asBookings, asPoint, asSchedule } from '../kernel/reads'

const FORBIDDEN = '排班只能由管理员和本说事点的领导调整'

/** The caller, if they may keep schedules at all; which point is checked by `mayKeepSchedule`. */
export async function scheduleKeeper(ctx: StaffContext): Promise<StaffRecord> {
  const staff = await ctx.caller()
  requireRight(mayKeepSchedules(staff), FORBIDDEN)
  return staff
}

/** The caller, checked for this point before anything of it is read. */
export async function keeperOf(ctx: StaffContext, pointCode: string): Promise<StaffRecord> {
  const staff = await scheduleKeeper(ctx)
  requireRight(mayKeepSchedule(staff, pointCode), FORBIDDEN)
  return staff
}

export const scheduleDocId = (pointCode: string) => `schedule-${pointCode}`

export async function readPoint(db: DatabasePort, code: string): Promise<PointRecord> {
  const point = asPoint((await db.collection('points').doc(`point-${code}`).get()).data)
  if (!point) throw new AppError('NOT_FOUND', '没有找到这个说事点')
  return point
}

/** A point without a saved schedule has no openings yet (version 0). */
export async function readSchedule(db: DatabasePort, pointCode: string): Promise<ScheduleRecord> {
  const saved = asSchedule((await db.collection('schedules').doc(scheduleDocId(pointCode)).get()).data)
  return saved ?? { _id: scheduleDocId(pointCode), pointCode, rules: [], exceptions: [], version: 0 }
}

/** The places booked in each slot (slots nobody booked have no document). */
export async function placesBooked(db: DatabasePort, slotIds: readonly string[]): Promise<Map<string, number>> {
  const booked = new Map<string, number>()
  for (let i = 0; i < slotIds.length; i += 100) {
    const { data } = await db.collection('slots').where({ _id: db.command.in(slotIds.slice(i, i + 100)) }).limit(100).get()
    for (const s of asSlots(data)) booked.set(s._id, s.booked)
  }
  return booked
}

/** Bookings are at most 30 days ahead and 2 per resident: this bounds a point's future ones. */
const MAX_FUTURE_BOOKINGS = 1000

/** The point's future booked bookings the schedule no longer holds, each with why, in time order. */
export async function strandedBookings(db: DatabasePort, schedule: ScheduleRecord, now: Date): Promise<{ booking: BookingRecord; reason: string }[]> {
  const _ = db.command
  const { data } = await db
    .collection('bookings')
    .where({ pointCode: schedule.pointCode, status: 'booked', startAt: _.gt(now) })
    .orderBy('startAt', 'asc')
    .limit(MAX_FUTURE_BOOKINGS)
    .get()
  // a 上门走访 has no slot at the point and no place in the schedule
  const bookings = asBookings(data).filter((b): b is BookingRecord & { slotId: string } => b.slotId !== null && b.slotId !== undefined)
  if (bookings.length === 0) return []
  const from = chinaWallClock(now).format('YYYY-MM-DD')
  const openings = openingsBetween(schedule.pointCode, schedule.rules, schedule.exceptions, from, daysThrough(from, bookings[bookings.length - 1].startAt))
  const held = bookings.map((b) => ({ id: b._id, slotId: b.slotId, createdAt: b.createdAt }))
  const reasons = new Map(strandedAmong(openings, schedule.exceptions, held).map((s) => [s.id, s.reason]))
  return bookings.flatMap((b) => (reasons.has(b._id) ? [{ booking: b, reason: reasons.get(b._id) as string }] : []))
}
