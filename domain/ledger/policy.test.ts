import { describe, expect, it } from 'vitest'
import { CALLERS, expectAgreement, expectHolders, expectTreeAgreement, HERE, NOBODY, THERE } from '../points/policy-table'
import { ledgerAreaScope, ledgerReadAudited, mayConfirmLedger, mayReadLedger, mayRemark } from './policy'

// an area of HERE kept by cadreHere, another of HERE kept by someone else, one of THERE kept by cadreThere
const AREAS = [
  { _id: 'mine', pointCode: HERE, cadre: CALLERS.cadreHere.openid },
  { _id: 'other', pointCode: HERE, cadre: 'someone' },
  { _id: 'there', pointCode: THERE, cadre: CALLERS.cadreThere.openid },
]
const [MINE] = AREAS

describe('月台账: who may do what', () => {
  it('reads: the area’s cadre and the point’s leaders; the page’s list agrees', () => {
    expectAgreement(AREAS, mayReadLedger, ledgerAreaScope, { ...NOBODY, cadreHere: ['mine'], cadreThere: ['there'], leaderHere: ['mine', 'other'], leaderThere: ['there'] })
  })

  it('down the tree: the township’s leader keeps its points’ areas, the sibling township’s does not', () => {
    const none = { leaderAbove: [], leaderSibling: [], cadreAbove: [], adminAbove: [], adminSibling: [], deploymentAdmin: [] }
    expectTreeAgreement(AREAS, mayReadLedger, ledgerAreaScope, { ...none, leaderAbove: ['mine', 'other'], leaderSibling: ['there'] })
  })

  it('remarks: the area’s cadre only; confirmation: a leader of the point only; every read but the cadre’s is audited', () => {
    expectHolders((c) => mayRemark(c, MINE), ['cadreHere'])
    expectHolders((c) => mayConfirmLedger(c, MINE), ['leaderHere'])
    expect(ledgerReadAudited(CALLERS.leaderHere, MINE)).toBe(true)
    expect(ledgerReadAudited(CALLERS.cadreHere, MINE)).toBe(false)
  })
})
