/** 挂点 leaders: naming one (staff.setLeader), their quota and progress, and who may read a node's. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { diaryEvent, fresh, startWorld, type World } from '../testing'

let w: World
// Friday 27 November 2026, 23:30 China time
beforeAll(async () => {
  w = await startWorld('2026-11-27T15:30:00Z')
})
afterAll(async () => {
  await w.stop()
})

/**
 * A county of its own (codes unique to the test): townships A and B, a village and a point
 * under each, its staff stored with both `nodes` and every point under them (ORGSPEC).
 */
async function county() {
  const c = `C${fresh('x').split('-').slice(1).join('').toUpperCase()}`.slice(0, 20)
  const [A, B] = [`${c}-A`, `${c}-B`]
  const orgs = [
    { code: c, level: 'county', parent: null, path: [] },
    { code: A, level: 'township', parent: c, path: [c] },
    { code: B, level: 'township', parent: c, path: [c] },
    { code: `${A}1`, level: 'village', parent: A, path: [c, A] },
    { code: `${B}1`, level: 'village', parent: B, path: [c, B] },
  ]
  for (const o of orgs) await w.db().collection('orgs').doc(o.code).set({ data: { ...o, name: `节点${o.code}`, active: true } })
  const a1 = fresh('a').slice(0, 30)
  const b1 = fresh('b').slice(0, 30)
  const lead = await w.addStaff({ name: '点负责人', roles: ['cadre'], points: [a1, b1] })
  await w.addPoint({ code: a1, leadCadre: lead, org: `${A}1`, orgPath: [c, A, `${A}1`] } as object)
  await w.addPoint({ code: b1, leadCadre: lead, org: `${B}1`, orgPath: [c, B, `${B}1`] } as object)
  const at = (name: string, roles: string[], nodes: string[], points: string[]) => w.addStaff({ name, roles, nodes, points } as object)
  return {
    c,
    A,
    B,
    a1,
    b1,
    admin: await at('县管理员', ['admin'], [c], [a1, b1]),
    adminB: await at('乙镇管理员', ['admin'], [B], [b1]),
    countyLeader: await at('周县长', ['leader'], [c], [a1, b1]),
    townA: await at('吴镇长', ['leader'], [A], [a1]),
    townB: await at('郑书记', ['leader'], [B], [b1]),
    villageCadre: await at('村干部小林', ['cadre'], [`${A}1`], [a1]),
  }
}

const setLeader = (by: string, openid: string, level: string, contactPoint: string, answersFor = '分管民政、社会保障') =>
  w.staff(by, { action: 'staff.setLeader', openid, level, contactPoint, title: '副职', answersFor })

describe('naming a 挂点 leader', () => {
  it('an admin of the county names level, 挂点 and duties; the quota follows the level, in words from the numbers', async () => {
    const t = await county()
    const r = await setLeader(t.admin, t.countyLeader, 'county', t.a1)
    expect(r.data).toMatchObject({ openid: t.countyLeader, level: 'county', levelLabel: '县级领导', quota: 2, done: 0, behind: 2, unit: '次', quotaText: '每月到挂点至少 2 次' })
    expect(r.data.contactPoint).toEqual({ code: t.a1, name: `测试说事点${t.a1}` })
    const stored = (await w.db().collection('staff').doc(t.countyLeader).get()).data
    expect(stored).toMatchObject({ level: 'county', contactPoint: t.a1, title: '副职', answersFor: '分管民政、社会保障' })
    const village = await setLeader(t.admin, t.villageCadre, 'village', t.a1, '环境卫生')
    expect(village.data).toMatchObject({ quota: 3, unit: '户', quotaText: '每月走访 3–5 户' })
  })

  it('refuses a caller who is no admin, an admin of a sibling township, and a level the roles do not fit; nothing written', async () => {
    const t = await county()
    expect((await setLeader(t.townA, t.townA, 'township', t.a1)).error.code).toBe('FORBIDDEN')
    expect((await setLeader(t.adminB, t.townA, 'township', t.a1)).error.code).toBe('FORBIDDEN')
    expect((await setLeader(t.admin, t.villageCadre, 'township', t.a1)).error).toMatchObject({ code: 'INVALID_INPUT', message: '市、县、乡镇领导须有领导角色' })
    expect((await setLeader(t.admin, t.townB, 'township', t.a1)).error.code).toBe('INVALID_INPUT') // township B does not reach A's point
    expect((await setLeader(t.admin, t.townA, 'township', t.a1, '电话13812345678')).error.code).toBe('INVALID_INPUT')
    for (const id of [t.townA, t.villageCadre, t.townB]) expect((await w.db().collection('staff').doc(id).get()).data?.level).toBeUndefined()
    expect((await setLeader(t.adminB, t.townB, 'township', t.b1)).ok).toBe(true)
  })
})

describe('挂点 progress under a node', () => {
  async function visited() {
    const t = await county()
    await setLeader(t.admin, t.countyLeader, 'county', t.a1)
    await setLeader(t.admin, t.townA, 'township', t.a1, '分管城建')
    await setLeader(t.admin, t.townB, 'township', t.b1, '分管农业')
    await setLeader(t.admin, t.villageCadre, 'village', t.a1, '环境卫生')
    const diary = (who: string, point: string, date: string, extra: Record<string, unknown> = {}) => w.staff(who, diaryEvent(point, date, extra))
    // the county leader: two days at the 挂点 — quota met
    await diary(t.countyLeader, t.a1, '2026-11-04', { form: 'walkIn' })
    await diary(t.countyLeader, t.a1, '2026-11-18')
    // township A: three entries, but one day at the 挂点 and one at another point — 1 of 3
    await diary(t.townA, t.a1, '2026-11-11', { form: 'walkIn' })
    await diary(t.townA, t.a1, '2026-11-11', { household: { address: '和平路1号', met: '住户' } })
    await diary(t.townA, t.a1, '2026-10-30')
    // the village cadre: two households — 2 of 3
    await diary(t.villageCadre, t.a1, '2026-11-05', { household: { address: '和平路2号', met: '住户' } })
    await diary(t.villageCadre, t.a1, '2026-11-06', { household: { address: '和平路3号', met: '住户' } })
    return t
  }

  it('lists each leader with level, 挂点, quota, done and how far behind, the furthest behind first', async () => {
    const t = await visited()
    const r = await w.staff(t.countyLeader, { action: 'visits.leaders', node: t.c })
    expect(r.data).toMatchObject({ month: '2026-11', daysLeft: 4, node: t.c })
    expect(r.data.leaders.map((l: { name: string; quota: number; done: number; behind: number }) => [l.name, l.quota, l.done, l.behind])).toEqual([
      ['郑书记', 3, 0, 3],
      ['吴镇长', 3, 1, 2],
      ['村干部小林', 3, 2, 1],
      ['周县长', 2, 2, 0],
    ])
    const a = await w.staff(t.townA, { action: 'visits.leaders', node: t.A })
    expect(a.data.leaders.map((l: { name: string }) => l.name)).toEqual(['吴镇长', '村干部小林', '周县长'])
    const october = await w.staff(t.townA, { action: 'visits.leaders', node: t.A, month: '2026-10' })
    expect(october.data.leaders.find((l: { name: string }) => l.name === '吴镇长')).toMatchObject({ done: 1, behind: 2 })
  })

  it('is for leaders and admins holding the node or one above it: a sibling township is refused', async () => {
    const t = await visited()
    expect((await w.staff(t.townB, { action: 'visits.leaders', node: t.A })).error.code).toBe('FORBIDDEN')
    expect((await w.staff(t.adminB, { action: 'visits.leaders', node: t.A })).error.code).toBe('FORBIDDEN')
    expect((await w.staff(t.villageCadre, { action: 'visits.leaders', node: `${t.A}1` })).error.code).toBe('FORBIDDEN')
    expect((await w.staff(t.townB, { action: 'visits.leaders', node: 'NO-SUCH' })).error.code).toBe('FORBIDDEN')
    expect((await w.staff(t.admin, { action: 'visits.leaders', node: t.A })).ok).toBe(true)
    expect((await w.staff(t.townA, { action: 'visits.leaders', node: `${t.A}1` })).ok).toBe(true)
    // without a node: the caller's own reach
    const own = await w.staff(t.townB, { action: 'visits.leaders' })
    expect(own.data.leaders.map((l: { name: string }) => l.name)).toEqual(['郑书记'])
  })

  it('shows a leader their own quota and progress on their 民情日记 page', async () => {
    const t = await visited()
    const mine = await w.staff(t.townA, { action: 'visits.month' })
    expect(mine.data.leader).toMatchObject({ level: 'township', quota: 3, done: 1, behind: 2, quotaText: '每月到挂点至少 3 次', answersFor: '分管城建' })
    const cadre = await w.staff(await w.addStaff({ roles: ['cadre'], points: [t.a1] }), { action: 'visits.month' })
    expect(cadre.data.leader).toBeNull()
  })
})
