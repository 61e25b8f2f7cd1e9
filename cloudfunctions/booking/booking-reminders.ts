/**
 * The reminder the evening before a booking: from 18:00 China time, each of tomorrow's
 * bookings still booked gets one (lib/booking-change remindBookingTx marks the booking in
 * the same transaction that queues the message, whose id is fixed by the booking and its
 * start). A run cut off by its budget leaves the rest unmarked for the next run; a second
 * run, or two at once, queue nothing twice; a cancelled booking is not read at all.
 */
import { reminderWindow } from '../../domain/booking/notices'
import { remindBookingTx } from './booking-change'
import type { DatabasePort } from '../kernel/port'
import { runTransactionWithRetry } from '../kernel/transaction'
import { asBooking, asBookings } from '../kernel/reads'

const PAGE = 100

export interface BookingReminderResult {
  queued: number
  failed: number
}

export async function queueBookingReminders(db: DatabasePort, now: Date, outOfTime: () => boolean): Promise<BookingReminderResult> {
  const result: BookingReminderResult = { queued: 0, failed: 0 }
  const window = reminderWindow(now)
  if (!window) return result
  const _ = db.command
  // what stays unmarked after a try (a failure) is stepped over; everything else leaves the query once marked
  let passed = 0
  while (!outOfTime()) {
    const { data } = await db
      .collection('bookings')
      .where({ status: 'booked', reminded: _.neq(true), startAt: _.gte(window.from).and(_.lt(window.to)) })
      .orderBy('startAt', 'asc')
      .orderBy('_id', 'asc')
      .skip(passed)
      .limit(PAGE)
      .get()
    for (const { _id } of asBookings(data)) {
      if (outOfTime()) return result
      try {
        const done = await runTransactionWithRetry(db, async (tx) => {
          const b = asBooking((await tx.collection('bookings').doc(_id).get()).data)
          return b ? remindBookingTx(tx, b, now, []) : false
        })
        if (done) result.queued++
        else passed++
      } catch (err) {
        passed++
        result.failed++
        console.error(`[shuoshi] reminder for booking ${_id} failed:`, (err as Error).message)
      }
    }
    if (data.length < PAGE) break
  }
  return result
}
