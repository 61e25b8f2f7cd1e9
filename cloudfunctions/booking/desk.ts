/**
 * 值班台, server side: a day's bookings at the caller's points in time order, and what
 * the cadre on duty does with each: 到场, 未到, 取消 (with a reason the resident sees), and
 * 登记为诉求 (a matter owned by the resident, with the receiving cadre responsible).
 * Only cadres, leaders and deputies of the booking's point act on it.
 */
import type { BookingStaffEvent } from '../../domain/booking/schemas'
import type { DeskBooking, DeskPage, DeskWalkIn } from '../../domain/booking/api'
import type { StaffItemDetail } from '../../domain/matters/api'
import { maskName, maskPhone } from '../../domain/privacy/mask'
import { chinaDayEnd, chinaDayStart, chinaWallClock, toChinaIso } from '../../domain/kernel/time'
import { noShowOpen } from '../../domain/booking/rules'
import { cancelBookingTx, linkItemTx, settleBookingTx } from './booking-change'
import type { TransactionPort } from '../kernel/port'
import { stableId } from '../kernel/ids'
import type { BookingRecord, StaffRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { runTransactionWithRetry } from '../kernel/transaction'
import { requireRight, requireScope, whereOf } from '../kernel/access'
import { deskScope, mayCancelBooking, mayCancelBookingAtAll, mayHandleBooking, mayKeepDesk } from '../../domain/booking/policy'
import { listedPoints } from '../../domain/points/policy'
import type { StaffContext } from '../kernel/staff-context'
import { deskOpenings } from './desk-openings'
import { view } from '../matters/item-ops'
import { registerForResidentTx } from '../matters/register-matter'
import { asBooking, asBookings, asItemFields } from '../kernel/reads'

/** A resident may be checked in from 2 hours before the start. */
const CHECK_IN_FROM_MS = 2 * 60 * 60 * 1000

async function onDutyStaff(ctx: StaffContext): Promise<StaffRecord> {
  const staff = await ctx.caller()
  requireRight(mayKeepDesk(staff), '值班台仅供干部、领导和代表使用')
  return staff
}

function toDesk(b: BookingRecord): DeskBooking {
  return {
    id: b._id,
    pointCode: b.pointCode,
    openingId: b.openingId,
    status: b.status,
    start: chinaWallClock(b.startAt).format('HH:mm'),
    end: chinaWallClock(b.endAt).format('HH:mm'),
    endAt: toChinaIso(b.endAt),
    category: b.category,
    topic: b.topic,
    // enough to greet them at the desk; the full contact comes with the matter
    name: maskName(b.contact.name),
    phone: maskPhone(b.contact.phone),
    itemId: b.itemId ?? null,
  }
}

export async function deskToday(input: BookingStaffEvent<'desk.today'>, ctx: StaffContext): Promise<DeskPage> {
  const staff = await onDutyStaff(ctx)
  const listed = listedPoints(staff, input.pointCode)
  if (!listed) throw new AppError('FORBIDDEN', '只能查看自己所在说事点的值班台')
  const points = [...listed]
  const scope = requireScope(deskScope(staff, points), '值班台仅供干部、领导和代表使用')
  const date = input.date ?? chinaWallClock(ctx.now).format('YYYY-MM-DD')
  const from = chinaDayStart(date)
  const until = chinaDayEnd(date)
  const _ = ctx.db.command
  const { data } = await ctx.db
    .collection('bookings')
    // 上门走访 happen at the resident's home, not at the desk
    .where(_.and([whereOf(ctx.db, scope), { kind: _.neq('home'), startAt: _.gte(from).and(_.lt(until)) }]))
    .orderBy('startAt', 'asc')
    .limit(200)
    .get()
  return { date, openings: await deskOpenings(ctx.db, staff, points, date), bookings: asBookings(data).map(toDesk), walkIns: await walkInsOf(ctx, points, from, until) }
}

/** 代登记 at the points that day, as they came (the point_created index). */
async function walkInsOf(ctx: StaffContext, points: string[], from: Date, until: Date): Promise<DeskWalkIn[]> {
  const _ = ctx.db.command
  const { data } = await ctx.db
    .collection('items')
    .where({ pointCode: _.in(points), createdAt: _.gte(from).and(_.lt(until)), source: 'walk-in' })
    .orderBy('createdAt', 'asc')
    .field({ no: true, createdAt: true, pointCode: true, category: true, contact: true, status: true, assignee: true })
    .limit(100)
    .get()
  return asItemFields(data, ['no', 'createdAt', 'pointCode', 'category', 'contact', 'status', 'assignee']).map((i) => ({
    id: i._id,
    no: i.no,
    at: chinaWallClock(i.createdAt).format('HH:mm'),
    pointCode: i.pointCode,
    category: i.category,
    name: maskName(i.contact.name),
    status: i.status,
    assigneeName: i.assignee.name,
  }))
}

/** Changes one booking of the caller's points in a transaction through lib/booking-change. */
async function changeBooking(
  ctx: StaffContext,
  id: string,
  apply: (b: BookingRecord, tx: TransactionPort) => Promise<BookingRecord>,
  /** an admin may act at any point too (cancelling a booking a schedule change stranded) */
  admins = false,
): Promise<DeskBooking> {
  const staff = await ctx.caller()
  requireRight(admins ? mayCancelBookingAtAll(staff) : mayKeepDesk(staff), '值班台仅供干部、领导和代表使用')
  const may = admins ? mayCancelBooking : mayHandleBooking
  return runTransactionWithRetry(ctx.db, async (tx) => {
    const b = asBooking((await tx.collection('bookings').doc(id).get()).data)
    if (!b || !may(staff, b)) throw new AppError('NOT_FOUND', '没有找到这个预约')
    return toDesk(await apply(b, tx))
  })
}

export function checkIn(input: BookingStaffEvent<'booking.checkIn'>, ctx: StaffContext) {
  return changeBooking(ctx, input.id, async (b, tx) => {
    if (b.status === 'booked' && ctx.now.getTime() < b.startAt.getTime() - CHECK_IN_FROM_MS) throw new AppError('INVALID_INPUT', '还没到预约的时间')
    return settleBookingTx(tx, b, 'checkedIn', ctx.now)
  })
}

export function noShow(input: BookingStaffEvent<'booking.noShow'>, ctx: StaffContext) {
  return changeBooking(ctx, input.id, async (b, tx) => {
    if (b.status === 'booked' && !noShowOpen(b.endAt, ctx.now)) throw new AppError('INVALID_INPUT', `预约的时段结束后（${chinaWallClock(b.endAt).format('H:mm')} 后）才能记为未到`)
    return settleBookingTx(tx, b, 'noShow', ctx.now)
  })
}

export function cancelByStaff(input: BookingStaffEvent<'booking.cancelByStaff'>, ctx: StaffContext) {
  return changeBooking(ctx, input.id, (b, tx) => cancelBookingTx(tx, b, 'office', input.reason, ctx.now, ctx.queued), true)
}

/**
 * 登记为诉求: one matter per booking, owned by the resident, the receiving cadre
 * responsible; made like every matter (matters/new-matter.ts), content check included.
 */
export async function bookingToItem(input: BookingStaffEvent<'booking.toItem'>, ctx: StaffContext): Promise<StaffItemDetail> {
  const staff = await onDutyStaff(ctx)
  const id = stableId('booking-item', input.id)
  const deskBooking = async (tx: TransactionPort | null) => {
    const b = asBooking((await (tx ?? ctx.db).collection('bookings').doc(input.id).get()).data)
    if (!b || !mayHandleBooking(staff, b)) throw new AppError('NOT_FOUND', '没有找到这个预约')
    return b
  }
  const asked = await deskBooking(null)
  const ready = (b: BookingRecord) => {
    if (b.status !== 'checkedIn') throw new AppError('CONFLICT', '居民到场后才能登记为诉求')
  }
  // refused before the content check; checked again in the transaction
  if (!asked.itemId) ready(asked)
  const item = await registerForResidentTx(
    ctx,
    staff,
    {
      id,
      requestId: `booking-${input.id}`,
      ownerOpenid: asked.ownerOpenid,
      pointCode: asked.pointCode,
      category: input.category,
      content: input.content,
      contact: asked.contact,
      source: 'booking',
      how: '约访时登记',
      answerOnSpot: input.answerOnSpot,
    },
    {
      prepare: async (tx) => ready(await deskBooking(tx)),
      alongside: async (tx, matter) => {
        const b = await deskBooking(tx)
        if (b.itemId !== matter._id) await linkItemTx(tx, b, matter._id)
      },
    },
  )
  return view(ctx, staff, item)
}
