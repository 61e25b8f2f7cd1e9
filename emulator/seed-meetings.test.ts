/** The demo cloud shows every 集中议事 and 代理办事 page with something real on it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemoData } from './seed'
import { startTestSystem, type TestSystem } from './testing'

/** The demo's matters are dated from the cloud's today: a fixed one, so what is waiting and overdue is the same on any day. */
const DEMO_START = new Date('2026-11-28T02:00:00Z')

let sys: TestSystem
beforeAll(async () => {
  sys = await startTestSystem({ demoMatters: true, startAt: DEMO_START })
})
afterAll(async () => {
  await sys.stop()
})

describe('demo matters', () => {
  it('two wait for the 两委会, one waits over 7 days for a trip, and a 议事会 is recorded', async () => {
    const waiting = await sys.call('staff', 'demo-leader', { action: 'meetings.waiting', pointCode: 'xd01' })
    expect(waiting.data.groups.map((g: { body: string; items: unknown[] }) => [g.body, g.items.length])).toEqual([
      ['两委会', 2],
      ['议事会', 0],
      ['村民会议', 0],
    ])
    const trips = await sys.call('staff', 'demo-leader', { action: 'trips.pending', pointCode: 'xd01' })
    // this seed's matter (the year of history may add others waiting on a trip, none overdue)
    const housing = trips.data.groups.find((g: { department: string }) => g.department === '区住建局')
    expect(trips.data.overdue).toBe(1)
    expect(housing).toMatchObject({ overdueTrip: true })
    expect(housing.items.find((i: { id: string }) => i.id === 'demo-item-north-road')).toMatchObject({ daysWaiting: 10 })
    const meetings = await sys.call('staff', 'demo-leader', { action: 'meetings.list' })
    // the deciding meetings (the 座谈会 of seed-notices.ts decides nothing)
    expect(meetings.data.meetings.filter((m: { body: string }) => m.body !== '座谈会')).toMatchObject([{ body: '议事会', status: 'recorded', decidedCount: 1 }])
    const decided = await sys.call('resident', 'demo-resident-b', { action: 'item.get', id: 'demo-item-chargers' })
    expect(decided.data.timeline.at(-1)).toMatchObject({ type: 'decide', text: expect.stringContaining('议事会于') })
  })

  it('are written once however often the cloud starts', async () => {
    const db = sys.cloud.port.database({ throwOnNotFound: false })
    expect(await seedDemoData(db, sys.cloud.clock.now(), { demoMatters: true })).toBe(0)
    // this seed's four matters (the public board's demo matters come from seed-board.ts)
    expect((await db.collection('items').where({ _id: db.command.in(['demo-item-bridge', 'demo-item-activity-room', 'demo-item-north-road', 'demo-item-chargers']) }).count()).total).toBe(4)
  })
})
