/** The demo county's year: thousands of matters in every state, numbered like any matter, the same every run. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { numberCounterId } from '../domain/matters/numbering'
import { historyMatters } from './seed-history-matters'
import { HISTORY_MATTERS, seedHistory } from './seed-history'
import { DEMO_LEADERS } from './seed-leaders'
import { DEMO_ORG, demoOrgs } from './seed-org'
import { startTestSystem, type TestSystem } from './testing'

let sys: TestSystem
const START = new Date('2026-11-28T02:00:00Z')
beforeAll(async () => {
  sys = await startTestSystem({ demoMatters: true, startAt: START })
})
afterAll(async () => {
  await sys.stop()
})

const db = () => sys.cloud.port.database({ throwOnNotFound: false })

interface Numbered {
  _id: string
  no?: string
  month: string
  seq: number
  status: string
  pointCode: string
}

async function allItems(): Promise<Numbered[]> {
  const items: Numbered[] = []
  for (let skip = 0; ; skip += 1000) {
    const { data } = await db().collection('items').where({}).field({ no: true, month: true, seq: true, status: true, pointCode: true }).skip(skip).limit(1000).get()
    items.push(...(data as Numbered[]))
    if (data.length < 1000) break
  }
  return items
}

/** The county's points, as the tree holds them. */
async function countyPoints(): Promise<string[]> {
  const { data } = await db().collection('points').where({ orgPath: DEMO_ORG.county, active: true }).field({ code: true }).limit(1000).get()
  return data.map((p) => String(p.code)).sort()
}

describe('a year of history for the demo county', () => {
  it('every state, over every point of the county; numbers unique and each point-month counter lists its matters in order', async () => {
    const items = await allItems()
    const history = items.filter((i) => i._id.startsWith('demo-history-'))
    expect(history).toHaveLength(HISTORY_MATTERS)
    const points = await countyPoints()
    expect(points).toHaveLength(12)
    expect([...new Set(history.map((i) => i.pointCode))].sort()).toEqual(points)
    expect(new Set(history.map((i) => i.status))).toEqual(new Set(['submitted', 'accepted', 'in_progress', 'replied', 'closed', 'withdrawn']))
    const numbered = items.filter((i) => i.no)
    expect(new Set(numbered.map((i) => i.no)).size).toBe(numbered.length)
    // the year numbers after the other demo matters of its points' months, in one sequence per point and month
    const byCounter = new Map<string, Numbered[]>()
    for (const i of numbered) byCounter.set(numberCounterId(i.pointCode, i.month), [...(byCounter.get(numberCounterId(i.pointCode, i.month)) ?? []), i])
    for (const [id, mine] of byCounter) {
      const counter = (await db().collection('counters').doc(id).get()).data as { ids: string[] }
      const inOrder = [...mine].sort((a, b) => a.seq - b.seq)
      expect(inOrder.map((i) => i.seq), id).toEqual(inOrder.map((_, n) => n + 1))
      expect(counter.ids, id).toEqual(inOrder.map((i) => i._id))
    }
    // written once: a second start adds nothing
    expect(await seedHistory(db(), START)).toBe(0)
  })

  it('the same matters every time', () => {
    const points = [{ code: 'a', name: 'A', cadre: { openid: 'c', name: 'C' }, weight: 1 }]
    expect(historyMatters(points, START, 50, () => 0)).toEqual(historyMatters(points, START, 50, () => 0))
  })

  it('the county’s figures of the year: rates on real numbers, and the new point too small to rank', async () => {
    const r = await sys.call('staff', DEMO_LEADERS.county, { action: 'figures.get', node: DEMO_ORG.county, from: '2026-09-01', to: '2026-11-28' })
    expect(r.data.children.map((c: { code: string }) => c.code)).toEqual([DEMO_ORG.town, DEMO_ORG.district])
    expect(r.data.feedbackRate.value).toBeGreaterThan(50)
    // the last point by code opened two months ago (seed-history.ts): its village ranks its other point alone
    const [newest] = (await countyPoints()).slice(-1)
    const { data: point } = await db().collection('points').doc(`point-${newest}`).get()
    expect(demoOrgs.some((o) => o.code === point!.org)).toBe(true)
    const village = await sys.call('staff', DEMO_LEADERS.county, { action: 'figures.get', node: point!.org, from: '2026-09-01', to: '2026-11-28' })
    expect(village.data.rankings.length).toBeGreaterThan(0)
    for (const ranking of village.data.rankings) expect(ranking.unranked.map((c: { code: string }) => c.code)).toEqual([newest])
  })
})
