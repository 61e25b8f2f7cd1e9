import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO, startWorld, type World } from '../testing'
import { DEMO_ORG } from '../../emulator/seed'

let w: World
beforeAll(async () => {
  w = await startWorld('2026-03-02T02:00:00Z')
})
afterAll(async () => {
  await w.stop()
})

let n = 0
/** An org code no other test uses. */
const code = (prefix: string) => `${prefix}${++n}${Math.random().toString(36).slice(2, 6).toUpperCase()}`
const save = (who: string, e: object) => w.staff(who, { action: 'orgs.save', ...e })

/** A county of its own (made by the deployment admin) with two townships, a village in each and a point in each village. */
async function county() {
  const c = code('C')
  const [a, b, va, vb] = [`${c}-A`, `${c}-B`, `${c}-A1`, `${c}-B1`]
  for (const e of [
    { op: 'add', code: c, name: '测试县', level: 'county', parent: null },
    { op: 'add', code: a, name: '甲镇', level: 'township', parent: c },
    { op: 'add', code: b, name: '乙街道', level: 'township', parent: c },
    { op: 'add', code: va, name: '甲村', level: 'village', parent: a },
    { op: 'add', code: vb, name: '乙社区', level: 'village', parent: b },
  ]) {
    const r = await save(DEMO.admin, e)
    if (!r.ok) throw new Error(JSON.stringify(r))
  }
  const pa = await w.addPoint({ org: va, orgPath: [c, a, va] })
  const pb = await w.addPoint({ org: vb, orgPath: [c, b, vb] })
  return { c, a, b, va, vb, pa: pa.code, pb: pb.code }
}

const tree = async (who: string) => (await w.staff(who, { action: 'orgs.tree' })).data.nodes as { code: string; parent: string | null; points: string[] }[]

describe('orgs.tree: the tree as far as the caller reaches', () => {
  it('the demo county: two townships, six villages, a dozen points; a township leader sees their township alone', async () => {
    const all = await tree(DEMO_ORG.countyAdmin)
    expect(all.filter((x) => x.parent === DEMO_ORG.county)).toHaveLength(2)
    expect(all.flatMap((x) => x.points)).toHaveLength(12)
    expect(all.find((x) => x.code === DEMO_ORG.xindong)?.points).toEqual(['xd01', 'xd02'])
    const town = await tree(DEMO_ORG.townLeader)
    expect(town.map((x) => x.code)).toEqual(['QX-A', 'QX-A1', 'QX-A2', 'QX-A3'])
    expect(await tree(DEMO.leader)).toEqual([])
  })

  it('me answers the reach and the held nodes with names', async () => {
    const me = (await w.staff(DEMO_ORG.townLeader, { action: 'me' })).data
    expect(me.points).toEqual(['sq01', 'sq02', 'ty01', 'ty02', 'xd01', 'xd02'])
    expect(me.pointsDetail.map((p: { code: string }) => p.code)).toEqual(me.points)
    expect(me.nodesDetail).toEqual([{ code: 'QX-A', name: '青溪镇', level: 'township' }])
  })
})

describe('a role held at a node reaches every point below it', () => {
  it('a township leader leads the matters of their villages, not of the sibling township', async () => {
    const t = await county()
    const leaderA = await w.addStaff({ name: '甲镇领导', roles: ['leader'], points: [], nodes: [t.a] })
    const here = await w.submit({ pointCode: t.pa })
    const there = await w.submit({ pointCode: t.pb })
    expect((await w.staff(leaderA, { action: 'item.get', id: here })).ok).toBe(true)
    expect((await w.staff(leaderA, { action: 'item.get', id: there })).error.code).toBe('FORBIDDEN')
    const countyLeader = await w.addStaff({ name: '县领导', roles: ['leader'], points: [], nodes: [t.c] })
    expect((await w.staff(countyLeader, { action: 'item.get', id: there })).ok).toBe(true)
  })

  it('a node admin administers their reach only: routing, staff, invites; the outbox stays the deployment admin’s', async () => {
    const t = await county()
    const adminA = await w.addStaff({ name: '甲镇管理员', roles: ['admin'], points: [], nodes: [t.a] })
    const route = (pointCode: string) => w.staff(adminA, { action: 'routing.set', pointCode, category: '其他', cadre: null })
    expect((await route(t.pa)).ok).toBe(true)
    expect((await route(t.pb)).error.code).toBe('FORBIDDEN')
    const listed = (await w.staff(adminA, { action: 'routing.list' })).data.points.map((p: { code: string }) => p.code)
    expect(listed).toEqual([t.pa])
    const cadreB = await w.addStaff({ name: '乙社区干部', roles: ['cadre'], points: [t.pb], nodes: [t.vb] })
    const cadreA = await w.addStaff({ name: '甲村干部', roles: ['cadre'], points: [], nodes: [t.va] })
    const staff = (await w.staff(adminA, { action: 'staff.list' })).data.staff.map((s: { openid: string }) => s.openid)
    expect(staff).toContain(cadreA)
    expect(staff).not.toContain(cadreB)
    expect((await w.staff(adminA, { action: 'outbox.list', status: 'failed' })).error.code).toBe('FORBIDDEN')
    expect((await w.staff(adminA, { action: 'staff.deactivate', openid: cadreB, transferTo: adminA })).error.code).toBe('NOT_FOUND')
  })

  it('a county admin invites a township admin, who invites a village cadre; nobody invites outside their reach', async () => {
    const t = await county()
    const countyAdmin = await w.addStaff({ name: '县管理员', roles: ['admin'], points: [], nodes: [t.c] })
    const invite = (who: string, node: string, role = 'admin') => w.staff(who, { action: 'invite.create', name: '新同志', role, node })
    const first = await invite(countyAdmin, t.a)
    expect(first.data).toMatchObject({ node: t.a, nodeName: '甲镇' })
    const townAdmin = code('admin').toLowerCase()
    expect((await w.staff(townAdmin, { action: 'invite.redeem', code: first.data.code })).data).toMatchObject({ roles: ['admin'], nodes: [t.a], points: [] })
    const second = await invite(townAdmin, t.va, 'cadre')
    expect(second.ok).toBe(true)
    const cadre = code('cadre').toLowerCase()
    await w.staff(cadre, { action: 'invite.redeem', code: second.data.code })
    expect((await w.staff(cadre, { action: 'me' })).data).toMatchObject({ nodes: [t.va], points: [t.pa] })
    expect((await invite(townAdmin, t.vb, 'cadre')).error).toMatchObject({ code: 'FORBIDDEN', message: '您只能邀请自己管理范围内的人员' })
    expect((await invite(townAdmin, t.pb, 'cadre')).error.code).toBe('FORBIDDEN')
    expect((await invite(townAdmin, t.pa, 'cadre')).data).toMatchObject({ node: t.pa })
  })
})

describe('orgs.save: add, rename, move, retire', () => {
  it('a node fits under the level above it; codes are unique; only admins of the parent add', async () => {
    const t = await county()
    expect((await save(DEMO.admin, { op: 'add', code: code('V'), name: '丙村', level: 'village', parent: t.c })).error).toMatchObject({
      code: 'INVALID_INPUT',
      message: '村/社区只能放在乡镇/街道下面，「测试县」是区/县',
    })
    expect((await save(DEMO.admin, { op: 'add', code: t.va, name: '重复', level: 'village', parent: t.a })).error.code).toBe('CONFLICT')
    const adminB = await w.addStaff({ name: '乙管理员', roles: ['admin'], points: [], nodes: [t.b] })
    expect((await save(adminB, { op: 'add', code: code('V'), name: '丙村', level: 'village', parent: t.a })).error.code).toBe('FORBIDDEN')
    expect((await save(DEMO.leader, { op: 'add', code: code('V'), name: '丙村', level: 'village', parent: t.a })).error.code).toBe('FORBIDDEN')
    expect((await save(adminB, { op: 'add', code: code('C'), name: '新县', level: 'county', parent: null })).error.code).toBe('FORBIDDEN')
  })

  it('moving a village takes its points along: paths rewritten, matters kept, the new township’s leader leads them', async () => {
    const t = await county()
    const id = await w.submit({ pointCode: t.pa })
    const leaderA = await w.addStaff({ name: '甲镇领导', roles: ['leader'], points: [], nodes: [t.a] })
    const leaderB = await w.addStaff({ name: '乙街道领导', roles: ['leader'], points: [], nodes: [t.b] })
    const moved = await save(DEMO.admin, { op: 'move', code: t.va, parent: t.b })
    expect(moved.data).toEqual({ code: t.va, name: '甲村', level: 'village', parent: t.b, points: [t.pa] })
    const point = (await w.db().collection('points').doc(`point-${t.pa}`).get()).data
    expect(point?.orgPath).toEqual([t.c, t.b, t.va])
    expect((await w.staff(leaderB, { action: 'item.get', id })).ok).toBe(true)
    expect((await w.staff(leaderA, { action: 'item.get', id })).error.code).toBe('FORBIDDEN')
    const renamed = await save(DEMO.admin, { op: 'rename', code: t.va, name: '甲村（新）' })
    expect(renamed.data).toMatchObject({ name: '甲村（新）', points: [t.pa] })
    expect((await w.staff(leaderB, { action: 'item.get', id })).data.pointCode).toBe(t.pa)
  })

  it('moving a township rewrites its villages and their points; no node goes under itself', async () => {
    const t = await county()
    const other = code('C')
    await save(DEMO.admin, { op: 'add', code: other, name: '邻县', level: 'county', parent: null })
    expect((await save(DEMO.admin, { op: 'move', code: t.a, parent: other })).ok).toBe(true)
    expect((await w.db().collection('orgs').doc(t.va).get()).data?.path).toEqual([other, t.a])
    expect((await w.db().collection('points').doc(`point-${t.pa}`).get()).data?.orgPath).toEqual([other, t.a, t.va])
    expect((await save(DEMO.admin, { op: 'move', code: t.a, parent: t.va })).error.code).toBe('INVALID_INPUT')
  })

  it('retiring a node with active children or points is refused in Chinese; an emptied one retires', async () => {
    const t = await county()
    expect((await save(DEMO.admin, { op: 'retire', code: t.va })).error).toMatchObject({ code: 'INVALID_INPUT', message: '「甲村」下面还有 1 个在用的说事点，请先移走或停用它们' })
    expect((await save(DEMO.admin, { op: 'retire', code: t.a })).error.message).toBe('「甲镇」下面还有 1 个在用的下级，请先移走或撤销它们')
    await w.db().collection('points').doc(`point-${t.pa}`).update({ data: { active: false } })
    expect((await save(DEMO.admin, { op: 'retire', code: t.va })).ok).toBe(true)
    expect((await save(DEMO.admin, { op: 'retire', code: t.a })).ok).toBe(true)
    expect((await tree(DEMO.admin)).map((x) => x.code)).not.toContain(t.a)
  })

  it('points.upsert places a new point in a village of the caller’s reach', async () => {
    const t = await county()
    const adminA = await w.addStaff({ name: '甲镇管理员', roles: ['admin'], points: [], nodes: [t.a] })
    const lead = await w.addStaff({ name: '点负责人', roles: ['cadre'], points: [], nodes: [t.va] })
    const point = { action: 'points.upsert', code: code('p').toLowerCase(), name: '新的说事点', kind: 'talk', community: '甲村', address: '甲村 1 号', openHours: '每周三', leadCadre: lead }
    expect((await w.staff(adminA, point)).error).toMatchObject({ code: 'INVALID_INPUT', message: '请选择说事点所在的村/社区' })
    expect((await w.staff(adminA, { ...point, org: t.a })).error.message).toBe('说事点只能放在村/社区下面，「甲镇」是乡镇/街道')
    expect((await w.staff(adminA, { ...point, org: t.vb })).error.code).toBe('FORBIDDEN')
    expect((await w.staff(adminA, { ...point, org: t.va })).data).toMatchObject({ org: t.va })
    expect((await tree(adminA)).find((x) => x.code === t.va)?.points).toEqual([t.pa, point.code].sort())
  })
})
