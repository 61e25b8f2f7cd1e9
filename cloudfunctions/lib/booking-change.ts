/**
 * The one write path of a booking, its slot's places and its resident's open bookings.
 * Every function here runs inside the caller's transaction: a place taken, a place freed
 * and the booking's own change commit together or not at all.
 */
import type { BookerState } from '../../domain/booking-rules'
import type { TransactionPort } from './port'
import type { BookingRecord } from './records'
import { AppError } from './respond'

export interface SlotRecord {
  _id: string
  pointCode: string
  capacity: number
  booked: number
}

const bookerId = (openid: string) => `booker-${openid}`

export async function readBooker(tx: TransactionPort, openid: string): Promise<BookerState> {
  return ((await tx.collection('bookers').doc(bookerId(openid)).get()).data as BookerState | null) ?? { open: [], noShows: [] }
}

/** Takes one place of a slot, or CONFLICT when it is full. */
async function takePlace(tx: TransactionPort, slot: { id: string; pointCode: string; capacity: number }): Promise<void> {
  const ref = tx.collection('slots').doc(slot.id)
  const held = (await ref.get()).data as SlotRecord | null
  const booked = held?.booked ?? 0
  if (booked >= slot.capacity) throw new AppError('CONFLICT', '该时段已约满，请选择其他时段')
  await ref.set({ data: { pointCode: slot.pointCode, capacity: slot.capacity, booked: booked + 1 } })
}

async function freePlace(tx: TransactionPort, slotId: string): Promise<void> {
  const ref = tx.collection('slots').doc(slotId)
  const slot = (await ref.get()).data as SlotRecord | null
  if (slot) await ref.update({ data: { booked: Math.max(0, slot.booked - 1) } })
}

/** The resident's open bookings lose this one; a no-show is remembered for the rule. */
async function settleBooker(tx: TransactionPort, b: BookingRecord, noShowAt?: Date): Promise<void> {
  if (!b.ownerOpenid) return
  const ref = tx.collection('bookers').doc(bookerId(b.ownerOpenid))
  const me = (await ref.get()).data as BookerState | null
  if (!me) return
  await ref.update({ data: { open: me.open.filter((x) => x.id !== b._id), ...(noShowAt ? { noShows: [...me.noShows, noShowAt] } : {}) } })
}

/**
 * Books a place: the slot's place, the resident's open bookings (already checked against
 * the rules by the caller, with `me` read in this transaction) and the booking itself.
 */
export async function createBookingTx(tx: TransactionPort, record: BookingRecord, slot: { id: string; pointCode: string; capacity: number }, me: BookerState, now: Date): Promise<BookingRecord> {
  await takePlace(tx, slot)
  const { _id, ...fields } = record
  await tx.collection('bookings').doc(_id).set({ data: fields })
  if (record.ownerOpenid) {
    const open = [...me.open.filter((b) => b.startAt > now), { id: _id, openingId: record.openingId, startAt: record.startAt }]
    await tx.collection('bookers').doc(bookerId(record.ownerOpenid)).set({ data: { open, noShows: me.noShows } })
  }
  return record
}

/** Cancels a booked booking, by the resident or by the office with a reason they see. */
export async function cancelBookingTx(tx: TransactionPort, b: BookingRecord, by: 'resident' | 'office', reason: string | null, now: Date): Promise<BookingRecord> {
  if (b.status !== 'booked') throw new AppError('CONFLICT', '这个预约已经不能取消了')
  await freePlace(tx, b.slotId)
  await settleBooker(tx, b)
  const patch = { status: 'cancelled' as const, cancelledAt: now, cancelReason: reason, cancelledBy: by }
  await tx.collection('bookings').doc(b._id).update({ data: patch })
  return { ...b, ...patch }
}

/**
 * The office moves a booked booking to another slot (its own left the schedule): the new
 * place is taken first (CONFLICT when full, nothing changed), the old one freed, and the
 * resident's open booking follows, so they still hold one booking, with the reason.
 */
export async function moveBookingTx(
  tx: TransactionPort,
  b: BookingRecord,
  to: { slot: { id: string; pointCode: string; capacity: number }; openingId: string; startAt: Date; endAt: Date },
  reason: string,
  now: Date,
): Promise<BookingRecord> {
  if (b.status !== 'booked' || b.startAt <= now) throw new AppError('CONFLICT', '这个预约已经不能调整了')
  if (to.slot.id === b.slotId) return b
  await takePlace(tx, to.slot)
  await freePlace(tx, b.slotId)
  const patch = { openingId: to.openingId, slotId: to.slot.id, startAt: to.startAt, endAt: to.endAt, changeReason: reason }
  await tx.collection('bookings').doc(b._id).update({ data: patch })
  if (b.ownerOpenid) {
    const ref = tx.collection('bookers').doc(bookerId(b.ownerOpenid))
    const me = (await ref.get()).data as BookerState | null
    if (me) await ref.update({ data: { open: me.open.map((x) => (x.id === b._id ? { id: b._id, openingId: to.openingId, startAt: to.startAt } : x)) } })
  }
  return { ...b, ...patch }
}

/** 到场 or 未到 at the desk; a no-show counts towards the waiting rule. */
export async function settleBookingTx(tx: TransactionPort, b: BookingRecord, status: 'checkedIn' | 'noShow', now: Date): Promise<BookingRecord> {
  if (b.status !== 'booked') throw new AppError('CONFLICT', '这个预约已经处理过了')
  await settleBooker(tx, b, status === 'noShow' ? now : undefined)
  await tx.collection('bookings').doc(b._id).update({ data: { status } })
  return { ...b, status }
}

/** The matter registered from a booking at the desk (登记为诉求). */
export async function linkItemTx(tx: TransactionPort, b: BookingRecord, itemId: string): Promise<BookingRecord> {
  await tx.collection('bookings').doc(b._id).update({ data: { itemId } })
  return { ...b, itemId }
}
