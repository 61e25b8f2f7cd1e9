import { describe, it } from 'vitest'
import { expectAgreement, expectHolders, HERE, THERE } from '../points/policy-table'
import { managedPointsScope } from '../points/policy'
import { mayKeepSchedule, mayKeepSchedules } from './policy'

describe('开放安排: who keeps a point’s schedule', () => {
  it('admins every point’s, leaders their own; the same rule as a list of points', () => {
    expectHolders(mayKeepSchedules, ['admin', 'leaderHere', 'leaderThere'])
    expectHolders((c) => mayKeepSchedule(c, HERE), ['admin', 'leaderHere'])
    const schedules = [
      { _id: 'here', pointCode: HERE },
      { _id: 'there', pointCode: THERE },
    ]
    expectAgreement(schedules, (c, s) => mayKeepSchedule(c, s.pointCode), managedPointsScope, {
      admin: ['here', 'there'],
      leaderHere: ['here'],
      leaderThere: ['there'],
      cadreHere: [],
      cadreThere: [],
      representative: [],
      deputy: [],
      inactive: [],
      resident: [],
    })
  })
})
