/**
 * The one write path of a 上门走访 request, each inside the caller's transaction: made by
 * the resident, taken by a cadre (together with its booking, booking/booking-change.ts),
 * cancelled by the resident while it waits, or with its booking; 已上门 once the cadre went.
 */
import type { TransactionPort } from '../kernel/port'
import type { HomeVisitRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { asHomeVisit } from '../kernel/reads'

/** What a resident asks for; the rest of a new request is fixed (home-visit.request's fields). */
export type HomeVisitAsked = Pick<HomeVisitRecord, 'requestId' | 'address' | 'topic' | 'preferred' | 'contact'>

/** A request as it is made: waiting, no cadre and no booking yet, the days in order. */
export function pendingHomeVisit(id: string, ownerOpenid: string, point: { code: string; name: string }, asked: HomeVisitAsked, now: Date): HomeVisitRecord {
  return {
    _id: id,
    requestId: asked.requestId,
    ownerOpenid,
    pointCode: point.code,
    pointName: point.name,
    address: asked.address,
    topic: asked.topic,
    preferred: { dates: [...asked.preferred.dates].sort(), time: asked.preferred.time },
    contact: { name: asked.contact.name, phone: asked.contact.phone },
    status: 'pending',
    createdAt: now,
    updatedAt: now,
    cadre: null,
    bookingId: null,
    startAt: null,
    cancelledAt: null,
    cancelledBy: null,
    cancelReason: null,
  }
}

export async function createHomeVisitTx(tx: TransactionPort, record: HomeVisitRecord): Promise<HomeVisitRecord> {
  const { _id, ...fields } = record
  await tx.collection('homeVisits').doc(_id).set({ data: fields })
  return record
}

/** A cadre takes a waiting request: it is theirs, at `startAt`, as booking `bookingId`. */
export async function scheduleHomeVisitTx(
  tx: TransactionPort,
  v: HomeVisitRecord,
  cadre: { openid: string; name: string },
  bookingId: string,
  startAt: Date,
  now: Date,
): Promise<HomeVisitRecord> {
  if (v.status !== 'pending') throw new AppError('CONFLICT', v.cadre ? `${v.cadre.name}已经安排了这次上门走访` : '这个请求已经取消了')
  const patch = { status: 'scheduled' as const, cadre, bookingId, startAt, updatedAt: now }
  await tx.collection('homeVisits').doc(v._id).update({ data: patch })
  return { ...v, ...patch }
}

/** The cadre went: the request is 已上门 (its booking is settled with it, booking/booking-change.ts). */
export async function visitedHomeVisitTx(tx: TransactionPort, v: HomeVisitRecord, diaryId: string | null, now: Date): Promise<HomeVisitRecord> {
  if (v.status !== 'scheduled') throw new AppError('CONFLICT', v.status === 'visited' ? '已经登记过已上门了' : '这次上门走访没有安排或已取消')
  const patch = { status: 'visited' as const, visitedAt: now, diaryId, updatedAt: now }
  await tx.collection('homeVisits').doc(v._id).update({ data: patch })
  return { ...v, ...patch }
}

/** Cancels a request: the resident's while it waits, or with its booking (by whoever cancelled that). */
export async function cancelHomeVisitTx(tx: TransactionPort, id: string, by: 'resident' | 'office', reason: string | null, now: Date): Promise<HomeVisitRecord | null> {
  const ref = tx.collection('homeVisits').doc(id)
  const v = asHomeVisit((await ref.get()).data)
  if (!v || v.status === 'cancelled') return v
  const patch = { status: 'cancelled' as const, cancelledAt: now, cancelledBy: by, cancelReason: reason, updatedAt: now }
  await ref.update({ data: patch })
  return { ...v, ...patch }
}
