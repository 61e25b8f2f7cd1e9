import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO, demoClosedDay } from './seed'
import { startTestSystem, type TestSystem } from './testing'

describe('the demo’s closed day', () => {
  it('is xd01’s second Wednesday from the seed’s today, China time, whatever day it is seeded', () => {
    const cases: [string, string][] = [
      ['2026-11-28T02:00:00Z', '2026-12-09'], // Saturday
      ['2026-12-02T02:00:00Z', '2026-12-16'], // a Wednesday: the next one is a week off
      ['2026-12-01T16:30:00Z', '2026-12-16'], // Tuesday in UTC, Wednesday 00:30 in China
      ['2027-12-28T02:00:00Z', '2028-01-05'], // a Tuesday, over the year end
    ]
    for (const [now, date] of cases) expect(demoClosedDay(new Date(now))).toEqual({ date, closed: true, reason: '社区活动' })
  })
})

describe('in the demo cloud', () => {
  let sys: TestSystem
  beforeAll(async () => {
    sys = await startTestSystem({ demoMatters: true, startAt: new Date('2026-11-28T02:00:00Z') })
  })
  afterAll(async () => {
    await sys.stop()
  })

  it('xd01 announces it and opens on the other Wednesdays', async () => {
    const r = await sys.call('resident', DEMO.residentA, { action: 'slots.list', pointCode: DEMO.pointCode })
    expect(r.data.closedDays).toEqual([{ date: '2026-12-09', reason: '社区活动' }])
    expect([...new Set(r.data.openings.map((o: { date: string }) => o.date))]).toEqual(['2026-12-02', '2026-12-16', '2026-12-23'])
  })
})
