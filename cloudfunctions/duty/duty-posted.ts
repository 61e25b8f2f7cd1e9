/** The posted roster on the resident's side: for a point's openings, and for bookings. */
import type { PostedDuty } from '../../domain/duty/api'
import { chinaWallClock } from '../../domain/kernel/time'
import { dutyPointOf, postedRoster } from './duty-roster'
import type { DatabasePort } from '../kernel/port'
import type { BookingRecord, PointRecord } from '../kernel/records'
import { asPoints } from '../kernel/reads'

export function onDutyOfOpenings(db: DatabasePort, point: PointRecord, openings: readonly { id: string; date: string }[]): Promise<Map<string, PostedDuty[]>> {
  return postedRoster(
    db,
    openings.map((o) => ({ id: o.id, date: o.date, pointCode: point.code })),
    new Map([[point.code, dutyPointOf(point)]]),
  )
}

/** Who is on duty for each booking's opening, now (a duty that changed hands shows the new cadre). */
export async function onDutyOfBookings(db: DatabasePort, bookings: readonly BookingRecord[]): Promise<Map<string, PostedDuty[]>> {
  if (bookings.length === 0) return new Map()
  const codes = [...new Set(bookings.map((b) => b.pointCode))]
  const { data } = await db.collection('points').where({ code: db.command.in(codes) }).limit(codes.length).get()
  const points = new Map(asPoints(data).map((p) => [p.code, dutyPointOf(p)]))
  // a 上门走访 has no opening, so no posted duty: its cadre comes with it
  const openings = bookings.flatMap((b) => (b.openingId ? [{ id: b.openingId, date: chinaWallClock(b.startAt).format('YYYY-MM-DD'), pointCode: b.pointCode }] : []))
  return postedRoster(db, openings, points)
}
