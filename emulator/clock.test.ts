import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClock } from './clock'
import { DEMO } from './seed'
import { startTestSystem, type TestSystem } from './testing'

describe('the local clock', () => {
  it('runs on real time from where it was set, and moves by hand', () => {
    const clock = createClock(new Date('2024-01-15T00:00:00Z'))
    const first = clock.now().getTime()
    expect(first - Date.parse('2024-01-15T00:00:00Z')).toBeLessThan(1000)
    clock.advance(86_400_000)
    expect(clock.now().getTime() - first).toBeGreaterThanOrEqual(86_400_000)
    clock.set(new Date('2030-06-01T00:00:00Z'))
    expect(clock.now().toISOString().slice(0, 10)).toBe('2030-06-01')
    expect(() => clock.set(new Date('nonsense'))).toThrow(RangeError)
    expect(() => clock.advance(Number.NaN)).toThrow(RangeError)
  })
})

describe('GET/POST /clock on the gateway', () => {
  let sys: TestSystem
  beforeAll(async () => {
    sys = await startTestSystem()
  })
  afterAll(async () => {
    await sys.stop()
  })

  const clock = async (body?: unknown) => {
    const res = await fetch(`${sys.url}/clock`, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) })
    return { status: res.status, body: (await res.json()) as any }
  }
  let seq = 0
  const submitNo = async () => {
    const res = await fetch(`${sys.url}/fn/resident`, {
      method: 'POST',
      headers: { 'X-Openid': DEMO.residentA },
      body: JSON.stringify({
        action: 'item.submit',
        requestId: `clock-test-${++seq}`,
        pointCode: DEMO.pointCode,
        category: '政策咨询',
        content: '想了解一下今年的高龄老人补贴怎么申请',
        contact: { name: '张三', phone: '13812345678', address: '新东社区幸福路12号' },
      }),
    })
    const reply = (await res.json()) as any
    if (!reply.ok) throw new Error(JSON.stringify(reply))
    return reply.data.no as string
  }

  it('moves what the functions see: the month of a registration number, in China time', async () => {
    expect(await clock({ at: '2024-01-31T15:30:00Z' })).toMatchObject({ status: 200, body: { now: expect.stringMatching(/^2024-01-31T15:3/) } })
    expect(await submitNo()).toBe('XD01-202401001')
    // 16:30 UTC on 31 January is already 1 February in China
    await clock({ advanceMs: 60 * 60 * 1000 })
    expect(await submitNo()).toBe('XD01-202402001')
    const { body } = await clock()
    expect(Date.parse(body.now) - Date.parse('2024-01-31T16:30:00Z')).toBeGreaterThanOrEqual(0)
    expect(Date.parse(body.now) - Date.parse('2024-01-31T16:30:00Z')).toBeLessThan(60_000)
  })

  it('takes the time as `now`, as the issue names it, too', async () => {
    expect(await clock({ now: '2024-02-29T15:30:00Z' })).toMatchObject({ status: 200, body: { now: expect.stringMatching(/^2024-02-29T15:3/) } })
  })

  it.each([[{}], [{ at: 'not a time' }], [{ advanceMs: '5' }], [{ at: '2024-01-01T00:00:00Z', advanceMs: 5 }], [[1]]])(
    'refuses the body %j and leaves the clock alone',
    async (bad) => {
      await clock({ at: '2025-03-01T00:00:00Z' })
      expect((await clock(bad)).status).toBe(400)
      expect((await clock()).body.now.slice(0, 10)).toBe('2025-03-01')
    },
  )

  it('answers only GET and POST', async () => {
    expect((await fetch(`${sys.url}/clock`, { method: 'PUT' })).status).toBe(405)
  })
})
