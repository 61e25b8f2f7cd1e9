import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { diaryEvent, startWorld, type World } from '../testing'
import { householdAddress, makeArea, pointPeople } from '../ledger/testing-areas'

// Friday 20 March 2026, 10:00 China time
const START = '2026-03-20T02:00:00Z'
let w: World
beforeAll(async () => {
  w = await startWorld(START)
})
afterAll(() => w.stop())

const save = (household: string, extra = {}) => ({ action: 'support.save', household, what: '每月送米面油，帮助申请临时救助', who: '张建国', ...extra })
const plansOf = async (area: string) => (await w.db().collection('supportPlans').where({ area, active: true }).limit(100).get()).data
const tick = () => w.sys.call('scheduler', null, { action: 'tick' })
const toldOf = async (recipient: string) =>
  (await w.db().collection('outbox').where({ recipient }).limit(100).get()).data.filter((m) => m.event.startsWith('support:')).map((m) => m.event as string)

describe('support.save, get, list, end', () => {
  it('the area’s cadre or the point’s leader plans for a 困难 household; everyone else is refused and nothing is written', async () => {
    const p = await pointPeople(w)
    const a = await makeArea(w, p.code, p.cadre, 3, 1)
    for (const who of [p.otherCadre, p.leaderThere, p.admin, p.resident]) expect((await w.staff(who, save(a.households[0]))).error?.code).toBe('FORBIDDEN')
    expect(await w.staff(p.cadre, save(a.households[1]))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '只有标记为困难群众的住户才能制定帮扶计划' } })
    expect(await w.staff(p.cadre, save(a.households[0], { who: '张 13812345678' }))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await w.staff(p.cadre, save(a.households[0], { every: 'daily' }))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await plansOf(a.area)).toEqual([])
    const r = await w.staff(p.cadre, save(a.households[0]))
    expect(r).toMatchObject({ ok: true, data: { every: 'month', everyLabel: '每月', periodStart: '2026-03-20', dueBy: '2026-04-19', madeThisPeriod: false, address: householdAddress(a.street, 1), head: '户主1' } })
    // saved again: the same plan, changed
    const again = await w.staff(p.leader, save(a.households[0], { every: 'week', what: '每周上门看看' }))
    expect(again).toMatchObject({ ok: true, data: { id: r.data.id, every: 'week', dueBy: '2026-03-26', what: '每周上门看看' } })
    expect((await plansOf(a.area)).length).toBe(1)
  })

  it('get and list: those who keep the area (a leader’s reads audited); a point’s list is its leaders’; end stops it', async () => {
    const p = await pointPeople(w)
    const a = await makeArea(w, p.code, p.cadre, 2, 2)
    const id = (await w.staff(p.cadre, save(a.households[0]))).data.id
    await w.staff(p.cadre, save(a.households[1]))
    expect((await w.staff(p.cadre, { action: 'support.get', id })).data.id).toBe(id)
    expect((await w.staff(p.leader, { action: 'support.get', id })).ok).toBe(true)
    for (const who of [p.otherCadre, p.leaderThere, p.admin, p.resident]) {
      expect((await w.staff(who, { action: 'support.get', id })).error?.code).toBe('FORBIDDEN')
      expect((await w.staff(who, { action: 'support.list', area: a.area })).error?.code).toBe('FORBIDDEN')
      expect((await w.staff(who, { action: 'support.end', id })).error?.code).toBe('FORBIDDEN')
    }
    expect((await w.staff(p.cadre, { action: 'support.list', area: a.area })).data.plans).toHaveLength(2)
    expect((await w.staff(p.leader, { action: 'support.list', pointCode: p.code })).data.plans).toHaveLength(2)
    expect((await w.staff(p.cadre, { action: 'support.list', pointCode: p.code })).error?.code).toBe('FORBIDDEN')
    const audited = (await w.db().collection('audit').where({ target: id }).limit(10).get()).data
    expect(audited.map((x) => [x.actor, x.action])).toEqual([[p.leader, 'support.read']])
    expect(await w.staff(p.cadre, { action: 'support.end', id })).toMatchObject({ ok: true, data: { active: false } })
    expect((await w.staff(p.cadre, { action: 'support.list', area: a.area })).data.plans).toHaveLength(1)
  })

  it('figures for the point’s leaders: nothing below 10 households with a plan', async () => {
    const p = await pointPeople(w)
    const a = await makeArea(w, p.code, p.cadre, 10, 10)
    for (const h of a.households.slice(0, 9)) expect((await w.staff(p.cadre, save(h))).ok).toBe(true)
    const figures = { action: 'support.figures', pointCode: p.code }
    expect((await w.staff(p.leader, figures)).data).toMatchObject({ households: null, onTimeRate: null, minimum: 10 })
    await w.staff(p.cadre, save(a.households[9]))
    expect((await w.staff(p.leader, figures)).data).toMatchObject({ households: 10, periods: 0, onTime: 0, onTimeRate: null })
    for (const who of [p.cadre, p.leaderThere, p.admin, p.resident]) expect((await w.staff(who, figures)).error?.code).toBe('FORBIDDEN')
  })
})

describe('the hourly timer and support visits', () => {
  it('a due visit not made: the cadre is told once, three days later the leaders once; a plan whose visit was made tells nobody', async () => {
    const p = await pointPeople(w)
    const a = await makeArea(w, p.code, p.cadre, 2, 2)
    for (const h of a.households) expect((await w.staff(p.cadre, save(h, { every: 'week' }))).ok).toBe(true)
    // the first household is visited within its week (20–26 March)
    const visit = diaryEvent(p.code, '2026-03-24', { household: { address: householdAddress(a.street, 1), met: '户主' } })
    w.clock.set('2026-03-24T02:00:00Z')
    expect((await w.staff(p.cadre, visit)).ok).toBe(true)
    w.clock.set('2026-03-26T15:00:00Z') // 23:00 on the last day: not yet due
    await tick()
    expect(await toldOf(p.cadre)).toEqual([])
    w.clock.set('2026-03-27T01:00:00Z')
    expect((await tick()).data.supportReminders).toMatchObject({ failed: 0 })
    const plan2 = `support-${a.households[1]}`
    expect(await toldOf(p.cadre)).toEqual([`support:${plan2}:2026-03-20:cadre`])
    w.clock.set('2026-03-27T02:00:00Z')
    await tick()
    expect(await toldOf(p.cadre)).toHaveLength(1)
    expect(await toldOf(p.leader)).toEqual([])
    w.clock.set('2026-03-30T01:00:00Z') // three days after it was due
    await tick()
    await tick()
    expect(await toldOf(p.leader)).toEqual([`support:${plan2}:2026-03-20:leader`])
    expect(await toldOf(p.cadre)).toHaveLength(1)
    const [first, second] = await Promise.all(a.households.map(async (h) => (await w.db().collection('supportPlans').doc(`support-${h}`).get()).data))
    expect(first).toMatchObject({ periodStart: '2026-03-27', periods: 1, onTime: 1 })
    expect(second).toMatchObject({ periodStart: '2026-03-27', periods: 1, onTime: 0, cadreToldAt: null })
    w.clock.set(START)
  })
})
