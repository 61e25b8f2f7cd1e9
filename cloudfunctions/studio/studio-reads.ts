/** Reads the studio's actions share: the studio itself, its deputies, its keepers to tell, and a plan's view. */
import type { PlanEntryView } from '../../domain/studio/api'
import { sortEntries, type PlanEntry } from '../../domain/studio/plan'
import { findActivePoint } from '../kernel/collections'
import type { DatabasePort } from '../kernel/port'
import type { PointRecord } from '../kernel/records'
import { asStaffList } from '../kernel/reads'
import { AppError } from '../kernel/respond'
import { asPlan, type StudioPlanRecord } from './records'

/** An active point that is a 两代表工作室 (read once the caller's right to it is known). */
export async function findStudio(db: DatabasePort, code: string): Promise<PointRecord> {
  const point = await findActivePoint(db, code)
  if (point.kind !== 'studio') throw new AppError('INVALID_INPUT', '这里不是两代表工作室')
  return point
}

export interface Person {
  openid: string
  name: string
}

/** The studio's active staff holding `role` (deputies on duty; liaisons and leaders to tell). */
export async function studioPeople(db: DatabasePort, code: string, roles: readonly string[]): Promise<Person[]> {
  const { data } = await db.collection('staff').where({ points: code, active: true }).limit(200).get()
  return asStaffList(data)
    .filter((s) => s.roles.some((r) => roles.includes(r)))
    .map((s) => ({ openid: s.openid, name: s.name }))
}

export const deputiesOf = (db: DatabasePort, code: string) => studioPeople(db, code, ['deputy'])

export const planId = (code: string, month: string) => `${code}-${month}`

export async function readPlan(db: DatabasePort, code: string, month: string): Promise<StudioPlanRecord | null> {
  return asPlan((await db.collection('studioPlans').doc(planId(code, month)).get()).data)
}

/** Entries with their deputies' names; a deputy gone since keeps the place as 代表. */
export function entryViews(entries: readonly PlanEntry[], people: readonly Person[]): PlanEntryView[] {
  const nameOf = new Map(people.map((p) => [p.openid, p.name]))
  return sortEntries(entries).map((e) => ({
    date: e.date,
    half: e.half,
    kind: e.kind,
    deputies: e.deputies.map((openid) => ({ openid, name: nameOf.get(openid) ?? '代表' })),
    note: e.note ?? '',
  }))
}
