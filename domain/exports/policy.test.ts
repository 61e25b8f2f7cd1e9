import { describe, it } from 'vitest'
import { AT_EACH_POINT, expectAgreement, expectHolders, HERE, MANAGERS_SEE, expectTreeAgreement, TREE_MANAGERS_SEE, expectTreeHolders, TREE_MANAGERS } from '../points/policy-table'
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

describe('导出 down the tree', () => {
  it('a township’s leader and admin export its points, unmasked too; every point at once is the deployment admin’s', () => {
    expectTreeAgreement(AT_EACH_POINT, mayExportMatter, exportScope, TREE_MANAGERS_SEE)
    expectTreeHolders((c) => mayExportPoint(c, HERE), TREE_MANAGERS)
    expectTreeHolders((c) => mayExportUnmasked(c, [HERE]), TREE_MANAGERS)
    expectTreeHolders((c) => mayExportUnmasked(c, null), ['deploymentAdmin'])
  })
})
