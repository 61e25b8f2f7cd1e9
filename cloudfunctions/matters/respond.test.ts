import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { acceptEvent, DEMO, startWorld, type World } from '../testing'

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

describe('the resident’s side', () => {
  it('withdraws before acceptance, not after', async () => {
    const id = await w.submit()
    const wd = await w.resident(DEMO.residentA, { action: 'item.withdraw', id })
    expect(wd.data).toMatchObject({ status: 'withdrawn', can: { withdraw: false, supplement: false, rate: false } })
    const accepted = await w.submit()
    await w.staff(DEMO.cadre1, acceptEvent(accepted))
    expect((await w.resident(DEMO.residentA, { action: 'item.withdraw', id: accepted })).error.code).toBe('CONFLICT')
  })

  it('adds information while the matter is open', async () => {
    const id = await w.submit()
    const event = { action: 'item.supplement', id, requestId: 'supplement-0000001', content: '晚上七点以后最暗' }
    const s = await w.resident(DEMO.residentA, event)
    expect(s.data.timeline.at(-1)).toMatchObject({ type: 'supplement', actorName: '居民' })
    // a retry after a lost reply, even at once, adds nothing twice
    const [again, twice] = await Promise.all([w.resident(DEMO.residentA, event), w.resident(DEMO.residentA, event)])
    expect(again.ok && twice.ok).toBe(true)
    expect((await w.rawItem(id))?.supplements).toHaveLength(1)
    expect((await w.rawItem(id))?.timeline.filter((e: { type: string }) => e.type === 'supplement')).toHaveLength(1)
    const empty = await w.resident(DEMO.residentA, { action: 'item.supplement', id, requestId: 'supplement-0000002' })
    expect(empty.error.code).toBe('INVALID_INPUT')
  })

  it('a resident cannot act on someone else’s matter either', async () => {
    const id = await w.submit()
    for (const event of [
      { action: 'item.withdraw', id },
      { action: 'item.supplement', id, requestId: 'supplement-from-b-01', content: '我来补充一下' },
      { action: 'item.rate', id, level: 'satisfied', solved: true },
    ]) {
      expect((await w.resident(DEMO.residentB, event)).error.code).toBe('NOT_FOUND')
    }
    expect((await w.rawItem(id))?.timeline).toHaveLength(2)
  })
})
