import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { acceptEvent, DEMO, replyEvent, startWorld, type World } from '../testing'

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

describe('the scheduler', () => {
  it('closes a reply left unrated for 14 days as 未评价', async () => {
    const id = await w.submit()
    await w.staff(DEMO.cadre1, acceptEvent(id))
    await w.staff(DEMO.cadre1, replyEvent(id))
    w.clock.advance(13 * 24 * 3600_000)
    expect((await w.sys.call('scheduler', null, { action: 'tick' })).ok).toBe(true)
    expect((await w.rawItem(id))?.status).toBe('replied')
    w.clock.advance(24 * 3600_000)
    await w.sys.call('scheduler', null, { action: 'tick' })
    const item = await w.rawItem(id)
    expect(item).toMatchObject({ status: 'closed', closedReason: 'unrated' })
    expect(item?.rating ?? null).toBeNull()
  })

  it('refuses to run for a mini-program user', async () => {
    expect(await w.sys.call('scheduler', DEMO.residentA, { action: 'tick' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})
