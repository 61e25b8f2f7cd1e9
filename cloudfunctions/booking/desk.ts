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
import { chinaWallClock, fromChinaWallClock, toChinaIso } from '../../domain/kernel/time'
import { noShowOpen } from '../../domain/booking/rules'
import { claimActive } from '../matters/assignee'
import { cancelBookingTx, linkItemTx, settleBookingTx } from './booking-change'
import type { TransactionPort } from '../kernel/port'
import { stableId } from '../kernel/ids'
import { takeNumber } from '../matters/numbering'
import type { BookingRecord, ItemRecord, StaffRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { runTransactionWithRetry } from '../kernel/transaction'
import { requireRight, requireScope, whereOf } from '../kernel/access'
import { deskScope, mayCancelBooking, mayCancelBookingAtAll, mayHandleBooking, mayKeepDesk } from '../../domain/booking/policy'
import { listedPoints } from '../../domain/points/policy'
import type { StaffContext } from '../kernel/staff-context'
import { deskOpenings } from './desk-openings'
import { view } from '../matters/item-ops'
import { writeRegistered } from '../matters/register-write'

const DAY_MS = 24 * 60 * 60 * 1000
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
  const from = fromChinaWallClock(chinaWallClock(`${date}T00:00:00+08:00`))
  const _ = ctx.db.command
  const { data } = await ctx.db
    .collection('bookings')
    // 上门走访 happen at the resident's home, not at the desk
    .where(_.and([whereOf(ctx.db, scope), { kind: _.neq('home'), startAt: _.gte(from).and(_.lt(new Date(from.getTime() + DAY_MS))) }]))
    .orderBy('startAt', 'asc')
    .limit(200)
    .get()
  return { date, openings: await deskOpenings(ctx.db, staff, points, date), bookings: (data as BookingRecord[]).map(toDesk), walkIns: await walkInsOf(ctx, points, from) }
}

/** 代登记 at the points that day, as they came (the point_created index). */
async function walkInsOf(ctx: StaffContext, points: string[], from: Date): Promise<DeskWalkIn[]> {
  const _ = ctx.db.command
  const { data } = await ctx.db
    .collection('items')
    .where({ pointCode: _.in(points), createdAt: _.gte(from).and(_.lt(new Date(from.getTime() + DAY_MS))), source: 'walk-in' })
    .orderBy('createdAt', 'asc')
    .field({ no: true, createdAt: true, pointCode: true, category: true, contact: true, status: true, assignee: true })
    .limit(100)
    .get()
  return (data as ItemRecord[]).map((i) => ({
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
    const b = (await tx.collection('bookings').doc(id).get()).data as BookingRecord | null
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

/** 登记为诉求: one matter per booking, owned by the resident, the receiving cadre responsible. */
export async function bookingToItem(input: BookingStaffEvent<'booking.toItem'>, ctx: StaffContext): Promise<StaffItemDetail> {
  const staff = await onDutyStaff(ctx)
  const id = stableId('booking-item', input.id)
  const queued: string[] = []
  const item = await runTransactionWithRetry(ctx.db, async (tx) => {
    queued.length = 0 // a retried attempt queues afresh
    const ref = tx.collection('bookings').doc(input.id)
    const b = (await ref.get()).data as BookingRecord | null
    if (!b || !mayHandleBooking(staff, b)) throw new AppError('NOT_FOUND', '没有找到这个预约')
    const existing = (await tx.collection('items').doc(id).get()).data as ItemRecord | null
    if (existing) return existing
    if (b.status !== 'checkedIn') throw new AppError('CONFLICT', '居民到场后才能登记为诉求')
    const me = await claimActive(tx, staff.openid)
    if (!me) throw new AppError('FORBIDDEN', '您已不在岗')
    const { no, month, seq, record } = await takeNumber(tx, ctx.now)
    const created: ItemRecord = {
      _id: id,
      no,
      month,
      seq,
      requestId: `booking-${input.id}`,
      ownerOpenid: b.ownerOpenid,
      pointCode: b.pointCode,
      pointName: b.pointName,
      category: input.category,
      content: input.content,
      photos: [],
      contact: b.contact,
      status: 'submitted',
      assignee: { openid: me.openid, name: me.name },
      dueAt: null,
      contentReview: false,
      source: 'booking',
      timeline: [{ type: 'register', at: ctx.now, actor: me.openid, actorName: me.name, text: `约访时登记，登记编号 ${no}，由${me.name}负责办理` }],
      createdAt: ctx.now,
      updatedAt: ctx.now,
    }
    await record()
    const saved = await writeRegistered(ctx, tx, me, created, input.answerOnSpot, queued)
    await linkItemTx(tx, b, id)
    return saved
  })
  ctx.queued.push(...queued)
  return view(ctx, staff, item)
}
