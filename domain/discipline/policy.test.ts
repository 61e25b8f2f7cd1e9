import { describe, expect, it } from 'vitest'
import { CALLERS, expectAgreement, expectHolders, expectTreeAgreement, listed, NOBODY, TREE_CALLERS } from '../points/policy-table'
import type { Caller } from '../points/roles'
import { clueListScope, mayFileAsStaff, mayReadClue, mayReceiveClues } from './policy'

// HERE sits in village V1 of township A, county C (domain/points/policy-table.ts)
const CLUES = [
  { _id: 'to-a', node: 'A' },
  { _id: 'to-b', node: 'B' },
  { _id: 'to-c', node: 'C' },
]

/** The callers a 违纪线索 is asked of beyond the table's: committee contacts, a township's leader, a department. */
const OVERSIGHT = {
  committeeAbove: { openid: 'committee-a', roles: ['committee'], points: ['p1'], nodes: ['A'], active: true },
  committeeCounty: { openid: 'committee-c', roles: ['committee'], points: ['p1', 'p2'], nodes: ['C'], active: true },
  committeeSibling: { openid: 'committee-b', roles: ['committee'], points: ['p2'], nodes: ['B'], active: true },
  committeeGone: { openid: 'committee-gone', roles: ['committee'], points: ['p1'], nodes: ['A'], active: false },
  /** leads township A, holding the very node a clue goes to, but not the committee role */
  townLeader: { openid: 'town-leader', roles: ['leader'], points: ['p1'], nodes: ['A'], active: true },
  townAdmin: { openid: 'town-admin', roles: ['admin'], points: ['p1'], nodes: ['A'], active: true },
  department: { openid: 'dept', roles: ['department'], points: [], nodes: [], active: true },
} as const satisfies Record<string, Caller>
type Name = keyof typeof OVERSIGHT
const NAMES = Object.keys(OVERSIGHT) as Name[]

describe('违纪线索: who reads it', () => {
  it('committee at the node it went to: allowed; the point’s leader, cadre, admins, department, representative: refused', () => {
    const reads = Object.fromEntries(NAMES.map((n) => [n, CLUES.filter((c) => mayReadClue(OVERSIGHT[n], c)).map((c) => c._id)]))
    expect(reads).toEqual({ committeeAbove: ['to-a'], committeeCounty: ['to-c'], committeeSibling: ['to-b'], committeeGone: [], townLeader: [], townAdmin: [], department: [] })
    for (const n of NAMES) expect({ n, listed: listed(clueListScope(OVERSIGHT[n]), CLUES) }).toEqual({ n, listed: reads[n] })
  })

  it('none of the nine point-level callers, nor the tree’s leaders, cadres and admins (the deployment’s included), sees any', () => {
    expectAgreement(CLUES, mayReadClue, clueListScope, NOBODY)
    expectTreeAgreement(CLUES, mayReadClue, clueListScope, { leaderAbove: [], leaderSibling: [], cadreAbove: [], adminAbove: [], adminSibling: [], deploymentAdmin: [] })
    expectHolders(mayReceiveClues, [])
    for (const c of Object.values(TREE_CALLERS)) expect(mayReceiveClues(c)).toBe(false)
  })

  it('files from the staff side: the cadres and leaders; the committee, admins, deputies, representatives do not', () => {
    expectHolders(mayFileAsStaff, ['leaderHere', 'leaderThere', 'cadreHere', 'cadreThere'])
    expect(NAMES.filter((n) => mayFileAsStaff(OVERSIGHT[n]))).toEqual(['townLeader'])
    expect(mayFileAsStaff(CALLERS.deputy)).toBe(false)
  })
})
