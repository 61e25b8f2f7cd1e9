import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { acceptEvent, contact, DEMO, replyEvent, startWorld, type World } from '../testing'

const START = '2026-01-31T02:00:00Z'
let w: World

beforeAll(async () => {
  w = await startWorld(START)
})
afterAll(async () => {
  await w.stop()
})
beforeEach(() => {
  w.clock.set(START)
})

describe('the workbench', () => {
  it('sorts a cadre’s matters into tabs with counts', async () => {
    // a point of its own: its cadre handles 邻里纠纷 there and has nothing else yet
    const point = await w.addPoint()
    const cadre = await w.addStaff({ name: '王志强', roles: ['cadre'], points: [point.code] })
    await w.db().collection('points').doc(`point-${point.code}`).update({ data: { routing: { 邻里纠纷: cadre } } })
    const submit = () => w.submit({ category: '邻里纠纷', pointCode: point.code })
    const pending = await submit()
    const dueSoon = await submit()
    const overdue = await submit()
    const replied = await submit()
    await w.staff(cadre, acceptEvent(dueSoon, { importance: 'normal' })) // due 2026-02-07
    w.clock.set('2026-01-20T02:00:00Z')
    await w.staff(cadre, acceptEvent(overdue, { importance: 'normal' })) // due 2026-01-27
    w.clock.set('2026-01-31T02:00:00Z')
    await w.staff(cadre, acceptEvent(replied))
    await w.staff(cadre, replyEvent(replied))
    w.clock.set('2026-02-06T02:00:00Z')

    const q = async (tab: string) => (await w.staff(cadre, { action: 'queue', tab })).data
    const pendingTab = await q('pending')
    expect(pendingTab.counts).toEqual({ pending: 1, active: 2, dueSoon: 1, overdue: 1, awaitingRating: 1, closed: 0, all: 4 })
    expect(pendingTab.items.map((i: { id: string }) => i.id)).toEqual([pending])
    expect(pendingTab.items[0].flags.lateAcceptance).toBe(true)
    expect((await q('dueSoon')).items.map((i: { id: string }) => i.id)).toEqual([dueSoon])
    expect((await q('overdue')).items.map((i: { id: string }) => i.id)).toEqual([overdue])
    expect((await q('active')).items.map((i: { id: string }) => i.id)).toEqual([overdue, dueSoon])
    expect((await q('awaitingRating')).items.map((i: { id: string }) => i.id)).toEqual([replied])
    expect(JSON.stringify(pendingTab)).not.toContain(contact.phone)

    // a leader sees the whole point and can filter by cadre
    const leader = (await w.staff(point.lead, { action: 'queue', tab: 'pending', cadre })).data
    expect(leader.counts).toEqual(pendingTab.counts)
    const cadreFilter = await w.staff(DEMO.cadre1, { action: 'queue', tab: 'pending', cadre })
    expect(cadreFilter.error.code).toBe('FORBIDDEN')
  })

  it('pages through a tab without overlap', async () => {
    for (let i = 0; i < 7; i++) await w.submit({ category: '治安消防', owner: DEMO.residentB })
    const seen: string[] = []
    let cursor: string | undefined
    do {
      const r = await w.staff(DEMO.cadre3, { action: 'queue', tab: 'pending', limit: 3, ...(cursor ? { cursor } : {}) })
      seen.push(...r.data.items.map((i: { id: string }) => i.id))
      cursor = r.data.nextCursor ?? undefined
    } while (cursor)
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen.length).toBeGreaterThanOrEqual(7)
  })

  it.each(['-1', '1e3', '1001', '0x10', 'Infinity', '1.5'])('refuses the cursor %s as INVALID_INPUT', async (cursor) => {
    const r = await w.staff(DEMO.cadre1, { action: 'queue', tab: 'pending', cursor })
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '分页参数无效，请刷新后重试' } })
  })
})
