/**
 * Bookings a schedule change stranded (their slot left the schedule, their day closed, or
 * their slot's places were cut): listed for the admin with the contact masked, with the
 * 约访 slots they can move to; moving one keeps the resident's single booking, taking the
 * new place and freeing the old in one transaction (lib/booking-change). Cancelling one
 * is booking.cancelByStaff, with a reason the resident sees.
 */
import type { ScheduleEvent } from '../../domain/schedule/schemas'
import type { MovedBooking, StrandedPage } from '../../domain/schedule/api'
import { BOOKING_LIST_DAYS } from '../../domain/booking/rules'
import { maskName, maskPhone } from '../../domain/privacy/mask'
import { openingsBetween, parseSlotId } from '../../domain/schedule/openings'
import { chinaWallClock } from '../../domain/kernel/time'
import { moveBookingTx, readBooker } from './booking-change'
import { AppError } from '../kernel/respond'
import { runTransactionWithRetry } from '../kernel/transaction'
import { keeperOf, placesBooked, readSchedule, scheduleKeeper, strandedBookings } from '../schedule/schedule-ops'
import { mayKeepSchedule } from '../../domain/schedule/policy'
import type { StaffContext } from '../kernel/staff-context'
import { asBooking } from '../kernel/reads'

const hhmm = (at: Date) => chinaWallClock(at).format('HH:mm')
const ymd = (at: Date) => chinaWallClock(at).format('YYYY-MM-DD')

export async function scheduleStranded(input: ScheduleEvent<'schedule.stranded'>, ctx: StaffContext): Promise<StrandedPage> {
  await keeperOf(ctx, input.pointCode)
  const schedule = await readSchedule(ctx.db, input.pointCode)
  const stranded = await strandedBookings(ctx.db, schedule, ctx.now)
  // the 约访 slots still to come in the booking window, with places left
  const openings = openingsBetween(schedule.pointCode, schedule.rules, schedule.exceptions, ymd(ctx.now), BOOKING_LIST_DAYS).filter((o) => o.slots.length > 0 && o.endAt > ctx.now)
  const booked = await placesBooked(ctx.db, openings.flatMap((o) => o.slots.map((s) => s.id)))
  return {
    bookings: stranded.map(({ booking: b, reason }) => ({
      id: b._id,
      date: ymd(b.startAt),
      start: hhmm(b.startAt),
      end: hhmm(b.endAt),
      category: b.category,
      topic: b.topic,
      name: maskName(b.contact.name),
      phone: maskPhone(b.contact.phone),
      reason,
    })),
    choices: openings.map((o) => ({
      id: o.id,
      date: o.date,
      start: o.start,
      end: o.end,
      slots: o.slots
        .filter((s) => s.startAt > ctx.now)
        .map((s) => ({ id: s.id, start: s.start, end: s.end, capacity: s.capacity, left: Math.max(0, s.capacity - (booked.get(s.id) ?? 0)) })),
    })),
  }
}

export async function bookingMove(input: ScheduleEvent<'booking.move'>, ctx: StaffContext): Promise<MovedBooking> {
  const staff = await scheduleKeeper(ctx)
  const first = asBooking((await ctx.db.collection('bookings').doc(input.id).get()).data)
  // a booking of a point the caller does not keep answers like a missing one
  if (!first || !mayKeepSchedule(staff, first.pointCode)) throw new AppError('NOT_FOUND', '没有找到这个预约')
  const named = parseSlotId(input.slotId)
  const schedule = await readSchedule(ctx.db, first.pointCode)
  const opening = named && named.pointCode === first.pointCode ? openingsBetween(first.pointCode, schedule.rules, schedule.exceptions, named.date, 1).find((o) => o.slots.some((s) => s.id === input.slotId)) : undefined
  const slot = opening?.slots.find((s) => s.id === input.slotId)
  if (!opening || !slot) throw new AppError('INVALID_INPUT', '没有这个时段，请重新选择')
  if (slot.startAt <= ctx.now) throw new AppError('INVALID_INPUT', '这个时段已经过去了，请选择其他时段')

  const queued: string[] = []
  const moved = await runTransactionWithRetry(ctx.db, async (tx) => {
    queued.length = 0 // a retried attempt queues afresh
    const b = asBooking((await tx.collection('bookings').doc(input.id).get()).data)
    if (!b) throw new AppError('NOT_FOUND', '没有找到这个预约')
    if (b.ownerOpenid && b.openingId !== opening.id) {
      const me = await readBooker(tx, b.ownerOpenid)
      if (me.open.some((x) => x.id !== b._id && x.openingId === opening.id && x.startAt > ctx.now)) throw new AppError('INVALID_INPUT', '这位居民在这次开放已经有一个预约，请选择其他时间')
    }
    return moveBookingTx(tx, b, { slot: { id: slot.id, pointCode: b.pointCode, capacity: slot.capacity }, openingId: opening.id, startAt: slot.startAt, endAt: slot.endAt }, input.reason, ctx.now, queued)
  })
  ctx.queued.push(...queued)
  return { id: moved._id, date: ymd(moved.startAt), start: hhmm(moved.startAt), end: hhmm(moved.endAt) }
}
