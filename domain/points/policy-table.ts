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
  admin: { openid: 'admin', roles: ['admin'], points: [], nodes: [], active: true },
  leaderHere: { openid: 'leader-here', roles: ['leader'], points: [HERE], nodes: [], active: true },
  leaderThere: { openid: 'leader-there', roles: ['leader'], points: [THERE], nodes: [], active: true },
  cadreHere: { openid: 'cadre-here', roles: ['cadre'], points: [HERE], nodes: [], active: true },
  cadreThere: { openid: 'cadre-there', roles: ['cadre'], points: [THERE], nodes: [], active: true },
  representative: { openid: 'representative', roles: ['representative'], points: [HERE], nodes: [], active: true },
  deputy: { openid: 'deputy', roles: ['deputy'], points: [HERE], nodes: [], active: true },
  inactive: { openid: 'gone', roles: ['cadre', 'leader', 'admin'], points: [HERE], nodes: [], active: false },
  resident: { openid: 'resident', roles: [], points: [], nodes: [], active: true },
} as const satisfies Record<string, Caller>

export type CallerName = keyof typeof CALLERS
export const CALLER_NAMES = Object.keys(CALLERS) as CallerName[]

/** Exactly these callers hold the right. */
export function expectHolders(right: (c: Caller) => boolean, holders: readonly CallerName[]) {
  expect(CALLER_NAMES.filter((n) => right(CALLERS[n]))).toEqual(CALLER_NAMES.filter((n) => holders.includes(n)))
}

/**
 * The same rights down the organisation tree: HERE sits in village V1 of township A, THERE
 * in village V2 of township B, both in county C. A role held at a node reaches its points
 * (`points` is the reach, as cloudfunctions/kernel/access.ts computes it).
 */
export const TREE_CALLERS = {
  /** leads township A, the parent of HERE's village */
  leaderAbove: { openid: 'leader-a', roles: ['leader'], points: [HERE], nodes: ['A'], active: true },
  /** leads township B, HERE's village's sibling township */
  leaderSibling: { openid: 'leader-b', roles: ['leader'], points: [THERE], nodes: ['B'], active: true },
  /** a cadre held at HERE's village */
  cadreAbove: { openid: 'cadre-v1', roles: ['cadre'], points: [HERE], nodes: ['V1'], active: true },
  /** administers township A */
  adminAbove: { openid: 'admin-a', roles: ['admin'], points: [HERE], nodes: ['A'], active: true },
  /** administers township B */
  adminSibling: { openid: 'admin-b', roles: ['admin'], points: [THERE], nodes: ['B'], active: true },
  /** the deployment's admin: no point, no node, everything */
  deploymentAdmin: CALLERS.admin,
} as const satisfies Record<string, Caller>

/** The table's tree below each node: what the functions read for a node admin (cloudfunctions/orgs/reach.ts). */
const TREE_BELOW: Record<string, readonly string[]> = { C: ['C', 'A', 'B', 'V1', 'V2'], A: ['A', 'V1'], B: ['B', 'V2'], V1: ['V1'], V2: ['V2'] }
/** The nodes at or below those the caller holds. */
export const nodesBelow = (c: Caller) => [...new Set(c.nodes.flatMap((n) => TREE_BELOW[n] ?? [n]))]

export type TreeCallerName = keyof typeof TREE_CALLERS
export const TREE_CALLER_NAMES = Object.keys(TREE_CALLERS) as TreeCallerName[]

/** Exactly these tree callers hold the right (asked at HERE by the test's closure). */
export function expectTreeHolders(right: (c: Caller) => boolean, holders: readonly TreeCallerName[]) {
  expect(TREE_CALLER_NAMES.filter((n) => right(TREE_CALLERS[n]))).toEqual(TREE_CALLER_NAMES.filter((n) => holders.includes(n)))
}

/** A point's managers (its leaders, its admins) down the tree, at HERE. */
export const TREE_MANAGERS: readonly TreeCallerName[] = ['leaderAbove', 'adminAbove', 'deploymentAdmin']
/** A point's staff (cadres, leaders, deputies) down the tree, at HERE. */
export const TREE_POINT_STAFF: readonly TreeCallerName[] = ['leaderAbove', 'cadreAbove']

/** `expectAgreement` for the tree callers. */
export function expectTreeAgreement<R extends { _id: string }>(
  records: readonly R[],
  may: (c: Caller, r: R) => boolean,
  scope: (c: Caller) => Scope | null,
  expected: Record<TreeCallerName, readonly string[]>,
) {
  expectAgreementOver(TREE_CALLERS, records, may, scope, expected)
}

/** Managers down the tree over AT_EACH_POINT: each township's leader and admin their own point. */
export const TREE_MANAGERS_SEE = {
  leaderAbove: ['here'],
  leaderSibling: ['there'],
  cadreAbove: [],
  adminAbove: ['here'],
  adminSibling: ['there'],
  deploymentAdmin: ['here', 'there'],
}

/** The ids of the records a scope selects (none for a null scope). */
export function listed<R extends { _id: string }>(scope: Scope | null, records: readonly R[]): string[] {
  if (!scope) return []
  const query = new Query(scope as Record<string, unknown>)
  return records.filter((r) => query.test(r)).map((r) => r._id)
}

/** For every caller of `callers`: the records the predicate allows are those expected, and the list query selects exactly those. */
export function expectAgreementOver<N extends string, R extends { _id: string }>(
  callers: Record<N, Caller>,
  records: readonly R[],
  may: (c: Caller, r: R) => boolean,
  scope: (c: Caller) => Scope | null,
  expected: Record<N, readonly string[]>,
) {
  for (const name of Object.keys(callers) as N[]) {
    const caller = callers[name]
    const allowed = records.filter((r) => may(caller, r)).map((r) => r._id)
    expect({ caller: name, allowed }).toEqual({ caller: name, allowed: [...expected[name]] })
    expect({ caller: name, listed: listed(scope(caller), records) }).toEqual({ caller: name, listed: allowed })
  }
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
  expectAgreementOver(CALLERS, records, may, scope, expected)
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
