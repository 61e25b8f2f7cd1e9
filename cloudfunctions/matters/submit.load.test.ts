/**
 * Load on numbering: a county's submissions at once — 1,000 spread over 40 points, and 300
 * at a single point — each get a number, with no gap, no repeat and no CONFLICT returned.
 * Only correctness is asserted; `npm run bench` prints the latencies. Retries are bounded
 * by the function's real time budget, so this runs alone (`npm run test:load`), not beside
 * other test files competing for the CPU.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWorld, submitEvent, type World } from '../testing'

const START = '2026-11-10T02:00:00Z'
let w: World

const resident = (openid: string | null, event: unknown) => w.sys.call('resident', openid, event)

beforeAll(async () => {
  w = await startWorld(START, (clock) => ({ resident: { now: clock.now, submitLimitPerHour: 5 } }))
})
afterAll(async () => {
  await w.stop()
})

/** Every point's numbers, in order, must be that point's 001, 002, … n. */
function expectConsecutive(byPoint: Map<string, string[]>, sizes: Map<string, number>) {
  for (const [code, n] of sizes) {
    const numbers = (byPoint.get(code) ?? []).sort()
    const expected = Array.from({ length: n }, (_, i) => `${code.toUpperCase()}-202611${String(i + 1).padStart(3, '0')}`)
    expect(numbers).toEqual(expected)
  }
}

async function submitAll(pointOf: (i: number) => string, count: number, tag: string) {
  const calls = Array.from({ length: count }, (_, i) => resident(`load-${tag}-${i}`, submitEvent({ pointCode: pointOf(i) })))
  const results = await Promise.all(calls)
  expect(results.filter((r) => !r.ok).map((r) => r.error?.code)).toEqual([])
  const byPoint = new Map<string, string[]>()
  results.forEach((r, i) => byPoint.set(pointOf(i), [...(byPoint.get(pointOf(i)) ?? []), r.data.no as string]))
  return byPoint
}

describe('item.submit under a county’s load', () => {
  it('gives 1,000 submissions at once over 40 points every point’s consecutive numbers', async () => {
    const codes: string[] = []
    for (let i = 0; i < 40; i++) codes.push((await w.addPoint()).code)
    const byPoint = await submitAll((i) => codes[i % codes.length], 1000, 'county')
    expectConsecutive(byPoint, new Map(codes.map((c) => [c, 25])))
    const { total } = await w.db().collection('items').where({ pointCode: w.db().command.in(codes) }).count()
    expect(total).toBe(1000)
  }, 120_000)

  it('gives 300 submissions at once at one point 300 consecutive numbers', async () => {
    const { code } = await w.addPoint()
    const byPoint = await submitAll(() => code, 300, 'point')
    expectConsecutive(byPoint, new Map([[code, 300]]))
    expect((await w.db().collection('items').where({ pointCode: code }).count()).total).toBe(300)
  }, 120_000)
})
