import { beforeAll, describe, expect, it } from 'vitest'
import type { World } from '../testing'
import { assignEvent, countyWorld, escalatedMatter, type County } from './testing-org'

// 2026-01-31 10:00 China time
const START = '2026-01-31T02:00:00Z'
const world = countyWorld(START)
let w: World
let c: County
beforeAll(() => {
  ;({ w, c } = world)
})

const overdueTold = async (recipient: string) =>
  (await w.db().collection('outbox').where({ recipient }).limit(100).get()).data.filter((m) => m.event.includes(':overdue:')).map((m) => m.event.split(':')[0])

describe('the hourly timer and overdue 交办', () => {
  it('tells the department’s staff and the owning cadre once; an answered 交办 is not told', async () => {
    const open = await escalatedMatter(w, c)
    const answered = await escalatedMatter(w, c)
    for (const id of [open, answered]) expect((await w.staff(c.leaderA, assignEvent(id, c.deptA))).ok).toBe(true)
    await w.staff(c.staffA, { action: 'dept.answer', id: answered, answer: '已答复' })
    w.clock.set('2026-02-10T15:00:00Z') // 23:00 on the deadline: not yet overdue
    await w.sys.call('scheduler', null, { action: 'tick' })
    expect(await overdueTold(c.staffA)).toEqual([])
    w.clock.set('2026-02-11T02:00:00Z')
    const r = await w.sys.call('scheduler', null, { action: 'tick' })
    expect(r.data.assignmentReminders).toEqual({ queued: 2, failed: 0 })
    expect(await overdueTold(c.staffA)).toEqual([open])
    expect(await overdueTold(c.cadreA)).toEqual([open])
    w.clock.set('2026-02-11T03:00:00Z')
    expect((await w.sys.call('scheduler', null, { action: 'tick' })).data.assignmentReminders).toEqual({ queued: 0, failed: 0 })
  })
})
