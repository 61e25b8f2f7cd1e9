import { describe, it } from 'vitest'
import { expectAgreement, HERE, THERE } from '../points/policy-table'
import { boardModerationScope, mayModerateBoard } from './policy'

const ENTRIES = [
  { _id: 'here', pointCode: HERE },
  { _id: 'there', pointCode: THERE },
]

describe('大家说的事 审核', () => {
  it('who reviews an entry and the review list agree', () => {
    expectAgreement(ENTRIES, (c, e) => mayModerateBoard(c, e.pointCode), boardModerationScope, {
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
