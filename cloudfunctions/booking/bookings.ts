/**
 * 约访: a point's openings and slots with the places left, booking and cancelling.
 * Capacity lives in one document per slot, changed only inside the booking's (or the
 * cancellation's) transaction, so the last place goes to exactly one resident; each
 * resident's open bookings live in one document too, so the per-resident rules hold
 * under parallel requests. The same requestId makes one booking; a resident makes at
 * most RATE_LIMITS.bookingsPerDay a day (policy/defaults.ts).
 */
import type { BookingResidentEvent } from '../../domain/booking/schemas'
import type { BookingView, SlotsPage } from '../../domain/booking/api'
import { BOOKING_LIST_DAYS, checkBooking, checkCancel, slotBookable } from '../../domain/booking/rules'
import { bookingShown } from '../../domain/booking/state'
import { closedDaysBetween, openingsBetween, openingTimes, parseSlotId, takesBookings, type Opening } from '../../domain/schedule/openings'
import { chinaWallClock, toChinaIso } from '../../domain/kernel/time'
import { RATE_LIMITS } from '../../domain/policy/defaults'
import { asSlots, cancelBookingTx, createBookingTx, readBooker } from './booking-change'
import { findActivePoint } from '../kernel/collections'
import { onDutyOfBookings, onDutyOfOpenings } from '../duty/duty-posted'
import { stableId } from '../kernel/ids'
import { readPage } from '../kernel/paging'
import { checkRate } from '../kernel/rate-limit'
import type { DatabasePort } from '../kernel/port'
import type { BookingRecord, PointRecord, ScheduleRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { runTransactionWithRetry } from '../kernel/transaction'
import type { ResidentContext } from '../kernel/resident-context'
import { asBooking, asBookings, asSchedule } from '../kernel/reads'

const DAY_MS = 24 * 60 * 60 * 1000
const perDay = RATE_LIMITS.bookingsPerDay
const bookingRate = (openid: string) => ({
  key: `booking-${openid}`,
  limit: perDay,
  windowMs: DAY_MS,
  message: `预约太频繁：每天最多预约 ${perDay} 次，请明天再试`,
})

async function scheduleOf(db: DatabasePort, pointCode: string): Promise<ScheduleRecord | null> {
  return asSchedule((await db.collection('schedules').doc(`schedule-${pointCode}`).get()).data) ?? null
}

function openingsOf(point: PointRecord, schedule: ScheduleRecord | null, from: string, days: number): Opening[] {
  return schedule ? openingsBetween(point.code, schedule.rules, schedule.exceptions, from, days) : []
}

/**
 * The point's openings from `from` (today) on, each with only the slots that can still be
 * booked, the closed days in that range with their reasons, and whether it takes bookings.
 */
export async function listSlots(input: BookingResidentEvent<'slots.list'>, { db, now }: ResidentContext): Promise<SlotsPage> {
  const point = await findActivePoint(db, input.pointCode)
  const from = input.from ?? chinaWallClock(now).format('YYYY-MM-DD')
  const days = input.days ?? BOOKING_LIST_DAYS
  const schedule = await scheduleOf(db, point.code)
  const openings = openingsOf(point, schedule, from, days)
    .filter((o) => o.endAt > now)
    .map((o) => ({ ...o, slots: o.slots.filter((s) => slotBookable(s.startAt, now)) }))
  const today = chinaWallClock(now).format('YYYY-MM-DD')
  const closedDays = schedule ? closedDaysBetween(schedule.exceptions, from < today ? today : from, days) : []
  const slotIds = openings.flatMap((o) => o.slots.map((s) => s.id))
  const onDuty = await onDutyOfOpenings(db, point, openings)
  const booked = new Map<string, number>()
  for (let i = 0; i < slotIds.length; i += 100) {
    const { data } = await db.collection('slots').where({ _id: db.command.in(slotIds.slice(i, i + 100)) }).limit(100).get()
    for (const s of asSlots(data)) booked.set(s._id, s.booked)
  }
  return {
    takesBookings: schedule ? takesBookings(schedule.rules, schedule.exceptions, today) : false,
    closedDays,
    openings: openings.map((o) => ({
      ...openingTimes(o),
      onDuty: onDuty.get(o.id) ?? [],
      slots: o.slots.map((s) => ({ id: s.id, start: s.start, end: s.end, capacity: s.capacity, left: Math.max(0, s.capacity - (booked.get(s.id) ?? 0)) })),
    })),
  }
}

function toView(b: BookingRecord, onDuty: BookingView['onDuty'], now: Date): BookingView {
  return {
    id: b._id,
    status: b.status,
    shown: bookingShown(b, now),
    kind: b.kind === 'home' ? 'home' : 'point',
    cadreName: b.cadre?.name ?? null,
    changeReason: b.changeReason ?? null,
    pointCode: b.pointCode,
    pointName: b.pointName,
    date: chinaWallClock(b.startAt).format('YYYY-MM-DD'),
    start: chinaWallClock(b.startAt).format('HH:mm'),
    end: chinaWallClock(b.endAt).format('HH:mm'),
    startAt: toChinaIso(b.startAt),
    category: b.category,
    topic: b.topic,
    onDuty,
    cancelReason: b.cancelReason,
    cancelledBy: b.cancelledBy,
  }
}

/** Bookings as the resident sees them, with who is on duty now (one batched read for all). */
async function viewsOf(db: DatabasePort, bookings: BookingRecord[], now: Date): Promise<BookingView[]> {
  const onDuty = await onDutyOfBookings(db, bookings)
  return bookings.map((b) => toView(b, (b.openingId && onDuty.get(b.openingId)) || [], now))
}

export async function createBooking(input: BookingResidentEvent<'booking.create'>, ctx: ResidentContext): Promise<BookingView> {
  const { db, now } = ctx
  const openid = ctx.openid()
  const id = stableId('booking', openid, input.requestId)
  const existing = asBooking((await db.collection('bookings').doc(id).get()).data)
  if (existing) return (await viewsOf(db, [existing], now))[0]

  const named = parseSlotId(input.slotId)
  if (!named) throw new AppError('INVALID_INPUT', '没有这个时段，请重新选择')
  const point = await findActivePoint(db, named.pointCode)
  const opening = openingsOf(point, await scheduleOf(db, point.code), named.date, 1).find((o) => o.slots.some((s) => s.id === input.slotId))
  const slot = opening?.slots.find((s) => s.id === input.slotId)
  if (!opening || !slot) throw new AppError('INVALID_INPUT', '没有这个时段，请重新选择')

  const booking = await runTransactionWithRetry(db, async (tx) => {
    const again = asBooking((await tx.collection('bookings').doc(id).get()).data)
    if (again) return again
    const rate = await checkRate(tx, bookingRate(openid), now)
    const me = await readBooker(tx, openid)
    const rule = checkBooking({ openingId: opening.id, startAt: slot.startAt }, now, me)
    if (!rule.ok) throw new AppError('INVALID_INPUT', rule.message)
    const record: BookingRecord = {
      _id: id,
      requestId: input.requestId,
      ownerOpenid: openid,
      pointCode: point.code,
      pointName: point.name,
      openingId: opening.id,
      slotId: slot.id,
      startAt: slot.startAt,
      endAt: slot.endAt,
      category: input.category,
      topic: input.topic,
      contact: input.contact,
      status: 'booked',
      createdAt: now,
      cancelledAt: null,
      cancelReason: null,
      cancelledBy: null,
    }
    await rate.record()
    return createBookingTx(tx, record, { id: slot.id, pointCode: point.code, capacity: slot.capacity }, me, now, ctx.queued)
  })
  return (await viewsOf(db, [booking], now))[0]
}

export async function cancelBooking(input: BookingResidentEvent<'booking.cancel'>, ctx: ResidentContext): Promise<BookingView> {
  const { db, now } = ctx
  const openid = ctx.openid()
  const booking = await runTransactionWithRetry(db, async (tx) => {
    const ref = tx.collection('bookings').doc(input.id)
    const b = asBooking((await ref.get()).data)
    // someone else's booking answers like a missing one
    if (!b || b.ownerOpenid !== openid) throw new AppError('NOT_FOUND', '没有找到这个预约')
    if (b.status !== 'booked') throw new AppError('CONFLICT', '这个预约已经不能取消了')
    if (b.kind === 'home') throw new AppError('INVALID_INPUT', '上门走访已经安排好了，如需改期或取消，请联系说事点')
    const rule = checkCancel(b.startAt, now)
    if (!rule.ok) throw new AppError('INVALID_INPUT', rule.message)
    return cancelBookingTx(tx, b, 'resident', input.reason ?? null, now, ctx.queued)
  })
  return (await viewsOf(db, [booking], now))[0]
}

export async function listMyBookings(input: BookingResidentEvent<'booking.listMine'>, ctx: ResidentContext): Promise<{ items: BookingView[]; nextCursor: string | null }> {
  const query = ctx.db.collection('bookings').where({ ownerOpenid: ctx.openid() }).orderBy('startAt', 'desc')
  const page = await readPage(query, input, 20, asBookings)
  return { items: await viewsOf(ctx.db, page.rows, ctx.now), nextCursor: page.nextCursor }
}
