import { describe, expect, it } from 'vitest'
import { CALLER_NAMES, CALLERS, expectHolders, HERE, expectTreeHolders, TREE_CALLERS, TREE_MANAGERS } from '../points/policy-table'
import { mayArrangeDuty, mayAskSwap, mayRecordAbsenceOf, mayRecordAbsences, maySeeRoster, maySeeSwap, takesDuty } from './policy'

describe('值班: the roster, swaps and absences', () => {
  it('who arranges, reads, swaps and takes duty at a point', () => {
    expectHolders((c) => mayArrangeDuty(c, HERE), ['admin', 'leaderHere'])
    expectHolders((c) => maySeeRoster(c, HERE), ['admin', 'leaderHere', 'cadreHere', 'deputy'])
    expectHolders((c) => mayAskSwap(c, HERE), ['leaderHere', 'cadreHere', 'deputy'])
    expectHolders(takesDuty, ['leaderHere', 'leaderThere', 'cadreHere', 'cadreThere', 'deputy'])
  })

  it('a pending swap: the point’s managers see all, its staff the swaps they are in', () => {
    const swap = { pointCode: HERE, from: 'cadre-here', to: 'deputy' }
    expectHolders((c) => maySeeSwap(c, swap), ['admin', 'leaderHere', 'cadreHere', 'deputy'])
    expectHolders((c) => maySeeSwap(c, { ...swap, from: 'cadre-there' }), ['admin', 'leaderHere', 'deputy'])
  })

  it('absences: one’s own; a leader the staff of their points; an admin anyone’s', () => {
    expectHolders((c) => mayRecordAbsences(c, 'cadre-here'), ['admin', 'leaderHere', 'leaderThere', 'cadreHere'])
    const holders = CALLER_NAMES.filter((n) => mayRecordAbsenceOf(CALLERS[n], CALLERS.cadreHere))
    expect(holders).toEqual(['admin', 'leaderHere', 'cadreHere'])
    // every holder after the read also passed before it: a refused caller reads nothing
    for (const n of holders) expect(mayRecordAbsences(CALLERS[n], 'cadre-here')).toBe(true)
  })
})

describe('值班 down the tree', () => {
  it('a township’s leader and admin arrange its points’ rosters; absences of its people are theirs to record, not the sibling township’s', () => {
    expectTreeHolders((c) => mayArrangeDuty(c, HERE), TREE_MANAGERS)
    expectTreeHolders((c) => maySeeRoster(c, HERE), [...TREE_MANAGERS, 'cadreAbove'])
    expectTreeHolders((c) => mayAskSwap(c, HERE), ['leaderAbove', 'cadreAbove'])
    expectTreeHolders((c) => mayRecordAbsenceOf(c, { ...CALLERS.cadreHere }), ['leaderAbove', 'adminAbove', 'deploymentAdmin'])
    expectTreeHolders((c) => mayRecordAbsenceOf(c, TREE_CALLERS.cadreAbove), ['leaderAbove', 'cadreAbove', 'adminAbove', 'deploymentAdmin'])
  })
})
