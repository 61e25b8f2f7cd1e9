import { describe, it } from 'vitest'
import { expectHolders, HERE, expectTreeHolders } from '../points/policy-table'
import { mayRateQuarter, mayReadReport, mayWriteSummaries, mayWriteSummary } from './policy'

describe('评事日报告 and 半年小结', () => {
  it('who reads a point’s report, rates its quarter, writes its summary', () => {
    expectHolders((c) => mayReadReport(c, HERE), ['admin', 'leaderHere', 'representative'])
    expectHolders((c) => mayRateQuarter(c, HERE), ['representative'])
    expectHolders(mayWriteSummaries, ['leaderHere', 'leaderThere'])
    expectHolders((c) => mayWriteSummary(c, HERE), ['leaderHere'])
  })
})

describe('评事日报告 and 半年小结 down the tree', () => {
  it('a township’s leader and admin read its points’ reports; its leader writes their summaries; the sibling township’s do neither', () => {
    expectTreeHolders((c) => mayReadReport(c, HERE), ['leaderAbove', 'adminAbove', 'deploymentAdmin'])
    expectTreeHolders((c) => mayWriteSummary(c, HERE), ['leaderAbove'])
    expectTreeHolders((c) => mayRateQuarter(c, HERE), [])
  })
})
