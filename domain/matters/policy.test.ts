import { describe, expect, it } from 'vitest'
import { CALLER_NAMES, CALLERS, expectAgreement, expectHolders, HERE, listed, THERE, expectTreeAgreement, expectTreeHolders, TREE_CALLERS, TREE_CALLER_NAMES } from '../points/policy-table'
import { inMatterSearch, matterRelation, matterSearchScope, mayApproveExtension, mayRegisterAt, mayTakeOver, mayViewMatter, onWorkbench, seesPersonalData, workbenchScope } from './policy'

const item = (_id: string, pointCode: string, assignee: string) => ({ _id, pointCode, assignee: { openid: assignee } })
const ITEMS = [
  item('here-cadre', HERE, 'cadre-here'),
  item('here-leader', HERE, 'leader-here'),
  item('here-deputy', HERE, 'deputy'),
  item('there-cadre', THERE, 'cadre-there'),
  // a matter of the other point still with the cadre who moved here
  item('there-moved', THERE, 'cadre-here'),
]

describe('matters: who stands in which relation, and every list', () => {
  it('the relation to each matter, caller by caller', () => {
    const relations = Object.fromEntries(CALLER_NAMES.map((n) => [n, ITEMS.map((i) => matterRelation(CALLERS[n], i))]))
    expect(relations).toEqual({
      admin: [null, null, null, null, null],
      leaderHere: ['leader', 'assignee', 'leader', null, null],
      leaderThere: [null, null, null, 'leader', 'leader'],
      cadreHere: ['assignee', 'cadre', 'cadre', null, 'assignee'],
      cadreThere: [null, null, null, 'assignee', 'cadre'],
      representative: [null, null, null, null, null],
      deputy: ['cadre', 'cadre', 'assignee', null, null],
      inactive: [null, null, null, null, null],
      resident: [null, null, null, null, null],
    })
    expect(['assignee', 'leader', 'cadre', 'owner'].filter((r) => seesPersonalData(r as never))).toEqual(['assignee', 'leader'])
  })

  it('search: the predicate and its query agree, and show nothing the page refuses', () => {
    expectAgreement(ITEMS, inMatterSearch, matterSearchScope, {
      admin: [],
      leaderHere: ['here-cadre', 'here-leader', 'here-deputy'],
      leaderThere: ['there-cadre', 'there-moved'],
      cadreHere: ['here-cadre', 'here-leader', 'here-deputy'],
      cadreThere: ['there-cadre', 'there-moved'],
      representative: [],
      deputy: ['here-cadre', 'here-leader', 'here-deputy'],
      inactive: [],
      resident: [],
    })
    for (const n of CALLER_NAMES) for (const id of listed(matterSearchScope(CALLERS[n]), ITEMS)) expect(mayViewMatter(CALLERS[n], ITEMS.find((i) => i._id === id)!)).toBe(true)
  })

  it('the workbench: the predicate and its query agree, with and without a cadre filter', () => {
    expectAgreement(ITEMS, (c, i) => onWorkbench(c, i), (c) => workbenchScope(c), {
      admin: [],
      leaderHere: ['here-cadre', 'here-leader', 'here-deputy'],
      leaderThere: ['there-cadre', 'there-moved'],
      cadreHere: ['here-cadre', 'there-moved'],
      cadreThere: ['there-cadre'],
      representative: [],
      deputy: ['here-deputy'],
      inactive: [],
      resident: [],
    })
    expectAgreement(ITEMS, (c, i) => onWorkbench(c, i, 'cadre-here'), (c) => workbenchScope(c, 'cadre-here'), {
      admin: [],
      leaderHere: ['here-cadre'],
      leaderThere: ['there-moved'],
      cadreHere: ['here-cadre', 'there-moved'],
      cadreThere: [],
      representative: [],
      deputy: [],
      inactive: [],
      resident: [],
    })
    for (const n of CALLER_NAMES) for (const id of listed(workbenchScope(CALLERS[n]), ITEMS)) expect(mayViewMatter(CALLERS[n], ITEMS.find((i) => i._id === id)!)).toBe(true)
  })

  it('registering, taking a matter over, approving an extension', () => {
    expectHolders((c) => mayRegisterAt(c, HERE), ['leaderHere', 'cadreHere', 'deputy'])
    expectHolders((c) => mayTakeOver(c, { pointCode: HERE }), ['leaderHere', 'cadreHere'])
    expectHolders((c) => mayApproveExtension(c, { pointCode: HERE }), ['leaderHere'])
  })
})

describe('matters down the tree', () => {
  it('a township’s leader leads its points’ matters and sees their personal data; the sibling township’s and the admins stand in no relation', () => {
    const relations = Object.fromEntries(TREE_CALLER_NAMES.map((n) => [n, ITEMS.map((i) => matterRelation(TREE_CALLERS[n], i))]))
    expect(relations).toEqual({
      leaderAbove: ['leader', 'leader', 'leader', null, null],
      leaderSibling: [null, null, null, 'leader', 'leader'],
      cadreAbove: ['cadre', 'cadre', 'cadre', null, null],
      adminAbove: [null, null, null, null, null],
      adminSibling: [null, null, null, null, null],
      deploymentAdmin: [null, null, null, null, null],
    })
    const here = ['here-cadre', 'here-leader', 'here-deputy']
    expectTreeAgreement(ITEMS, (c, i) => onWorkbench(c, i), (c) => workbenchScope(c), { leaderAbove: here, leaderSibling: ['there-cadre', 'there-moved'], cadreAbove: [], adminAbove: [], adminSibling: [], deploymentAdmin: [] })
    expectTreeHolders((c) => mayApproveExtension(c, { pointCode: HERE }), ['leaderAbove'])
    expectTreeHolders((c) => mayTakeOver(c, { pointCode: HERE }), ['leaderAbove', 'cadreAbove'])
  })
})
