import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { contact, DEMO, startWorld, submitEvent, type World } from '../testing'

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

describe('item.listMine and item.get', () => {
  it('pages through the resident’s own matters, newest first, without overlap', async () => {
    const made: string[] = []
    for (let i = 0; i < 12; i++) {
      w.clock.advance(i % 3 === 0 ? 0 : 60_000) // some share a timestamp
      const r = await w.sys.call('resident', DEMO.residentA, submitEvent())
      if (!r.ok) throw new Error(JSON.stringify(r))
      made.push(r.data.no)
      if (i % 5 === 4) w.clock.advance(60 * 60 * 1000) // stay under the rate limit
    }
    await resident(DEMO.residentB, submitEvent())
    const seen: string[] = []
    let cursor: string | undefined
    let pages = 0
    do {
      const r = await resident(DEMO.residentA, { action: 'item.listMine', limit: 5, ...(cursor ? { cursor } : {}) })
      expect(r.ok).toBe(true)
      seen.push(...r.data.items.map((i: { no: string }) => i.no))
      cursor = r.data.nextCursor ?? undefined
      pages++
    } while (cursor)
    expect(pages).toBe(3)
    expect(seen).toEqual([...made].reverse())
  })

  it('adds supplements: once per requestId, every time without one', async () => {
    const a = await resident(DEMO.residentA, submitEvent())
    const withId = { action: 'item.supplement', id: a.data.id, requestId: 'supplement-req-0001', content: '晚上更明显' }
    await resident(DEMO.residentA, withId)
    await resident(DEMO.residentA, withId)
    const plain = { action: 'item.supplement', id: a.data.id, content: '再补一句' }
    await resident(DEMO.residentA, plain)
    const last = await resident(DEMO.residentA, plain)
    expect(last.data.timeline.filter((e: { type: string }) => e.type === 'supplement')).toHaveLength(3)
  })

  it('refuses a forged cursor', async () => {
    const r = await resident(DEMO.residentA, { action: 'item.listMine', cursor: 'not-a-cursor' })
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it.each([
    ['an impossible date, base64-encoded as the old cursors were', Buffer.from('{"t":1e20,"seq":1}').toString('base64url')],
    ['an impossible date', '100000000000000000000.1'],
    ['a date before the product', `${Date.UTC(2019, 0, 1)}.1`],
  ])('refuses a cursor with %s as INVALID_INPUT', async (_label, cursor) => {
    const r = await resident(DEMO.residentA, { action: 'item.listMine', cursor })
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '分页参数无效，请刷新后重试' } })
  })

  it('shows resident B nothing of resident A’s matter', async () => {
    const a = await resident(DEMO.residentA, submitEvent())
    const asB = await resident(DEMO.residentB, { action: 'item.get', id: a.data.id })
    expect(asB).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: expect.any(String) } })
    expect(JSON.stringify(asB)).not.toContain(contact.phone)
    const missing = await resident(DEMO.residentB, { action: 'item.get', id: 'no-such-item' })
    expect(missing.error).toEqual(asB.error)
    const listB = await resident(DEMO.residentB, { action: 'item.listMine' })
    expect(listB).toEqual({ ok: true, data: { items: [], nextCursor: null } })
  })
})
