/** 评事日 of a node: the quarter rolled up as 数字 rolls it up, children beside it; a point's report as it was. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWorld, type World } from '../testing'
import { PEOPLE, pointsUnder, TREE_NOW, writeTestCounty } from '../figures/testing-tree'

let w: World
beforeAll(async () => {
  w = await startWorld(TREE_NOW)
  await writeTestCounty(w)
})
afterAll(async () => {
  await w.stop()
})

const Q3 = { year: 2026, quarter: 3 }

describe('reports.node', () => {
  it('a township’s third quarter: the figures of 数字 at the node, its villages beside it, matters by category over its points', async () => {
    const r = await w.staff(PEOPLE.townshipA, { action: 'reports.node', node: 'TC-A', ...Q3 })
    expect(r.ok).toBe(true)
    const figures = await w.staff(PEOPLE.townshipA, { action: 'figures.get', node: 'TC-A', from: '2026-07-01', to: '2026-09-30' })
    const { asOf: _a, ...same } = figures.data
    expect(r.data).toMatchObject({ node: { code: 'TC-A', name: '甲镇' }, from: '2026-07-01', to: '2026-09-30', ready: true, figures: same })
    expect(r.data.figures.children.map((c: { code: string }) => c.code)).toEqual(['TC-A1', 'TC-A2'])
    expect(r.data.figures.rankings).toHaveLength(2)
    // by category: every matter of the quarter collected at the township's points, withdrawn ones apart
    const total = r.data.byCategory.reduce((s: number, c: { count: number }) => s + c.count, 0)
    expect(total).toBe(r.data.figures.collected)
    expect(r.data.figures.pointCodes.sort()).toEqual(pointsUnder('TC-A'))
  })

  it('the sibling township’s leader is refused; the county’s is allowed; a point’s report is as it was', async () => {
    expect(await w.staff(PEOPLE.townshipB, { action: 'reports.node', node: 'TC-A', ...Q3 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect((await w.staff(PEOPLE.county, { action: 'reports.node', node: 'TC-A', ...Q3 })).ok).toBe(true)
    const point = await w.staff(PEOPLE.village, { action: 'reports.quarter', pointCode: 'tca101', ...Q3 })
    expect(point.data).toMatchObject({ pointCode: 'tca101', figures: { node: null, children: [] } })
  })
})
