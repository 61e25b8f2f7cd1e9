import { describe, expect, it } from 'vitest'
import { LEADER_VISITS } from '../policy/defaults'
import { leaderDone, leaderProgress, leaderQuota, leaderQuotaText, reachesPoint, roleOfLevel, type DiaryDay } from './leaders'

const day = (visitedAt: string, extra: Partial<DiaryDay> = {}): DiaryDay => ({ pointCode: 'a1', visitedAt, form: 'walkIn', householdKey: `h-${visitedAt}`, ...extra })

describe('挂点 quotas', () => {
  it('follow the level: city 1, county 2, township 3 visits; a village cadre the point’s households', () => {
    expect([leaderQuota('city'), leaderQuota('county'), leaderQuota('township'), leaderQuota('village')]).toEqual([1, 2, 3, 3])
    expect(leaderQuota('village', { min: 4, max: 6 })).toBe(4)
    expect(leaderQuota('county')).toBe(LEADER_VISITS.county)
    expect(roleOfLevel('village')).toBe('cadre')
    expect(roleOfLevel('township')).toBe('leader')
  })

  it('say the rule in words made from the numbers', () => {
    expect(leaderQuotaText('county')).toBe(`每月到挂点至少 ${LEADER_VISITS.county} 次`)
    expect(leaderQuotaText('village')).toBe('每月走访 3–5 户')
    expect(leaderQuotaText('village', { min: 2, max: 2 })).toBe('每月走访 2 户')
  })

  it('count a leader’s days at the 挂点, once a day, and nothing elsewhere', () => {
    const entries = [day('2026-11-04'), day('2026-11-04', { form: 'homeVisit', householdKey: 'x' }), day('2026-11-11'), day('2026-11-18', { pointCode: 'b1' })]
    expect(leaderDone('township', 'a1', entries)).toBe(2)
    expect(leaderProgress(3, 2)).toEqual({ quota: 3, done: 2, behind: 1 })
    expect(leaderProgress(2, 4)).toEqual({ quota: 2, done: 4, behind: 0 })
  })

  it('count a village cadre’s households at the 挂点, as 走访进度 does', () => {
    const entries = [day('2026-11-04', { form: 'homeVisit', householdKey: 'x' }), day('2026-11-05', { form: 'followUp', householdKey: 'x' }), day('2026-11-06', { form: 'homeVisit', householdKey: 'y' }), day('2026-11-07')]
    expect(leaderDone('village', 'a1', entries)).toBe(2)
  })

  it('a point is reached when held, or when a held node lies on its path', () => {
    expect(reachesPoint({ points: ['a1'] }, { code: 'a1' })).toBe(true)
    expect(reachesPoint({ points: [], nodes: ['QX-A'] }, { code: 'a2', orgPath: ['QX', 'QX-A', 'QX-A2'] })).toBe(true)
    expect(reachesPoint({ points: [], nodes: ['QX-B'] }, { code: 'a2', orgPath: ['QX', 'QX-A', 'QX-A2'] })).toBe(false)
  })
})
