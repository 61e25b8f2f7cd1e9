import { describe, it } from 'vitest'
import { expectAgreement, expectHolders, HERE, THERE } from '../points/policy-table'
import { figuresScope, mayReadFigures, mayReadFiguresOf } from './policy'

const RECORDS = [
  { _id: 'here', pointCode: HERE },
  { _id: 'there', pointCode: THERE },
]

describe('数字: leaders their points’, admins every point’s', () => {
  it('the rule and the query agree', () => {
    expectHolders(mayReadFigures, ['admin', 'leaderHere', 'leaderThere'])
    expectAgreement(RECORDS, mayReadFiguresOf, figuresScope, {
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
