import { describe, it } from 'vitest'
import { AT_EACH_POINT, expectAgreement, MANAGERS_SEE, expectTreeAgreement, TREE_MANAGERS_SEE } from '../points/policy-table'
import { boardModerationScope, mayModerateBoard } from './policy'

describe('大家说的事 审核', () => {
  it('who reviews an entry and the review list agree', () => {
    expectAgreement(AT_EACH_POINT, (c, e) => mayModerateBoard(c, e.pointCode), boardModerationScope, MANAGERS_SEE)
  })
})

describe('大家说的事 审核 down the tree', () => {
  it('a township’s leader and admin moderate its points, not the sibling township’s', () => {
    expectTreeAgreement(AT_EACH_POINT, (c, r) => mayModerateBoard(c, r.pointCode), boardModerationScope, TREE_MANAGERS_SEE)
  })
})
