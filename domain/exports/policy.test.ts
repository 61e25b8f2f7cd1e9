import { describe, it } from 'vitest'
import { AT_EACH_POINT, expectAgreement, expectHolders, HERE, MANAGERS_SEE } from '../points/policy-table'
import { exportScope, mayExport, mayExportMatter, mayExportPoint, mayExportUnmasked } from './policy'

describe('导出', () => {
  it('the matters an export may hold: the rule and the query agree', () => {
    expectAgreement(AT_EACH_POINT, mayExportMatter, exportScope, MANAGERS_SEE)
  })

  it('exporting at all, a point, unmasked', () => {
    expectHolders(mayExport, ['admin', 'leaderHere', 'leaderThere'])
    expectHolders((c) => mayExportPoint(c, HERE), ['admin', 'leaderHere'])
    expectHolders((c) => mayExportUnmasked(c, [HERE]), ['admin', 'leaderHere'])
    expectHolders((c) => mayExportUnmasked(c, null), ['admin'])
  })
})
