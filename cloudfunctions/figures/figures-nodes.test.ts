/**
 * 数字 of a node through the staff function: a county of two townships, three villages and
 * five points, a few hundred matters in every state (the demo's generator, written
 * straight to the database), and the node's figures against its points' asked one by one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rate, type Rate } from '../../domain/figures/figures'
import { startWorld, type World } from '../testing'
import { PEOPLE, pointsUnder, TREE_NOW, TREE_POINTS, writeTestCounty } from './testing-tree'

let w: World
const PERIOD = { from: '2026-01-01', to: '2026-11-28' }
const people = PEOPLE
const POINTS = TREE_POINTS
const under = pointsUnder

beforeAll(async () => {
  w = await startWorld(TREE_NOW)
  // every state a matter can be in is there
  expect(await writeTestCounty(w)).toEqual(new Set(['submitted', 'accepted', 'in_progress', 'replied', 'closed', 'withdrawn']))
})
afterAll(async () => {
  await w.stop()
})

type Figures = Record<string, number | Rate>
const pick = (f: Record<string, unknown>) => ({ collected: f.collected, withdrawn: f.withdrawn, feedbackRate: f.feedbackRate, satisfaction: f.satisfaction, onTime: f.onTime })
const get = (openid: string, fields: object) => w.staff(openid, { action: 'figures.get', ...PERIOD, ...fields })
const COUNTS = ['collected', 'withdrawn', 'answeredClosed', 'rated', 'satisfied', 'basic', 'unsatisfied', 'unrated', 'cadreRecorded', 'awaitingRating', 'overdueNow', 'extensions', 'escalations', 'onTimeExtended']

/** The counts added by hand and each rate worked out from them, as a node's figures must be. */
function addedUp(each: Figures[]) {
  const n = (f: Figures, k: string) => (typeof f[k] === 'number' ? f[k] : 0)
  const sum = Object.fromEntries(COUNTS.map((k) => [k, each.reduce((s, f) => s + n(f, k), 0)]))
  const basis = (k: string) => each.reduce((s, f) => { const r = f[k] as Rate; return s + ('insufficient' in r ? r.n : r.of) }, 0)
  const counted = (k: string) => each.reduce((s, f) => s + (f[k] as Rate).count, 0)
  const rates = Object.fromEntries(['responded24h', 'onTime', 'feedbackRate', 'solved', 'satisfaction'].map((k) => [k, rate(counted(k), basis(k))]))
  return { ...sum, ...rates }
}

describe('a node’s figures are the sum of its points’', () => {
  it('the county, each township and each village: equal to their points’ figures asked one by one', async () => {
    const perPoint = new Map<string, Figures>()
    for (const p of POINTS) {
      const r = await get(people.county, { pointCode: p.code })
      expect(r.ok).toBe(true)
      perPoint.set(p.code, r.data)
    }
    for (const node of ['TC', 'TC-A', 'TC-B', 'TC-A1']) {
      const r = await get(people.county, { node })
      expect(r.ok).toBe(true)
      const expected = addedUp(under(node).map((c) => perPoint.get(c) as Figures))
      expect(r.data).toMatchObject(expected)
      expect(r.data.pointCodes.sort()).toEqual(under(node))
      // each child beside it: its own points’ sum
      for (const child of r.data.children) {
        const points = child.level === 'point' ? [child.code] : under(child.code)
        expect({ code: child.code, points: child.points, ...pick(child) }).toEqual({ code: child.code, points: points.length, ...pick(addedUp(points.map((c) => perPoint.get(c) as Figures))) })
      }
    }
    // the county’s figures stand on real numbers: hundreds of matters, rates not 样本不足
    const county = (await get(people.county, { node: 'TC' })).data
    expect(county.collected).toBeGreaterThan(400)
    expect(county.feedbackRate.value).toBeGreaterThan(50)
  })

  it('a county’s children are its townships, a township’s its villages, a village’s its points', async () => {
    const names = async (node: string) => (await get(people.county, { node })).data.children.map((c: { code: string; level: string }) => `${c.level}:${c.code}`)
    expect(await names('TC')).toEqual(['township:TC-A', 'township:TC-B'])
    expect(await names('TC-A')).toEqual(['village:TC-A1', 'village:TC-A2'])
    expect(await names('TC-A1')).toEqual(['point:tca101', 'point:tca102', 'point:tca103'])
  })

  it('ranks the children, the point with too few matters apart: 样本不足，不排名', async () => {
    const r = (await get(people.village, { node: 'TC-A1' })).data
    const feedback = r.rankings.find((k: { by: string }) => k.by === 'feedbackRate')
    expect(feedback.ranked.map((c: { code: string }) => c.code).sort()).toEqual(['tca101', 'tca102'])
    expect(feedback.unranked).toEqual([expect.objectContaining({ code: 'tca103' })])
    expect(feedback.note).toBe('样本不足，不排名')
    expect(r.rankings.map((k: { title: string }) => k.title)).toEqual(['反馈办结率', '满意率'])
  })
})

describe('figures.items at a node', () => {
  it('the matters behind a node’s figure are its points’ matters; the sibling township’s leader is refused', async () => {
    const items = async (openid: string, node: string) => w.staff(openid, { action: 'figures.items', figure: 'overdueNow', node, ...PERIOD, limit: 50 })
    const village = await get(people.townshipA, { node: 'TC-A1' })
    expect(village.data.overdueNow).toBeGreaterThan(0)
    const r = await items(people.townshipA, 'TC-A1')
    expect(r.data.items).toHaveLength(village.data.overdueNow)
    expect(new Set(r.data.items.map((i: { pointName: string }) => i.pointName.replace('说事点', '')))).toEqual(new Set(under('TC-A1').filter((c) => village.data.children.find((k: { code: string; overdueNow: number }) => k.code === c).overdueNow > 0)))
    expect((await items(people.townshipB, 'TC-A1')).error.code).toBe('FORBIDDEN')
  })
})

describe('who reads a node', () => {
  it('a township leader: their township and its villages, not the sibling township nor the county', async () => {
    const own = await get(people.townshipA, { node: 'TC-A' })
    expect(own.ok).toBe(true)
    // the way up starts where their reach does
    expect(own.data.node).toEqual({ code: 'TC-A', name: '甲镇', level: 'township', path: [{ code: 'TC-A', name: '甲镇', level: 'township' }] })
    expect((await get(people.townshipA, { node: 'TC-A2' })).ok).toBe(true)
    for (const node of ['TC-B', 'TC', 'TC-B1'])
      expect(await get(people.townshipA, { node })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '您只能查看本级和下级组织的数字' } })
    // the parent reaches down
    const parent = await get(people.county, { node: 'TC-A1' })
    expect(parent.data.node.path.map((n: { code: string }) => n.code)).toEqual(['TC', 'TC-A', 'TC-A1'])
  })

  it('a cadre at a point is refused; a point leader keeps the point’s own figures', async () => {
    expect((await get(people.cadre, { node: 'TC-A1' })).error.code).toBe('FORBIDDEN')
    const point = await get(people.village, { pointCode: 'tca101' })
    expect(point.data).toMatchObject({ pointCodes: ['tca101'], node: null, children: [], rankings: [] })
  })

  it('a node that does not exist: NOT_FOUND to a deployment admin, FORBIDDEN to anyone else', async () => {
    expect((await get(people.root, { node: 'TC-Z' })).error).toMatchObject({ code: 'NOT_FOUND', message: '没有这个组织' })
    expect((await get(people.townshipA, { node: 'TC-Z' })).error.code).toBe('FORBIDDEN')
    expect((await get(people.root, { node: 'TC-B' })).ok).toBe(true)
  })

  it('figures.nodes: the highest nodes each reads', async () => {
    const nodes = async (openid: string) => (await w.staff(openid, { action: 'figures.nodes' })).data.nodes.map((n: { code: string }) => n.code)
    expect(await nodes(people.townshipA)).toEqual(['TC-A'])
    expect(await nodes(people.county)).toEqual(['TC'])
    // a deployment's admin reads every county the world holds: this one and the demo seed's (emulator/seed-org.ts)
    const { data: tops } = await w.db().collection('orgs').where({ parent: null }).get()
    expect(tops.map((o) => o.code)).toContain('TC')
    expect(await nodes(people.root)).toEqual(tops.map((o) => String(o.code)).sort())
    expect((await w.staff(people.cadre, { action: 'figures.nodes' })).error.code).toBe('FORBIDDEN')
  })

  it('bad input: a node and a point at once, a malformed code', async () => {
    expect((await get(people.county, { node: 'TC', pointCode: 'tca101' })).error).toMatchObject({ code: 'INVALID_INPUT', message: '请选择一个组织或一个说事点，不要同时选择' })
    expect((await get(people.county, { node: 'TC A?' })).error).toMatchObject({ code: 'INVALID_INPUT', message: '组织编号无效' })
  })
})
