/**
 * The one write path of a booking, its slot's places and its resident's open bookings.
 * Every function here runs inside the caller's transaction: a place taken, a place freed,
 * the booking's own change and the message it sends the resident (domain/booking-notices)
 * commit together or not at all. A 上门走访 (kind 'home') has no slot and is not one of
 * the resident's open bookings; cancelling it cancels its request too.
 */
import { bookedNotice, cancelledByOfficeNotice, movedNotice, reminderNotice } from '../../domain/booking/notices'
import type { BookerState } from '../../domain/booking/rules'
import type { Notice } from '../../domain/messages/notices'
import { cancelHomeVisitTx, visitedHomeVisitTx } from './home-visit-change'
import { messageId, queueMessage } from '../messages/outbox'
import type { TransactionPort } from '../kernel/port'
import type { BookingRecord, HomeVisitRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { reader } from '../kernel/reads'

export interface SlotRecord {
  _id: string
  pointCode: string
  capacity: number
  booked: number
}

const bookerId = (openid: string) => `booker-${openid}`
/** A resident's open bookings and no-shows, one document each. */
const asBooker = reader<BookerState & { _id: string }>('bookers', { open: 'array', noShows: 'array' }).one

export async function readBooker(tx: TransactionPort, openid: string): Promise<BookerState> {
  return asBooker((await tx.collection('bookers').doc(bookerId(openid)).get()).data) ?? { open: [], noShows: [] }
}

/** Takes one place of a slot, or CONFLICT when it is full. */
async function takePlace(tx: TransactionPort, slot: { id: string; pointCode: string; capacity: number }): Promise<void> {
  const ref = tx.collection('slots').doc(slot.id)
  const held = asSlot((await ref.get()).data)
  const booked = held?.booked ?? 0
  if (booked >= slot.capacity) throw new AppError('CONFLICT', '该时段已约满，请选择其他时段')
  await ref.set({ data: { pointCode: slot.pointCode, capacity: slot.capacity, booked: booked + 1 } })
}

async function freePlace(tx: TransactionPort, slotId: string | null): Promise<void> {
  if (!slotId) return
  const ref = tx.collection('slots').doc(slotId)
  const slot = asSlot((await ref.get()).data)
  if (slot) await ref.update({ data: { booked: Math.max(0, slot.booked - 1) } })
}

/** The resident's open bookings lose this one; a no-show is remembered for the rule. */
async function settleBooker(tx: TransactionPort, b: BookingRecord, noShowAt?: Date): Promise<void> {
  if (!b.ownerOpenid || b.kind === 'home') return
  const ref = tx.collection('bookers').doc(bookerId(b.ownerOpenid))
  const me = asBooker((await ref.get()).data)
  if (!me) return
  await ref.update({ data: { open: me.open.filter((x) => x.id !== b._id), ...(noShowAt ? { noShows: [...me.noShows, noShowAt] } : {}) } })
}

/** Queues `n` in this transaction; its id goes to `queued` when it waits to be sent after the call. */
async function tell(tx: TransactionPort, n: Notice, now: Date, queued: string[]): Promise<void> {
  if ((await queueMessage(tx, n, now)) !== 'queued') return
  const id = messageId(n.event, n.recipient, n.template)
  // a retried transaction queues the same message again: send it once
  if (!queued.includes(id)) queued.push(id)
}

/**
 * Books a place: the slot's place, the resident's open bookings (already checked against
 * the rules by the caller, with `me` read in this transaction), the booking itself and
 * 预约成功. A 上门走访 comes with no slot and no `me`.
 */
export async function createBookingTx(
  tx: TransactionPort,
  record: BookingRecord,
  slot: { id: string; pointCode: string; capacity: number } | null,
  me: BookerState | null,
  now: Date,
  queued: string[],
): Promise<BookingRecord> {
  if (slot) await takePlace(tx, slot)
  const { _id, ...fields } = record
  await tx.collection('bookings').doc(_id).set({ data: { ...fields, reminded: false } })
  if (record.ownerOpenid && me && record.openingId) {
    const open = [...me.open.filter((b) => b.startAt > now), { id: _id, openingId: record.openingId, startAt: record.startAt }]
    await tx.collection('bookers').doc(bookerId(record.ownerOpenid)).set({ data: { open, noShows: me.noShows } })
  }
  if (record.ownerOpenid) await tell(tx, bookedNotice(record), now, queued)
  return { ...record, reminded: false }
}

/** Cancels a booked booking, by the resident or by the office with a reason they are told. */
export async function cancelBookingTx(
  tx: TransactionPort,
  b: BookingRecord,
  by: 'resident' | 'office',
  reason: string | null,
  now: Date,
  queued: string[],
): Promise<BookingRecord> {
  if (b.status !== 'booked') throw new AppError('CONFLICT', '这个预约已经不能取消了')
  await freePlace(tx, b.slotId)
  await settleBooker(tx, b)
  const patch = { status: 'cancelled' as const, cancelledAt: now, cancelReason: reason, cancelledBy: by }
  await tx.collection('bookings').doc(b._id).update({ data: patch })
  if (b.homeVisitId) await cancelHomeVisitTx(tx, b.homeVisitId, by, reason, now)
  if (by === 'office' && b.ownerOpenid) await tell(tx, cancelledByOfficeNotice(b, reason ?? '说事点有变动'), now, queued)
  return { ...b, ...patch }
}

/**
 * The office moves a booked booking to another slot (the duty changed, an opening moved):
 * the new place is taken first (CONFLICT when full), the old one freed, the resident's
 * open booking follows, and they are told the new time and why. The evening-before
 * reminder is due again for the new time.
 */
export async function moveBookingTx(
  tx: TransactionPort,
  b: BookingRecord,
  to: { slot: { id: string; pointCode: string; capacity: number }; openingId: string; startAt: Date; endAt: Date },
  reason: string,
  now: Date,
  queued: string[],
): Promise<BookingRecord> {
  if (b.status !== 'booked' || b.kind === 'home' || b.startAt <= now) throw new AppError('CONFLICT', '这个预约已经不能调整了')
  if (to.slot.id === b.slotId) return b
  await takePlace(tx, to.slot)
  await freePlace(tx, b.slotId)
  const patch = { openingId: to.openingId, slotId: to.slot.id, startAt: to.startAt, endAt: to.endAt, changeReason: reason, reminded: false }
  await tx.collection('bookings').doc(b._id).update({ data: patch })
  if (b.ownerOpenid) {
    const ref = tx.collection('bookers').doc(bookerId(b.ownerOpenid))
    const me = asBooker((await ref.get()).data)
    if (me) await ref.update({ data: { open: me.open.map((x) => (x.id === b._id ? { id: b._id, openingId: to.openingId, startAt: to.startAt } : x)) } })
  }
  const moved = { ...b, ...patch }
  if (b.ownerOpenid) await tell(tx, movedNotice(moved, b, reason), now, queued)
  return moved
}

/** The reminder the evening before, once per start: the booking remembers it was sent. */
export async function remindBookingTx(tx: TransactionPort, b: BookingRecord, now: Date, queued: string[]): Promise<boolean> {
  if (b.status !== 'booked' || b.reminded || !b.ownerOpenid) return false
  await tx.collection('bookings').doc(b._id).update({ data: { reminded: true } })
  await tell(tx, reminderNotice(b), now, queued)
  return true
}

/** 到场 or 未到 at the desk; a no-show counts towards the waiting rule. */
export async function settleBookingTx(tx: TransactionPort, b: BookingRecord, status: 'checkedIn' | 'noShow', now: Date): Promise<BookingRecord> {
  if (b.status !== 'booked') throw new AppError('CONFLICT', '这个预约已经处理过了')
  await settleBooker(tx, b, status === 'noShow' ? now : undefined)
  await tx.collection('bookings').doc(b._id).update({ data: { status } })
  return { ...b, status }
}

/** 已上门: a 上门走访's booking is settled as visited, and its request with it. */
export async function homeVisitDoneTx(tx: TransactionPort, b: BookingRecord, v: HomeVisitRecord, diaryId: string | null, now: Date): Promise<HomeVisitRecord> {
  if (b.kind !== 'home' || b.homeVisitId !== v._id) throw new AppError('CONFLICT', '这次上门走访没有安排或已取消')
  const visited = await visitedHomeVisitTx(tx, v, diaryId, now)
  await settleBookingTx(tx, b, 'checkedIn', now)
  return visited
}

/** The matter registered from a booking at the desk (登记为诉求). */
export async function linkItemTx(tx: TransactionPort, b: BookingRecord, itemId: string): Promise<BookingRecord> {
  await tx.collection('bookings').doc(b._id).update({ data: { itemId } })
  return { ...b, itemId }
}

const slots = reader<SlotRecord>('slots', { pointCode: 'string', capacity: 'number', booked: 'number' })
export const asSlot = slots.one
export const asSlots = slots.all
