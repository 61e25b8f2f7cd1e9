import { describe, it } from 'vitest'
import { AT_EACH_POINT, expectAgreement, expectHolders, HERE, MANAGERS_SEE, expectTreeAgreement, TREE_MANAGERS_SEE } from '../points/policy-table'
import { managedPointsScope } from '../points/policy'
import { mayKeepSchedule, mayKeepSchedules } from './policy'

describe('开放安排: who keeps a point’s schedule', () => {
  it('admins every point’s, leaders their own; the same rule as a list of points', () => {
    expectHolders(mayKeepSchedules, ['admin', 'leaderHere', 'leaderThere'])
    expectHolders((c) => mayKeepSchedule(c, HERE), ['admin', 'leaderHere'])
    expectAgreement(AT_EACH_POINT, (c, s) => mayKeepSchedule(c, s.pointCode), managedPointsScope, MANAGERS_SEE)
  })
})

describe('开放安排 down the tree', () => {
  it('a township’s leader and admin keep its points’ schedules, not the sibling township’s', () => {
    expectTreeAgreement(AT_EACH_POINT, (c, s) => mayKeepSchedule(c, s.pointCode), managedPointsScope, TREE_MANAGERS_SEE)
  })
})
