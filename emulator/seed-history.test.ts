/** The demo county's year: thousands of matters in every state, numbered like any matter, the same every run. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { historyMatters } from './seed-history-matters'
import { HISTORY_MATTERS, seedHistory } from './seed-history'
import { COUNTY } from './seed-county-tree'
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

describe('a year of history for the demo county', () => {
  it('every state, over the county’s points; numbers unique and each month’s counter past its last', async () => {
    const items: { no: string; month: string; seq: number; status: string; pointCode: string }[] = []
    for (let skip = 0; ; skip += 1000) {
      const { data } = await db().collection('items').where({}).field({ no: true, month: true, seq: true, status: true, pointCode: true }).skip(skip).limit(1000).get()
      items.push(...(data as typeof items))
      if (data.length < 1000) break
    }
    const county = items.filter((i) => /^qx/.test(i.pointCode))
    expect(county).toHaveLength(HISTORY_MATTERS)
    expect(new Set(county.map((i) => i.pointCode)).size).toBe(12)
    expect(new Set(county.map((i) => i.status))).toEqual(new Set(['submitted', 'accepted', 'in_progress', 'replied', 'closed', 'withdrawn']))
    expect(new Set(items.map((i) => i.no)).size).toBe(items.length)
    for (const month of new Set(items.map((i) => i.month))) {
      const seqs = items.filter((i) => i.month === month).map((i) => i.seq)
      const counter = (await db().collection('counters').doc(`item-no-${month}`).get()).data as { seq: number }
      expect(counter.seq).toBe(Math.max(...seqs))
    }
    // written once: a second start adds nothing
    expect(await seedHistory(db(), START)).toBe(0)
  })

  it('the same matters every time', () => {
    const points = [{ code: 'a', name: 'A', cadre: { openid: 'c', name: 'C' }, weight: 1 }]
    expect(historyMatters(points, START, 50, () => 0)).toEqual(historyMatters(points, START, 50, () => 0))
  })

  it('the county’s figures of the year: rates on real numbers, and the new point too small to rank', async () => {
    const r = await sys.call('staff', COUNTY.countyLeader, { action: 'figures.get', node: 'QX', from: '2026-09-01', to: '2026-11-28' })
    expect(r.data.children.map((c: { code: string }) => c.code)).toEqual(['QX-A', 'QX-B'])
    expect(r.data.feedbackRate.value).toBeGreaterThan(50)
    const village = await sys.call('staff', COUNTY.countyLeader, { action: 'figures.get', node: 'QX-B3', from: '2026-09-01', to: '2026-11-28' })
    for (const ranking of village.data.rankings) expect(ranking.unranked.map((c: { code: string }) => c.code)).toEqual(['qxb302'])
  })
})
