/** 走访进度: households visited this month against the point's quota, and the admin's quota. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO, fresh, startWorld, type World } from '../testing'

let w: World
// Friday 27 November 2026, 23:30 China time: the month has 4 days left, today included
beforeAll(async () => {
  w = await startWorld('2026-11-27T15:30:00Z')
})
afterAll(async () => {
  await w.stop()
})

const visit = (openid: string, pointCode: string, address: string, extra: Record<string, unknown> = {}) =>
  w.staff(openid, {
    action: 'visits.create',
    requestId: fresh('req'),
    pointCode,
    form: 'homeVisit',
    visitedAt: '2026-11-20',
    household: { address, met: '住户本人' },
    heard: '聊了聊家里的近况',
    ...extra,
  })

async function team() {
  const code = fresh('p').slice(0, 30)
  const leader = await w.addStaff({ name: '书记', roles: ['leader'], points: [code] })
  await w.addPoint({ code, leadCadre: leader })
  const zhang = await w.addStaff({ name: '张', roles: ['cadre'], points: [code] })
  const li = await w.addStaff({ name: '李', roles: ['cadre', 'deputy'], points: [code] })
  return { code, leader, zhang, li }
}

describe('走访进度', () => {
  it('counts each household once a month, only visits to households, in the month of the visit’s China date', async () => {
    const { code, zhang } = await team()
    await visit(zhang, code, '幸福路12号3单元501')
    await visit(zhang, code, '幸福路12号 3单元501室', { form: 'followUp', visitedAt: '2026-11-27' }) // the same household again
    await visit(zhang, code, '幸福路12号3单元502')
    await visit(zhang, code, '幸福路12号3单元601', { form: 'walkIn' }) // at the point, not a household visit
    await visit(zhang, code, '幸福路12号3单元701', { visitedAt: '2026-10-31' }) // October's
    const month = await w.staff(zhang, { action: 'visits.month' })
    expect(month.data).toMatchObject({ month: '2026-11', daysLeft: 4, team: null })
    expect(month.data.mine).toEqual([expect.objectContaining({ openid: zhang, pointCode: code, count: 2, min: 3, max: 5, behind: true })])
    const october = await w.staff(zhang, { action: 'visits.month', month: '2026-10' })
    expect(october.data).toMatchObject({ daysLeft: 0, mine: [expect.objectContaining({ count: 1, behind: true })] })
  })

  it('shows a leader every cadre of their points, those behind first, against the quota the admin set', async () => {
    const { code, leader, zhang, li } = await team()
    for (const n of [1, 2, 3]) await visit(li, code, `和平路${n}号`)
    await visit(zhang, code, '和平路9号')
    const before = await w.staff(leader, { action: 'visits.month', pointCode: code })
    expect(before.data.mine).toEqual([]) // a leader who is no cadre has no quota of their own
    expect(before.data.team).toEqual([
      expect.objectContaining({ openid: zhang, name: '张', count: 1, min: 3, behind: true }),
      expect.objectContaining({ openid: li, name: '李', count: 3, min: 3, behind: false }),
    ])

    expect((await w.staff(leader, { action: 'visits.setQuota', pointCode: code, min: 4, max: 6 })).error.code).toBe('FORBIDDEN')
    expect((await w.staff(DEMO.admin, { action: 'visits.setQuota', pointCode: code, min: 5, max: 4 })).error.code).toBe('INVALID_INPUT')
    expect((await w.staff(DEMO.admin, { action: 'visits.setQuota', pointCode: 'no-such-point', min: 1, max: 4 })).error.code).toBe('NOT_FOUND')
    const set = await w.staff(DEMO.admin, { action: 'visits.setQuota', pointCode: code, min: 4, max: 6 })
    expect(set.data).toMatchObject({ pointCode: code, min: 4, max: 6, isDefault: false })
    const quotas = await w.staff(DEMO.admin, { action: 'visits.quotas' })
    expect(quotas.data.quotas).toEqual(expect.arrayContaining([expect.objectContaining({ pointCode: code, min: 4, max: 6 }), expect.objectContaining({ pointCode: DEMO.pointCode, isDefault: true })]))

    const after = await w.staff(leader, { action: 'visits.month', pointCode: code })
    expect(after.data.team.map((s: { name: string; behind: boolean; min: number }) => [s.name, s.behind, s.min])).toEqual([
      ['张', true, 4],
      ['李', true, 4],
    ])
  })

  it('is for staff of the point only', async () => {
    const { code } = await team()
    const other = await w.addPoint()
    expect((await w.staff(DEMO.residentA, { action: 'visits.month' })).error.code).toBe('FORBIDDEN')
    expect((await w.staff(other.lead, { action: 'visits.month', pointCode: code })).error.code).toBe('FORBIDDEN')
    expect((await w.staff(DEMO.admin, { action: 'visits.month' })).error.code).toBe('FORBIDDEN')
    expect((await w.staff(DEMO.cadre1, { action: 'visits.quotas' })).error.code).toBe('FORBIDDEN')
  })
})

describe('走访进度 across points', () => {
  it('puts those behind first, then cadres at points with a quota, before points that ask none', async () => {
    const { code, leader, zhang, li } = await team()
    const studio = fresh('p').slice(0, 30)
    await w.addPoint({ code: studio, leadCadre: leader })
    await w.db().collection('staff').doc(leader).update({ data: { points: [code, studio] } })
    const both = await w.addStaff({ name: '王', roles: ['cadre'], points: [code, studio] })
    await w.staff(DEMO.admin, { action: 'visits.setQuota', pointCode: studio, min: 0, max: 5 })
    for (const n of [1, 2, 3]) await visit(both, code, `和平路${n}号`)
    const month = await w.staff(leader, { action: 'visits.month' })
    const rows = month.data.team.map((s: { openid: string; pointCode: string }) => [s.openid, s.pointCode])
    expect(rows.slice(0, 2)).toEqual(expect.arrayContaining([[zhang, code], [li, code]])) // 0 of 3 each
    expect(rows.slice(2)).toEqual([[both, code], [both, studio]])
    expect(month.data.team[0].behind && month.data.team[1].behind).toBe(true)
    expect(month.data.team[3]).toMatchObject({ count: 0, min: 0, behind: false })
  })
})
