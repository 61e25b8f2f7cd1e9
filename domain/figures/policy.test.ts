import { describe, it } from 'vitest'
import { AT_EACH_POINT, expectAgreement, expectHolders, MANAGERS_SEE, expectTreeAgreement, TREE_MANAGERS_SEE } from '../points/policy-table'
import { figuresScope, mayReadFigures, mayReadFiguresOf } from './policy'

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
