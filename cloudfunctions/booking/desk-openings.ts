/**
 * The openings the 值班台 shows for a day: those of the caller's points, from each point's
 * schedule, each with who covers it on the duty roster and whether the caller does. All
 * of them, not only the caller's duties: a cadre covering for a colleague, or a leader,
 * must still see the residents who booked. This is the one place that decides it.
 */
import type { DeskOpening } from '../../domain/booking/api'
import { coveringOnDuty, dutyText } from '../../domain/duty/roster'
import { openingsBetween } from '../../domain/schedule/openings'
import { dutyPointOf, loadDuties, loadPeople } from '../duty/duty-roster'
import type { DatabasePort } from '../kernel/port'
import type { StaffRecord } from '../kernel/records'
import { asPoints, asSchedule } from '../kernel/reads'

export async function deskOpenings(db: DatabasePort, staff: StaffRecord, points: readonly string[], date: string): Promise<DeskOpening[]> {
  const openings: { id: string; pointCode: string; start: string; end: string; kind: DeskOpening['kind'] }[] = []
  for (const code of points) {
    const schedule = asSchedule((await db.collection('schedules').doc(`schedule-${code}`).get()).data)
    if (!schedule) continue
    for (const o of openingsBetween(code, schedule.rules, schedule.exceptions, date, 1)) {
      openings.push({ id: o.id, pointCode: code, start: o.start, end: o.end, kind: o.kind })
    }
  }
  if (openings.length === 0) return []
  const { data } = await db.collection('points').where({ code: db.command.in([...points]) }).limit(points.length).get()
  const pointsByCode = new Map(asPoints(data).map((p) => [p.code, dutyPointOf(p)]))
  const duties = await loadDuties(db, openings.map((o) => o.id))
  const people = await loadPeople(db, [...duties.values()].flatMap((d) => d.openids))
  return openings
    .map((o) => {
      const point = pointsByCode.get(o.pointCode)
      const present = point ? coveringOnDuty(duties.get(o.id)?.openids ?? [], people, o.pointCode, date) : []
      return {
        ...o,
        onDuty: present.map((id) => ({ name: people.get(id)!.name, duty: dutyText(people.get(id)!, point!) })),
        mine: present.includes(staff.openid),
      }
    })
    .sort((a, b) => a.start.localeCompare(b.start) || a.pointCode.localeCompare(b.pointCode))
}
