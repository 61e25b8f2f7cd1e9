/**
 * The functions' side of the policies in domain/<feature>/policy.ts: the caller's staff
 * record, a refusal when a named right says no, and a list's scope as a CloudBase query.
 */
import type { Scope, ScopeValue } from '../../domain/kernel/scope'
import { getStaff } from './collections'
import type { DatabasePort, QueryCondition } from './port'
import type { StaffRecord } from './records'
import { AppError } from './respond'

const PAGE = 1000

/** The codes of every point below one of `nodes` (array-contains on `orgPath`), paged by `_id`. */
export async function pointsBelow(db: DatabasePort, nodes: readonly string[]): Promise<string[]> {
  if (nodes.length === 0) return []
  const _ = db.command
  const codes: string[] = []
  let after = ''
  for (;;) {
    const { data } = await db
      .collection('points')
      .where({ orgPath: _.in([...nodes]), _id: _.gt(after) })
      .orderBy('_id', 'asc')
      .field({ code: true })
      .limit(PAGE)
      .get()
    for (const d of data) codes.push(String(d.code))
    if (data.length < PAGE) return codes
    after = String(data[data.length - 1]._id)
  }
}

/**
 * The active staff member as the policies see them (domain/points/roles.ts Caller): `points`
 * is the reach, the points they hold and every point below the nodes they hold.
 */
export async function activeStaff(db: DatabasePort, openid: string): Promise<StaffRecord> {
  const staff = await getStaff(db, openid)
  if (!staff || !staff.active) throw new AppError('FORBIDDEN', '您不是在岗的工作人员，无权进行此操作')
  const below = await pointsBelow(db, staff.nodes)
  return below.length ? { ...staff, points: [...new Set([...staff.points, ...below])] } : staff
}

/** Refuses (FORBIDDEN, with `refusal`) unless the right holds; called before anything is read. */
export function requireRight(allowed: boolean, refusal = '您没有权限进行此操作'): void {
  if (!allowed) throw new AppError('FORBIDDEN', refusal)
}

/** A list's scope, refused when the policy gives none. */
export function requireScope(scope: Scope | null, refusal: string): Scope {
  if (!scope) throw new AppError('FORBIDDEN', refusal)
  return scope
}

const isIn = (v: ScopeValue): v is { $in: readonly string[] } => typeof v === 'object' && !Array.isArray(v) && v !== null && '$in' in v

/** The points a scope over point-bound records covers (`{ pointCode: … }`); null for every point (`{}`). */
export function pointsOfScope(scope: Scope): string[] | null {
  const v = scope.pointCode
  if (Object.keys(scope).some((k) => k !== 'pointCode') || (v !== undefined && typeof v !== 'string' && !isIn(v))) {
    throw new Error(`not a scope over points: ${JSON.stringify(scope)}`)
  }
  return v === undefined ? null : typeof v === 'string' ? [v] : [...v.$in]
}

/** The covered points, or the one asked for: refused (with `refusal`) when they do not cover it. */
export function narrowPoints(covered: string[] | null, asked: string | undefined, refusal: string): string[] | null {
  if (!asked) return covered
  requireRight(covered === null || covered.includes(asked), refusal)
  return [asked]
}

/** A policy's scope as the query CloudBase takes (`$in`, `$or`, `$and` through db.command). */
export function whereOf(db: DatabasePort, scope: Scope): QueryCondition {
  const _ = db.command
  const fields: Record<string, unknown> = {}
  const logic: QueryCondition[] = []
  for (const [key, value] of Object.entries(scope)) {
    if (key === '$or') logic.push(_.or((value as readonly Scope[]).map((s) => whereOf(db, s))))
    else if (key === '$and') logic.push(_.and((value as readonly Scope[]).map((s) => whereOf(db, s))))
    else fields[key] = isIn(value) ? _.in([...value.$in]) : value
  }
  if (logic.length === 0) return fields as QueryCondition
  return Object.keys(fields).length === 0 && logic.length === 1 ? logic[0] : _.and([fields as QueryCondition, ...logic])
}
