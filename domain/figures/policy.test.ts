import { describe, expect, it } from 'vitest'
import { AT_EACH_POINT, expectAgreement, expectHolders, MANAGERS_SEE, expectTreeAgreement, TREE_MANAGERS_SEE } from '../points/policy-table'
import { figuresScope, mayReadFigures, mayReadFiguresOf, mayReadNodeFigures, type NodeCaller } from './policy'

describe('数字: leaders their points’, admins every point’s', () => {
  it('the rule and the query agree', () => {
    expectHolders(mayReadFigures, ['admin', 'leaderHere', 'leaderThere'])
    expectAgreement(AT_EACH_POINT, mayReadFiguresOf, figuresScope, MANAGERS_SEE)
  })
})

describe('数字 down the tree', () => {
  it('a township’s leader and admin read its points’ figures, not the sibling township’s', () => {
    expectTreeAgreement(AT_EACH_POINT, mayReadFiguresOf, figuresScope, TREE_MANAGERS_SEE)
  })
})

// county QX → townships QX-A, QX-B → village QX-A1 under QX-A
const NODES = {
  QX: { code: 'QX', path: [] },
  'QX-A': { code: 'QX-A', path: ['QX'] },
  'QX-B': { code: 'QX-B', path: ['QX'] },
  'QX-A1': { code: 'QX-A1', path: ['QX', 'QX-A'] },
}
const who = (roles: NodeCaller['roles'], nodes: string[], extra: Partial<NodeCaller> = {}): NodeCaller => ({
  openid: roles.join('-') + nodes.join('-'),
  roles,
  points: [],
  nodes,
  active: true,
  ...extra,
})
const CALLERS: Record<string, NodeCaller> = {
  deploymentAdmin: who(['admin'], []),
  countyAdmin: who(['admin'], ['QX']),
  countyLeader: who(['leader'], ['QX']),
  townshipALeader: who(['leader'], ['QX-A']),
  townshipBLeader: who(['leader'], ['QX-B']),
  villageLeader: who(['leader'], ['QX-A1']),
  townshipACadre: who(['cadre'], ['QX-A']),
  pointLeader: who(['leader'], [], { points: ['qxa101'] }),
  inactiveTownshipLeader: who(['leader'], ['QX-A'], { active: false }),
  resident: who([], []),
}

describe('数字 of a node: held at the node or above it', () => {
  it.each([
    ['deploymentAdmin', ['QX', 'QX-A', 'QX-B', 'QX-A1']],
    ['countyAdmin', ['QX', 'QX-A', 'QX-B', 'QX-A1']],
    ['countyLeader', ['QX', 'QX-A', 'QX-B', 'QX-A1']],
    // the parent reaches down; the sibling township is refused, and so is the county above
    ['townshipALeader', ['QX-A', 'QX-A1']],
    ['townshipBLeader', ['QX-B']],
    ['villageLeader', ['QX-A1']],
    ['townshipACadre', []],
    ['pointLeader', []],
    ['inactiveTownshipLeader', []],
    ['resident', []],
  ])('%s reads %j', (name, allowed) => {
    const caller = CALLERS[name]
    expect(Object.values(NODES).filter((n) => mayReadNodeFigures(caller, n)).map((n) => n.code)).toEqual(allowed)
  })
})
