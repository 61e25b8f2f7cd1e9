import { describe, it } from 'vitest'
import { expectHolders, HERE } from '../points/policy-table'
import { mayRateQuarter, mayReadReport, mayWriteSummaries, mayWriteSummary } from './policy'

describe('评事日报告 and 半年小结', () => {
  it('who reads a point’s report, rates its quarter, writes its summary', () => {
    expectHolders((c) => mayReadReport(c, HERE), ['admin', 'leaderHere', 'representative'])
    expectHolders((c) => mayRateQuarter(c, HERE), ['representative'])
    expectHolders(mayWriteSummaries, ['leaderHere', 'leaderThere'])
    expectHolders((c) => mayWriteSummary(c, HERE), ['leaderHere'])
  })
})
