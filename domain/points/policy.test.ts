import { describe, it } from 'vitest'
import { expectAgreement, expectHolders, HERE, THERE } from './policy-table'
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
