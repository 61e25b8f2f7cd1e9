/**
 * 上门走访, the point's side: the requests of the caller's points (name, phone and
 * address masked except for the cadre who took one and the point's leaders, each
 * unmasked read audited), and taking one: in one transaction the request becomes the
 * caller's and a booking of kind 上门 at the date and time they set, and the resident is
 * told. Two cadres taking one request at once: one wins, the other gets CONFLICT.
 */
import type { BookingStaffEvent } from '../../domain/booking/schemas'
import type { StaffHomeVisitView } from '../../domain/booking/home-visits-api'
import { checkVisitDone, checkVisitTime, visitStart } from '../../domain/booking/home-visits'
import { HOME_VISITS } from '../../domain/policy/defaults'
import { visitDateProblem } from '../../domain/diary/visits'
import { maskAddress, maskName, maskPhone } from '../../domain/privacy/mask'
import { chinaWallClock, toChinaIso } from '../../domain/kernel/time'
import { audit } from '../kernel/audit'
import { createBookingTx, homeVisitDoneTx } from './booking-change'
import { scheduleHomeVisitTx } from './home-visit-change'
import { stableId } from '../kernel/ids'
import { readPage } from '../kernel/paging'
import type { BookingRecord, HomeVisitRecord, StaffRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { runTransactionWithRetry } from '../kernel/transaction'
import { requireRight, requireScope, whereOf } from '../kernel/access'
import { homeVisitScope, mayArrangeHomeVisits, mayHandleHomeVisit, mayMarkHomeVisitDone, seesHomeVisitContact } from '../../domain/booking/policy'
import { listedPoints } from '../../domain/points/policy'
import type { StaffContext } from '../kernel/staff-context'
import { visitRecordOf, writeVisitTx } from '../diary/visit-write'
import { asBooking, asHomeVisit, asHomeVisits } from '../kernel/reads'

async function visitingStaff(ctx: StaffContext): Promise<StaffRecord> {
  const staff = await ctx.caller()
  requireRight(mayArrangeHomeVisits(staff), '上门走访仅供说事点的干部、领导和代表安排')
  return staff
}

function toStaffView(staff: StaffRecord, v: HomeVisitRecord, now: Date): StaffHomeVisitView {
  const full = seesHomeVisitContact(staff, v)
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
    canMarkDone: v.status === 'scheduled' && v.startAt !== null && mayMarkHomeVisitDone(staff, v) && checkVisitDone(v.startAt, now).ok,
    diaryId: v.diaryId ?? null,
  }
}

async function auditUnmasked(ctx: StaffContext, staff: StaffRecord, visits: HomeVisitRecord[]): Promise<void> {
  const seen = visits.filter((v) => seesHomeVisitContact(staff, v))
  await Promise.all(seen.map((v) => audit(ctx.db, { actor: staff.openid, action: 'homeVisit.contact.view', target: v._id, at: ctx.now })))
}

export async function listHomeVisits(input: BookingStaffEvent<'homeVisit.list'>, ctx: StaffContext): Promise<{ items: StaffHomeVisitView[]; nextCursor: string | null }> {
  const staff = await visitingStaff(ctx)
  const points = listedPoints(staff, input.pointCode)
  if (!points) throw new AppError('FORBIDDEN', '只能查看自己所在说事点的上门走访')
  const scope = requireScope(homeVisitScope(staff, points), '上门走访仅供说事点的干部、领导和代表安排')
  const query = ctx.db
    .collection('homeVisits')
    .where(whereOf(ctx.db, { ...scope, ...(input.status ? { status: input.status } : {}) }))
    // waiting requests oldest first (first come, first served); the rest newest first
    .orderBy('createdAt', input.status === 'pending' ? 'asc' : 'desc')
  const page = await readPage(query, input, 20, asHomeVisits)
  await auditUnmasked(ctx, staff, page.rows)
  return { items: page.rows.map((v) => toStaffView(staff, v, ctx.now)), nextCursor: page.nextCursor }
}

export async function scheduleHomeVisit(input: BookingStaffEvent<'homeVisit.schedule'>, ctx: StaffContext): Promise<StaffHomeVisitView> {
  const staff = await visitingStaff(ctx)
  const rule = checkVisitTime(input.date, input.time, ctx.now)
  if (!rule.ok) throw new AppError('INVALID_INPUT', rule.message)
  const startAt = visitStart(input.date, input.time)
  const bookingId = stableId('home-booking', input.id)
  const visit = await runTransactionWithRetry(
    ctx.db,
    async (tx) => {
      const v = asHomeVisit((await tx.collection('homeVisits').doc(input.id).get()).data)
      if (!v || !mayHandleHomeVisit(staff, v)) throw new AppError('NOT_FOUND', '没有找到这个上门走访申请')
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
        endAt: new Date(startAt.getTime() + HOME_VISITS.visitMinutes * 60 * 1000),
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
  return toStaffView(staff, visit, ctx.now)
}

/**
 * 已上门: the cadre who went (or a leader of the point) records the visit; its booking is
 * settled with it and, when the cadre wrote one, the 民情日记 entry (主动家访, on the
 * visit's date, at the resident's address) is written in the same transaction. The same
 * requestId twice records it once.
 */
export async function homeVisitDone(input: BookingStaffEvent<'homeVisit.done'>, ctx: StaffContext): Promise<StaffHomeVisitView> {
  const staff = await visitingStaff(ctx)
  const diaryId = input.diary ? stableId('visit', staff.openid, `home-${input.requestId}`) : null
  const visit = await runTransactionWithRetry(
    ctx.db,
    async (tx) => {
      const v = asHomeVisit((await tx.collection('homeVisits').doc(input.id).get()).data)
      if (!v || !mayHandleHomeVisit(staff, v)) throw new AppError('NOT_FOUND', '没有找到这个上门走访申请')
      if (!mayMarkHomeVisitDone(staff, v)) throw new AppError('FORBIDDEN', '只有上门的干部或本点领导可以登记已上门')
      // a lost answer asked again: what was recorded stands
      if (v.status === 'visited' && v.diaryId === diaryId) return v
      if (v.status !== 'scheduled' || !v.startAt || !v.bookingId) throw new AppError('CONFLICT', v.status === 'visited' ? '已经登记过已上门了' : '这次上门走访没有安排或已取消')
      const when = checkVisitDone(v.startAt, ctx.now)
      if (!when.ok) throw new AppError('INVALID_INPUT', when.message)
      const b = asBooking((await tx.collection('bookings').doc(v.bookingId).get()).data)
      if (!b) throw new AppError('CONFLICT', '这次上门走访没有安排或已取消')
      if (input.diary && diaryId) {
        const visitedAt = chinaWallClock(v.startAt).format('YYYY-MM-DD')
        const problem = visitDateProblem(visitedAt, ctx.now)
        if (problem) throw new AppError('INVALID_INPUT', `民情日记：${problem}`)
        const household = { address: [...v.address].slice(0, 60).join(''), met: input.diary.met }
        await writeVisitTx(tx, visitRecordOf(staff, { id: diaryId, requestId: `home-${input.requestId}`, pointCode: v.pointCode, form: 'homeVisit', visitedAt, household, ...input.diary }, ctx.now))
      }
      return homeVisitDoneTx(tx, b, v, diaryId, ctx.now)
    },
    ctx.options.retry,
  )
  await auditUnmasked(ctx, staff, [visit])
  return toStaffView(staff, visit, ctx.now)
}
