import { describe, it } from 'vitest'
import { expectAgreement, expectHolders, HERE, THERE, nodesBelow, expectTreeHolders, expectTreeAgreement, TREE_MANAGERS } from './policy-table'
import { mayAdministerPoint, mayAdministerStaff } from './policy'
import { mayAdminister, mayAnswerForMatters, mayListStaff, mayManagePoint, maySeeStaffMember, staffListScope } from './policy'
import { inGroup, POINT_STAFF, WORKBENCH } from './roles'

const member = (_id: string, points: string[], active = true) => ({ _id, points, active })
const STAFF = [member('here', [HERE]), member('there', [THERE]), member('both', [HERE, THERE]), member('left', [HERE], false), member('admin', [])]

describe('说事点 and its people', () => {
  it('who runs a point, administers, answers for matters', () => {
    expectHolders((c) => mayManagePoint(c, HERE), ['admin', 'leaderHere'])
    expectHolders(mayAdminister, ['admin'])
    expectHolders(mayAnswerForMatters, ['leaderHere', 'leaderThere', 'cadreHere', 'cadreThere'])
    expectHolders(mayListStaff, ['admin', 'leaderHere', 'leaderThere', 'cadreHere', 'cadreThere', 'deputy'])
  })

  it('the staff list: the predicate and its query agree', () => {
    expectAgreement(STAFF, maySeeStaffMember, staffListScope, {
      admin: ['here', 'there', 'both', 'left', 'admin'],
      leaderHere: ['here', 'both'],
      leaderThere: ['there', 'both'],
      cadreHere: ['here', 'both'],
      cadreThere: ['there', 'both'],
      representative: [],
      deputy: ['here', 'both'],
      inactive: [],
      resident: [],
    })
  })

  it('role groups the pages use: the workbench and the point’s staff', () => {
    expectHolders((c) => inGroup(c.roles, WORKBENCH), ['leaderHere', 'leaderThere', 'cadreHere', 'cadreThere', 'representative', 'deputy', 'inactive'])
    expectHolders((c) => inGroup(c.roles, POINT_STAFF), ['leaderHere', 'leaderThere', 'cadreHere', 'cadreThere', 'deputy', 'inactive'])
  })
})

describe('说事点 and its people down the tree', () => {
  it('a point is run by its township’s leader and admin, not the sibling township’s; a node admin administers their reach only', () => {
    expectTreeHolders((c) => mayManagePoint(c, HERE), TREE_MANAGERS)
    expectTreeHolders((c) => mayAdministerPoint(c, HERE), ['adminAbove', 'deploymentAdmin'])
    expectTreeHolders(mayAdminister, ['adminAbove', 'adminSibling', 'deploymentAdmin'])
    // a cadre held at a village below township A: within A's admin's reach by node alone
    expectTreeHolders((c) => mayAdministerStaff(c, { points: [], nodes: ['V1'], active: true }, nodesBelow(c)), ['adminAbove', 'deploymentAdmin'])
  })

  it('the staff list down the tree: the predicate and its query agree', () => {
    const staff = [{ _id: 'here', points: [HERE], nodes: [], active: true }, { _id: 'there', points: [THERE], nodes: [], active: true }, { _id: 'village', points: [], nodes: ['V1'], active: true }]
    expectTreeAgreement(staff, (c, s) => maySeeStaffMember(c, s, nodesBelow(c)), (c) => staffListScope(c, nodesBelow(c)), {
      leaderAbove: ['here'],
      leaderSibling: ['there'],
      cadreAbove: ['here'],
      adminAbove: ['here', 'village'],
      adminSibling: ['there'],
      deploymentAdmin: ['here', 'there', 'village'],
    })
  })
})
