/**
 * What every policy's table test runs through: the same nine callers, and the check that
 * a right and its list query agree. The query runs over the same records with mingo (the
 * local cloud's own matcher), so a list can never show what the record's page refuses.
 * Test support only: no product code imports it.
 */
import { Query } from 'mingo'
import { expect } from 'vitest'
import type { Scope } from '../kernel/scope'
import type { Caller } from './roles'

export const HERE = 'p1'
export const THERE = 'p2'

export const CALLERS = {
  admin: { openid: 'admin', roles: ['admin'], points: [], active: true },
  leaderHere: { openid: 'leader-here', roles: ['leader'], points: [HERE], active: true },
  leaderThere: { openid: 'leader-there', roles: ['leader'], points: [THERE], active: true },
  cadreHere: { openid: 'cadre-here', roles: ['cadre'], points: [HERE], active: true },
  cadreThere: { openid: 'cadre-there', roles: ['cadre'], points: [THERE], active: true },
  representative: { openid: 'representative', roles: ['representative'], points: [HERE], active: true },
  deputy: { openid: 'deputy', roles: ['deputy'], points: [HERE], active: true },
  inactive: { openid: 'gone', roles: ['cadre', 'leader', 'admin'], points: [HERE], active: false },
  resident: { openid: 'resident', roles: [], points: [], active: true },
} as const satisfies Record<string, Caller>

export type CallerName = keyof typeof CALLERS
export const CALLER_NAMES = Object.keys(CALLERS) as CallerName[]

/** Exactly these callers hold the right. */
export function expectHolders(right: (c: Caller) => boolean, holders: readonly CallerName[]) {
  expect(CALLER_NAMES.filter((n) => right(CALLERS[n]))).toEqual(CALLER_NAMES.filter((n) => holders.includes(n)))
}

/** The ids of the records a scope selects (none for a null scope). */
export function listed<R extends { _id: string }>(scope: Scope | null, records: readonly R[]): string[] {
  if (!scope) return []
  const query = new Query(scope as Record<string, unknown>)
  return records.filter((r) => query.test(r)).map((r) => r._id)
}

/**
 * For every caller: the records the predicate allows are those the table expects, and the
 * list query selects exactly those.
 */
export function expectAgreement<R extends { _id: string }>(
  records: readonly R[],
  may: (c: Caller, r: R) => boolean,
  scope: (c: Caller) => Scope | null,
  expected: Record<CallerName, readonly string[]>,
) {
  for (const name of CALLER_NAMES) {
    const caller = CALLERS[name]
    const allowed = records.filter((r) => may(caller, r)).map((r) => r._id)
    expect({ caller: name, allowed }).toEqual({ caller: name, allowed: [...expected[name]] })
    expect({ caller: name, listed: listed(scope(caller), records) }).toEqual({ caller: name, listed: allowed })
  }
}

/** One record at each point: enough for a rule that depends on the point alone. */
export const AT_EACH_POINT = [
  { _id: 'here', pointCode: HERE },
  { _id: 'there', pointCode: THERE },
] as const

/** Nobody sees anything: spread it and name who does. */
export const NOBODY = Object.fromEntries(CALLER_NAMES.map((n) => [n, []])) as unknown as Record<CallerName, readonly string[]>

/** 管理员，或本说事点的领导, over AT_EACH_POINT. */
export const MANAGERS_SEE = { ...NOBODY, admin: ['here', 'there'], leaderHere: ['here'], leaderThere: ['there'] }

/** The point's staff (cadres, leaders, deputies) of each point, over AT_EACH_POINT. */
export const POINT_STAFF_SEE = { ...NOBODY, leaderHere: ['here'], leaderThere: ['there'], cadreHere: ['here'], cadreThere: ['there'], deputy: ['here'] }
