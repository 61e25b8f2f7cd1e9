import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { DEMO, startWorld, type World } from '../testing'

const START = '2026-11-10T02:00:00Z'
let w: World

const resident = (openid: string | null, event: unknown) => w.sys.call('resident', openid, event)
const db = () => w.db()

beforeAll(async () => {
  w = await startWorld(START, (clock) => ({ resident: { now: clock.now, submitLimitPerHour: 5 } }), {
    wordList: { risky: ['违禁词测试'], review: ['待人工复核'] },
  })
})
afterAll(async () => {
  await w.stop()
})
// every test starts from no matters, counters or rate limits in this file's own system
beforeEach(async () => {
  w.clock.set(START)
  await db().collection('items').where({ month: db().command.exists(true) }).remove()
  await db().collection('counters').where({ ids: db().command.exists(true) }).remove()
  await db().collection('ratelimits').where({ stamps: db().command.exists(true) }).remove()
})

describe('points', () => {
  it('lists the active points without their routing tables', async () => {
    const r = await resident(DEMO.residentA, { action: 'points.list' })
    expect(r.ok).toBe(true)
    // the demo county's dozen points, xd01 and xd02 among them
    expect(r.data.points.map((p: { code: string }) => p.code)).toEqual(expect.arrayContaining(['xd01', 'xd02', 'ty01', 'nm01']))
    expect(r.data.points).toHaveLength(12)
    const text = JSON.stringify(r)
    expect(text).not.toContain('routing')
    expect(text).not.toContain('demo-cadre')
  })

  it('finds a point by its QR code, and says so when there is none', async () => {
    const r = await resident(DEMO.residentA, { action: 'points.get', code: 'xd01' })
    expect(r).toMatchObject({ ok: true, data: { code: 'xd01', name: '新东社区民情说事点', kind: 'talk' } })
    const missing = await resident(DEMO.residentA, { action: 'points.get', code: 'nope' })
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})
