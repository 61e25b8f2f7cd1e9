import { describe, expect, it } from 'vitest'
import { CALLERS, expectHolders, expectTreeAgreement, expectTreeHolders, listed, TREE_CALLERS } from '../points/policy-table'
import { mayAddRoot, mayManageNode, mayReadNode, mayReadTree, nodeScope } from './policy'

const node = (code: string, path: string[]) => ({ _id: code, code, path })
// county C; townships A and B; villages V1 (under A) and V2 (under B)
const TREE = [node('C', []), node('A', ['C']), node('B', ['C']), node('V1', ['C', 'A']), node('V2', ['C', 'B'])]

describe('组织架构: who reads and changes a node', () => {
  it('a node is read by whoever holds a role at it or above it, and listed by the same rule', () => {
    expectTreeAgreement(TREE, mayReadNode, nodeScope, {
      leaderAbove: ['A', 'V1'],
      leaderSibling: ['B', 'V2'],
      cadreAbove: ['V1'],
      adminAbove: ['A', 'V1'],
      adminSibling: ['B', 'V2'],
      deploymentAdmin: ['C', 'A', 'B', 'V1', 'V2'],
    })
  })

  it('a node is changed by an admin at it or above it; a sibling township’s admin and leaders are refused', () => {
    const v1 = TREE[3]
    expectTreeHolders((c) => mayManageNode(c, v1), ['adminAbove', 'deploymentAdmin'])
    expectTreeHolders((c) => mayManageNode(c, TREE[0]), ['deploymentAdmin'])
    expectTreeHolders(mayAddRoot, ['deploymentAdmin'])
  })

  it('people held at points only, residents and the deactivated see no tree', () => {
    expectHolders(mayReadTree, ['admin', 'leaderHere', 'leaderThere', 'cadreHere', 'cadreThere', 'representative', 'deputy'])
    for (const name of ['leaderHere', 'cadreHere', 'inactive', 'resident'] as const) expect(listed(nodeScope(CALLERS[name]), TREE)).toEqual([])
    expect(mayReadTree(TREE_CALLERS.cadreAbove)).toBe(true)
    expect(mayReadNode({ ...TREE_CALLERS.adminAbove, active: false }, TREE[1])).toBe(false)
  })
})
