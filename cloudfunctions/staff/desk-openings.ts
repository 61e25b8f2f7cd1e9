/**
 * The openings the 值班台 shows for a day: those of the caller's points, from each point's
 * schedule. This is the one place that decides which openings a cadre sees at the desk;
 * the duty roster narrows it to the openings the caller is on duty for.
 */
import type { DeskOpening } from '../../domain/api-booking'
import { openingsBetween } from '../../domain/schedule'
import type { DatabasePort } from '../lib/port'
import type { ScheduleRecord, StaffRecord } from '../lib/records'

export async function deskOpenings(db: DatabasePort, _staff: StaffRecord, points: readonly string[], date: string): Promise<DeskOpening[]> {
  const out: DeskOpening[] = []
  for (const code of points) {
    const schedule = (await db.collection('schedules').doc(`schedule-${code}`).get()).data as ScheduleRecord | null
    if (!schedule) continue
    for (const o of openingsBetween(code, schedule.rules, schedule.exceptions, date, 1)) {
      out.push({ id: o.id, pointCode: code, start: o.start, end: o.end, kind: o.kind })
    }
  }
  return out.sort((a, b) => a.start.localeCompare(b.start) || a.pointCode.localeCompare(b.pointCode))
}
