/**
 * Load on one point's numbering: 200 residents submitting at once each get a number, with
 * no gap and no repeat. Its retries are bounded by the function's real time budget, so it
 * runs alone (`npm run test:load`), not beside other test files competing for the CPU.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWorld, submitEvent, type World } from '../testing'

const START = '2026-11-10T02:00:00Z'
let w: World

const resident = (openid: string | null, event: unknown) => w.sys.call('resident', openid, event)
const countAll = async (name: string) => (await w.db().collection(name).count()).total

beforeAll(async () => {
  w = await startWorld(START, (clock) => ({ resident: { now: clock.now, submitLimitPerHour: 5 } }))
})
afterAll(async () => {
  await w.stop()
})

describe('item.submit under load', () => {
  it('gives 200 parallel submissions 200 distinct consecutive numbers', async () => {
    const calls = Array.from({ length: 200 }, (_, i) => resident(`load-resident-${i}`, submitEvent()))
    const results = await Promise.all(calls)
    const failures = results.filter((r) => !r.ok)
    expect(failures.map((r) => r.error?.code)).toEqual([])
    const numbers = results.map((r) => r.data.no as string).sort()
    expect(new Set(numbers).size).toBe(200)
    expect(numbers).toEqual(Array.from({ length: 200 }, (_, i) => `202611${String(i + 1).padStart(3, '0')}`))
    expect(await countAll('items')).toBe(200)
  })

})
