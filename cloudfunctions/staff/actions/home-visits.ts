/**
 * 上门走访, the point's side: the requests of the caller's points (name, phone and
 * address masked except for the cadre who took one and the point's leaders, each
 * unmasked read audited), and taking one: in one transaction the request becomes the
 * caller's and a booking of kind 上门 at the date and time they set, and the resident is
 * told. Two cadres taking one request at once: one wins, the other gets CONFLICT.
 */
import type { StaffHomeVisitView } from '../../../domain/api'
import { checkVisitTime, VISIT_MINUTES, visitStart } from '../../../domain/home-visits'
import { maskAddress, maskName, maskPhone } from '../../../domain/privacy'
import type { StaffEvent } from '../../../domain/staff-schemas'
import { chinaWallClock, toChinaIso } from '../../../domain/time'
import { audit } from '../../lib/audit'
import { createBookingTx } from '../../lib/booking-change'
import { scheduleHomeVisitTx } from '../../lib/home-visit-change'
import { stableId } from '../../lib/ids'
import { offsetOf, pageOf } from '../../lib/paging'
import type { BookingRecord, HomeVisitRecord, StaffRecord } from '../../lib/records'
import { AppError } from '../../lib/respond'
import { runTransactionWithRetry } from '../../lib/transaction'
import { hasRole } from '../access'
import type { StaffContext } from '../context'

async function visitingStaff(ctx: StaffContext): Promise<StaffRecord> {
  const staff = await ctx.caller()
  if (!hasRole(staff, 'cadre', 'leader', 'deputy')) throw new AppError('FORBIDDEN', '上门走访仅供说事点的干部、领导和代表安排')
  return staff
}

const seesContact = (staff: StaffRecord, v: HomeVisitRecord) => v.cadre?.openid === staff.openid || hasRole(staff, 'leader')

function toStaffView(staff: StaffRecord, v: HomeVisitRecord): StaffHomeVisitView {
  const full = seesContact(staff, v)
  return {
    id: v._id,
    status: v.status,
    pointCode: v.pointCode,
    pointName: v.pointName,
    topic: v.topic,
    preferred: v.preferred,
    createdAt: toChinaIso(v.createdAt),
    name: full ? v.contact.name : maskName(v.contact.name),
    phone: full ? v.contact.phone : maskPhone(v.contact.phone),
    address: full ? v.address : maskAddress(v.address),
    masked: !full,
    cadre: v.cadre,
    date: v.startAt ? chinaWallClock(v.startAt).format('YYYY-MM-DD') : null,
    start: v.startAt ? chinaWallClock(v.startAt).format('HH:mm') : null,
    mine: v.cadre?.openid === staff.openid,
    bookingId: v.bookingId,
  }
}

async function auditUnmasked(ctx: StaffContext, staff: StaffRecord, visits: HomeVisitRecord[]): Promise<void> {
  const seen = visits.filter((v) => seesContact(staff, v))
  await Promise.all(seen.map((v) => audit(ctx.db, { actor: staff.openid, action: 'homeVisit.contact.view', target: v._id, at: ctx.now })))
}

export async function listHomeVisits(input: StaffEvent<'homeVisit.list'>, ctx: StaffContext): Promise<{ items: StaffHomeVisitView[]; nextCursor: string | null }> {
  const staff = await visitingStaff(ctx)
  if (input.pointCode && !staff.points.includes(input.pointCode)) throw new AppError('FORBIDDEN', '只能查看自己所在说事点的上门走访')
  const points = input.pointCode ? [input.pointCode] : staff.points
  const offset = offsetOf(input.cursor)
  const size = input.limit ?? 20
  const _ = ctx.db.command
  const { data } = await ctx.db
    .collection('homeVisits')
    .where({ pointCode: _.in(points), ...(input.status ? { status: input.status } : {}) })
    // waiting requests oldest first (first come, first served); the rest newest first
    .orderBy('createdAt', input.status === 'pending' ? 'asc' : 'desc')
    .skip(offset)
    .limit(size + 1)
    .get()
  const page = pageOf(data as HomeVisitRecord[], offset, size)
  await auditUnmasked(ctx, staff, page.rows)
  return { items: page.rows.map((v) => toStaffView(staff, v)), nextCursor: page.nextCursor }
}

export async function scheduleHomeVisit(input: StaffEvent<'homeVisit.schedule'>, ctx: StaffContext): Promise<StaffHomeVisitView> {
  const staff = await visitingStaff(ctx)
  const rule = checkVisitTime(input.date, input.time, ctx.now)
  if (!rule.ok) throw new AppError('INVALID_INPUT', rule.message)
  const startAt = visitStart(input.date, input.time)
  const bookingId = stableId('home-booking', input.id)
  const visit = await runTransactionWithRetry(
    ctx.db,
    async (tx) => {
      const v = (await tx.collection('homeVisits').doc(input.id).get()).data as HomeVisitRecord | null
      if (!v || !staff.points.includes(v.pointCode)) throw new AppError('NOT_FOUND', '没有找到这个上门走访申请')
      // the same cadre asking again (a lost answer): what they set stands
      if (v.status === 'scheduled' && v.cadre?.openid === staff.openid && v.startAt?.getTime() === startAt.getTime()) return v
      const cadre = { openid: staff.openid, name: staff.name }
      const scheduled = await scheduleHomeVisitTx(tx, v, cadre, bookingId, startAt, ctx.now)
      const booking: BookingRecord = {
        _id: bookingId,
        requestId: v.requestId,
        ownerOpenid: v.ownerOpenid,
        kind: 'home',
        pointCode: v.pointCode,
        pointName: v.pointName,
        openingId: null,
        slotId: null,
        startAt,
        endAt: new Date(startAt.getTime() + VISIT_MINUTES * 60 * 1000),
        category: '上门走访',
        topic: v.topic,
        contact: { name: v.contact.name, phone: v.contact.phone, address: v.address },
        status: 'booked',
        createdAt: ctx.now,
        cancelledAt: null,
        cancelReason: null,
        cancelledBy: null,
        homeVisitId: v._id,
        cadre,
      }
      await createBookingTx(tx, booking, null, null, ctx.now, ctx.queued)
      return scheduled
    },
    ctx.options.retry,
  )
  await auditUnmasked(ctx, staff, [visit])
  return toStaffView(staff, visit)
}
