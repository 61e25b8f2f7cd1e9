/**
 * 上门走访, the resident's side: ask for a visit (idempotent on requestId, rate-limited
 * like other writes), see one's requests and their state, cancel one not yet scheduled.
 */
import type { BookingResidentEvent } from '../../domain/booking/schemas'
import type { HomeVisitView } from '../../domain/booking/home-visits-api'
import { checkPreferredDates, homeVisitShown } from '../../domain/booking/home-visits'
import { RATE_LIMITS } from '../../domain/policy/defaults'
import { chinaWallClock, toChinaIso } from '../../domain/kernel/time'
import { findActivePoint } from '../kernel/collections'
import { cancelHomeVisitTx, createHomeVisitTx, pendingHomeVisit } from './home-visit-change'
import { stableId } from '../kernel/ids'
import { readPage } from '../kernel/paging'
import { checkRate } from '../kernel/rate-limit'
import type { HomeVisitRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { runTransactionWithRetry } from '../kernel/transaction'
import type { ResidentContext } from '../kernel/resident-context'
import { asHomeVisit, asHomeVisits } from '../kernel/reads'

const DAY_MS = 24 * 60 * 60 * 1000

function toView(v: HomeVisitRecord, now: Date): HomeVisitView {
  return {
    id: v._id,
    status: v.status,
    shown: homeVisitShown(v, now),
    pointCode: v.pointCode,
    pointName: v.pointName,
    address: v.address,
    topic: v.topic,
    preferred: v.preferred,
    createdAt: toChinaIso(v.createdAt),
    scheduled:
      v.status !== 'pending' && v.cadre && v.startAt && v.bookingId
        ? { date: chinaWallClock(v.startAt).format('YYYY-MM-DD'), start: chinaWallClock(v.startAt).format('HH:mm'), cadreName: v.cadre.name, bookingId: v.bookingId }
        : null,
    cancelledBy: v.cancelledBy,
    cancelReason: v.cancelReason,
  }
}

export async function requestHomeVisit(input: BookingResidentEvent<'homeVisit.request'>, ctx: ResidentContext): Promise<HomeVisitView> {
  const { db, now } = ctx
  const openid = ctx.openid()
  const id = stableId('home-visit', openid, input.requestId)
  const existing = asHomeVisit((await db.collection('homeVisits').doc(id).get()).data)
  if (existing) return toView(existing, now)

  const dates = checkPreferredDates(input.preferred.dates, now)
  if (!dates.ok) throw new AppError('INVALID_INPUT', dates.message)
  const point = await findActivePoint(db, input.pointCode)

  const visit = await runTransactionWithRetry(
    db,
    async (tx) => {
      const again = asHomeVisit((await tx.collection('homeVisits').doc(id).get()).data)
      if (again) return again
      const rate = await checkRate(
        tx,
        { key: `homevisit-${openid}`, limit: RATE_LIMITS.homeVisitRequestsPerDay, windowMs: DAY_MS, message: `申请太频繁：每天最多申请 ${RATE_LIMITS.homeVisitRequestsPerDay} 次上门走访，请明天再试` },
        now,
      )
      await rate.record()
      return createHomeVisitTx(tx, pendingHomeVisit(id, openid, point, input, now))
    },
    ctx.options.retry,
  )
  return toView(visit, now)
}

export async function listMyHomeVisits(input: BookingResidentEvent<'homeVisit.listMine'>, ctx: ResidentContext): Promise<{ items: HomeVisitView[]; nextCursor: string | null }> {
  const query = ctx.db.collection('homeVisits').where({ ownerOpenid: ctx.openid() }).orderBy('createdAt', 'desc')
  const page = await readPage(query, input, 20, asHomeVisits)
  return { items: page.rows.map((v) => toView(v, ctx.now)), nextCursor: page.nextCursor }
}

export async function cancelHomeVisit(input: BookingResidentEvent<'homeVisit.cancel'>, ctx: ResidentContext): Promise<HomeVisitView> {
  const { db, now } = ctx
  const openid = ctx.openid()
  const visit = await runTransactionWithRetry(
    db,
    async (tx) => {
      const v = asHomeVisit((await tx.collection('homeVisits').doc(input.id).get()).data)
      // someone else's request answers like a missing one
      if (!v || v.ownerOpenid !== openid) throw new AppError('NOT_FOUND', '没有找到这个上门走访申请')
      if (v.status === 'cancelled') return v
      if (v.status !== 'pending') throw new AppError('CONFLICT', '上门走访已经安排好了，如需改期或取消，请联系说事点')
      return (await cancelHomeVisitTx(tx, v._id, 'resident', null, now)) ?? v
    },
    ctx.options.retry,
  )
  return toView(visit, now)
}
