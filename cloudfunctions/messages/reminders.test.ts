/** The timer's reminders, with the clock moved as days pass. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { acceptEvent, fresh, replyEvent, startWorld, submitEvent, type World } from '../testing'

let w: World
// Monday 2 March 2026, 10:00 China time
const START = '2026-03-02T02:00:00Z'

beforeAll(async () => {
  w = await startWorld(START)
})
afterAll(async () => {
  await w.stop()
})

const tick = async () => {
  const r = await w.sys.call('scheduler', null, { action: 'tick' })
  if (!r.ok) throw new Error(JSON.stringify(r))
  return r.data
}

async function titles(openid: string, fn: 'resident' | 'staff') {
  const r = fn === 'staff' ? await w.staff(openid, { action: 'messages.list', limit: 50 }) : await w.resident(openid, { action: 'messages.list', limit: 50 })
  return (r.data.items as { title: string }[]).map((m) => m.title)
}

/** A matter at a point of its own, accepted as 一般 (due 9 March, 23:59:59 China time). */
async function accepted() {
  w.clock.set(START)
  const { code, lead } = await w.addPoint()
  const resident = fresh('resident')
  const r = await w.resident(resident, submitEvent({ pointCode: code }))
  await w.staff(lead, acceptEvent(r.data.id, { importance: 'normal' }))
  return { id: r.data.id as string, cadre: lead, resident }
}

describe('reminders from the timer', () => {
  it('即将到期 a day before, once however often the timer runs, and two runs at once add nothing', async () => {
    const { cadre } = await accepted()
    w.clock.set('2026-03-08T15:00:00Z') // 8 March 23:00 China time: not yet
    await tick()
    expect((await titles(cadre, 'staff')).filter((t) => t === '事项即将到期')).toHaveLength(0)
    w.clock.set('2026-03-08T16:00:00Z') // 9 March 00:00
    await tick()
    await Promise.all([tick(), tick()])
    expect((await titles(cadre, 'staff')).filter((t) => t === '事项即将到期')).toHaveLength(1)
  })

  it('已逾期 to the cadre after the deadline, and to the leader a day later', async () => {
    const { cadre } = await accepted()
    const leader = await w.addStaff({ name: '督办领导', roles: ['leader'], points: [(await w.db().collection('staff').doc(cadre).get()).data!.points[0]] })
    w.clock.set('2026-03-09T16:30:00Z') // 10 March 00:30
    await tick()
    expect(await titles(cadre, 'staff')).toContain('事项已逾期')
    expect(await titles(leader, 'staff')).not.toContain('事项逾期一天以上，请督办')
    w.clock.set('2026-03-10T16:30:00Z') // 11 March 00:30
    await tick()
    expect(await titles(leader, 'staff')).toContain('事项逾期一天以上，请督办')
    expect((await titles(cadre, 'staff')).filter((t) => t === '事项已逾期')).toHaveLength(1)
  })

  it('评议提醒 three days after an unrated reply, then the 14-day close tells the resident', async () => {
    const { id, cadre, resident } = await accepted()
    await w.staff(cadre, replyEvent(id))
    w.clock.set('2026-03-05T01:59:00Z')
    await tick()
    expect(await titles(resident, 'resident')).not.toContain('请评议办理结果')
    w.clock.set('2026-03-05T02:00:00Z')
    await tick()
    expect(await titles(resident, 'resident')).toContain('请评议办理结果')
    w.clock.set('2026-03-16T02:00:00Z')
    await tick()
    expect((await w.rawItem(id))?.status).toBe('closed')
    expect(await titles(resident, 'resident')).toContain('事项已办结')
  })

  it('what was queued goes to WeChat on the timer when the user allowed it', async () => {
    const { cadre } = await accepted()
    await w.staff(cadre, { action: 'subscriptions.record', results: { due: 'accept' } })
    w.sys.cloud.openapi.addQuota(cadre, 'local-tmpl-due')
    w.clock.set('2026-03-09T02:00:00Z')
    const result = await tick()
    expect(result.sent.sent).toBeGreaterThanOrEqual(1)
    expect(w.sys.cloud.openapi.inbox(cadre).map((m) => m.templateId)).toEqual(['local-tmpl-due'])
  })
})
