import { describe, expect, it } from 'vitest'
import { expectHolders, HERE, expectTreeHolders } from '../points/policy-table'
import { mayRateQuarter, mayReadNodeReport, mayReadReport, mayWriteSummaries, mayWriteSummary } from './policy'

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

describe('评事日报告 of a node', () => {
  const township = { code: 'QX-A', path: ['QX'] }
  const leader = (nodes: string[], roles: ('leader' | 'representative' | 'cadre')[] = ['leader']) => ({ openid: 'x', roles, points: [], nodes, active: true })
  it('the township’s leader and the county’s; not a sibling township’s, nor a representative or cadre held there', () => {
    expect(mayReadNodeReport(leader(['QX-A']), township)).toBe(true)
    expect(mayReadNodeReport(leader(['QX']), township)).toBe(true)
    expect(mayReadNodeReport(leader(['QX-B']), township)).toBe(false)
    expect(mayReadNodeReport(leader(['QX-A1']), township)).toBe(false)
    expect(mayReadNodeReport(leader(['QX-A'], ['representative']), township)).toBe(false)
    expect(mayReadNodeReport(leader(['QX-A'], ['cadre']), township)).toBe(false)
  })
})
