/**
 * What the roster's actions share: who may manage a point's roster, its openings from
 * the schedule, the staff view of an opening, and the one write path of `duties`.
 */
import type { DutyOpeningView } from '../../domain/duty/api'
import { cannotTakeDuty, coveringOnDuty, dutyState, dutyText, parseOpeningId, type DutyPoint } from '../../domain/duty/roster'
import { openingsBetween, type Opening } from '../../domain/schedule/openings'
import type { DutyRecord } from './duty-roster'
import { dutyPointOf } from './duty-roster'
import type { DatabasePort, TransactionPort } from '../kernel/port'
import type { PointRecord, StaffRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { requireRight } from '../kernel/access'
import { mayArrangeDuty, takesDuty } from '../../domain/duty/policy'
import type { StaffContext } from '../kernel/staff-context'
import { asPoint, asSchedule, asStaffList } from '../kernel/reads'

/** The caller, refused unless they manage the point; checked before anything is looked up. */
export async function roster(ctx: StaffContext, pointCode: string): Promise<StaffRecord> {
  const staff = await ctx.caller()
  requireRight(mayArrangeDuty(staff, pointCode), '只有管理员和本说事点的领导可以排班')
  return staff
}

export async function pointFor(db: DatabasePort, code: string): Promise<PointRecord> {
  const point = asPoint((await db.collection('points').doc(`point-${code}`).get()).data)
  if (!point) throw new AppError('NOT_FOUND', '没有找到这个说事点')
  return point
}

export async function openingsOf(db: DatabasePort, pointCode: string, from: string, days: number): Promise<Opening[]> {
  const schedule = asSchedule((await db.collection('schedules').doc(`schedule-${pointCode}`).get()).data)
  return schedule ? openingsBetween(pointCode, schedule.rules, schedule.exceptions, from, days) : []
}

/** The opening an id names, as the point's schedule has it now. */
export async function findOpening(db: DatabasePort, openingId: string): Promise<Opening> {
  const named = parseOpeningId(openingId)
  const opening = named ? (await openingsOf(db, named.pointCode, named.date, 1)).find((o) => o.id === openingId) : undefined
  if (!opening) throw new AppError('INVALID_INPUT', '说事点这天这个时间没有开放，请刷新值班表')
  return opening
}

/** Everyone who may take duty at the point (active cadres, leaders, deputies of it). */
export async function cadresOf(db: DatabasePort, pointCode: string): Promise<StaffRecord[]> {
  const { data } = await db.collection('staff').where({ points: pointCode, active: true }).limit(200).get()
  return asStaffList(data).filter(takesDuty).sort((a, b) => a.name.localeCompare(b.name, 'zh'))
}

/** Refuses with the first reason one of `openids` cannot be on duty then (on any day, without a date). */
export function requireAllCanTakeDuty(openids: readonly string[], people: ReadonlyMap<string, StaffRecord>, pointCode: string, date?: string) {
  for (const id of openids) {
    const why = cannotTakeDuty(people.get(id), pointCode, date)
    if (why) throw new AppError('INVALID_INPUT', why)
  }
}

/** An opening as staff see it, with `openids` (its duty document's) and each one's state. */
export function openingView(o: Opening, openids: readonly string[], people: ReadonlyMap<string, StaffRecord>, point: DutyPoint, now: Date): DutyOpeningView {
  return {
    id: o.id,
    date: o.date,
    start: o.start,
    end: o.end,
    kind: o.kind,
    started: o.startAt <= now,
    onDuty: openids.map((id) => {
      const p = people.get(id)
      return { openid: id, name: p?.name ?? '（已删除）', duty: p ? dutyText(p, point) : '', state: dutyState(p, point.code, o.date) }
    }),
    uncovered: coveringOnDuty(openids, people, point.code, o.date).length === 0,
  }
}

export { dutyPointOf }

/** The one write path of a duty document, inside the caller's transaction. */
export async function writeDuty(tx: TransactionPort, o: Pick<Opening, 'id' | 'date' | 'start' | 'startAt'>, pointCode: string, openids: string[], by: string, now: Date) {
  const record: Omit<DutyRecord, '_id'> = { pointCode, date: o.date, start: o.start, startAt: o.startAt, openids, updatedBy: by, updatedAt: now }
  await tx.collection('duties').doc(o.id).set({ data: record })
}
