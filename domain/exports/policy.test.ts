import { describe, it } from 'vitest'
import { expectAgreement, expectHolders, HERE, THERE } from '../points/policy-table'
import { exportScope, mayExport, mayExportMatter, mayExportPoint, mayExportUnmasked } from './policy'

const ITEMS = [
  { _id: 'here', pointCode: HERE },
  { _id: 'there', pointCode: THERE },
]

describe('导出', () => {
  it('the matters an export may hold: the rule and the query agree', () => {
    expectAgreement(ITEMS, mayExportMatter, exportScope, {
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

  it('exporting at all, a point, unmasked', () => {
    expectHolders(mayExport, ['admin', 'leaderHere', 'leaderThere'])
    expectHolders((c) => mayExportPoint(c, HERE), ['admin', 'leaderHere'])
    expectHolders((c) => mayExportUnmasked(c, [HERE]), ['admin', 'leaderHere'])
    expectHolders((c) => mayExportUnmasked(c, null), ['admin'])
  })
})
