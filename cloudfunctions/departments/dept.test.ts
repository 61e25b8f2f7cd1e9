import { beforeAll, describe, expect, it } from 'vitest'
import { fresh, startWorld, type World } from '../testing'
import { assignEvent, countyWorld, escalatedMatter, makeCounty, type County } from './testing-org'

// 2026-01-31 10:00 China time
const START = '2026-01-31T02:00:00Z'
const world = countyWorld(START)
let w: World
let c: County
beforeAll(() => {
  ;({ w, c } = world)
})

async function assigned(owner = fresh('resident')) {
  const id = await escalatedMatter(w, c, owner)
  const r = await w.staff(c.leaderA, assignEvent(id, c.deptA))
  if (!r.ok) throw new Error(JSON.stringify(r))
  return id
}

describe('部门待办: the department’s staff', () => {
  it('see their department’s open 交办 with the resident’s personal data masked; another department sees nothing', async () => {
    const id = await assigned()
    const q = await w.staff(c.staffA, { action: 'dept.queue' })
    expect(q.data.items.map((i: { id: string }) => i.id)).toContain(id)
    expect((await w.staff(c.staffCounty, { action: 'dept.queue' })).data.items.map((i: { id: string }) => i.id)).not.toContain(id)
    const view = await w.staff(c.staffA, { action: 'dept.get', id })
    expect(view.data).toMatchObject({ contact: { name: '张**', phone: '138****5678' }, owner: { name: '点负责人' }, assignment: { request: '请核实该户低保申请条件并答复', state: 'assigned' } })
    expect(JSON.stringify(view.data)).not.toContain('张三丰')
    expect(JSON.stringify(view.data)).not.toContain('13812345678')
    expect(view.data).not.toHaveProperty('timeline')
    for (const who of [c.staffCounty, c.cadreA, c.leaderA]) expect((await w.staff(who, { action: 'dept.get', id })).error?.code).toBe('FORBIDDEN')
    for (const who of [c.cadreA, c.leaderA]) expect((await w.staff(who, { action: 'dept.queue' })).error?.code).toBe('FORBIDDEN')
  })

  it('accept and answer: the cadre sees each step and is told; the resident sees the department, never who answered', async () => {
    const owner = fresh('resident')
    const id = await assigned(owner)
    expect(await w.staff(c.staffA, { action: 'dept.accept', id })).toMatchObject({ ok: true, data: { assignment: { state: 'accepted' }, can: { 'dept.accept': false, 'dept.answer': true } } })
    const a = await w.staff(c.staffA, { action: 'dept.answer', id, answer: '经核实符合条件，已纳入低保，下月起发放' })
    expect(a).toMatchObject({ ok: true, data: { assignment: { state: 'answered', answer: '经核实符合条件，已纳入低保，下月起发放' } } })
    const cadre = await w.staff(c.cadreA, { action: 'item.get', id })
    expect(cadre.data.timeline.slice(-2)).toMatchObject([
      { type: 'department', text: '镇民政办已接收交办', actorName: '镇民政办', internal: false },
      { type: 'department', text: '镇民政办答复：经核实符合条件，已纳入低保，下月起发放', internal: true },
    ])
    expect(cadre.data).toMatchObject({ status: 'accepted', assignee: { openid: c.cadreA } })
    const told = (await w.db().collection('outbox').where({ recipient: c.cadreA }).limit(100).get()).data
    expect(told.filter((m) => m.event.startsWith(`${id}:dept:`)).map((m) => m.data.phrase3.value)).toEqual(['已交办', '部门已接收', '部门已答复'])
    const mine = await w.resident(owner, { action: 'item.get', id })
    expect(mine.data.assignment).toMatchObject({ departmentName: '镇民政办', stateLabel: '部门已答复' })
    expect(JSON.stringify(mine.data)).not.toContain('民政办李')
    expect(mine.data.timeline.at(-1)).toMatchObject({ text: '镇民政办已接收交办', actorName: '镇民政办' })
    // answered: off the queue, and a second answer is refused
    expect((await w.staff(c.staffA, { action: 'dept.queue' })).data.items.map((i: { id: string }) => i.id)).not.toContain(id)
    expect(await w.staff(c.staffA, { action: 'dept.answer', id, answer: '再答一次' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    // the cadre replies to the resident as ever
    const reply = await w.staff(c.cadreA, { action: 'item.reply', id, answer: '民政办已核实，您家已纳入低保', unit: '镇民政办', handler: '点负责人' })
    expect(reply.data.status).toBe('replied')
  })

  it('send back with a reason: the leader who 交办 it and the cadre are told; another department may not touch it', async () => {
    const id = await assigned()
    expect(await w.staff(c.staffCounty, { action: 'dept.return', id, reason: '不归我们' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await w.staff(c.staffCounty, { action: 'dept.accept', id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await w.staff(c.staffA, { action: 'dept.return', id, reason: '' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    const pending = async () => (await w.staff(c.cadreA, { action: 'trips.pending', pointCode: c.pointA })).data.groups.flatMap((g: { items: { id: string }[] }) => g.items.map((i) => i.id))
    expect(await pending()).not.toContain(id) // 交办: the department answers in the app, no 代理办事 trip
    const r = await w.staff(c.staffA, { action: 'dept.return', id, reason: '属于住建局职责' })
    expect(r).toMatchObject({ ok: true, data: { assignment: { state: 'returned', reason: '属于住建局职责' } } })
    const leaderTold = (await w.db().collection('outbox').where({ recipient: c.leaderA }).limit(100).get()).data
    expect(leaderTold.some((m) => m.event.endsWith(':return'))).toBe(true)
    expect((await w.staff(c.cadreA, { action: 'item.get', id })).data).toMatchObject({ assignable: true })
    expect(await pending()).toContain(id) // sent back: the weekly trip takes it again
  })
})

describe('departments.figures', () => {
  it('counts per department: received, answered on time, sent back, overdue — for leaders above and the department itself', async () => {
    const w2 = await startWorld(START)
    try {
      const c2 = await makeCounty(w2)
      const make = async () => {
        const id = await escalatedMatter(w2, c2)
        expect((await w2.staff(c2.leaderA, assignEvent(id, c2.deptA))).ok).toBe(true)
        return id
      }
      const [onTime, late, back, open] = [await make(), await make(), await make(), await make()]
      await w2.staff(c2.staffA, { action: 'dept.answer', id: onTime, answer: '已办理完毕' })
      await w2.staff(c2.staffA, { action: 'dept.return', id: back, reason: '不属于本部门' })
      expect((await w2.staff(c2.leaderA, assignEvent(back, c2.deptCounty))).ok).toBe(true)
      w2.clock.set('2026-02-12T02:00:00Z')
      await w2.staff(c2.staffA, { action: 'dept.answer', id: late, answer: '迟了几天，已办理' })
      void open
      const period = { from: '2026-01-01', to: '2026-01-31' }
      const f = await w2.staff(c2.leaderA, { action: 'departments.figures', node: c2.townA, ...period })
      expect(f.data.departments).toEqual([
        { code: c2.deptA, name: '镇民政办', node: c2.townA, received: 4, answered: 2, answeredOnTime: 1, returned: 1, overdue: 2, open: 1 },
      ])
      const county = await w2.staff(c2.countyLeader, { action: 'departments.figures', node: c2.county, ...period })
      expect(county.data.departments.map((d: { code: string; received: number }) => [d.code, d.received])).toEqual([[c2.deptCounty, 1], [c2.deptA, 4]])
      expect((await w2.staff(c2.staffA, { action: 'departments.figures', ...period })).data.departments.map((d: { code: string }) => d.code)).toEqual([c2.deptA])
      // without a node: a leader's own nodes
      expect((await w2.staff(c2.leaderA, { action: 'departments.figures', ...period })).data.departments.map((d: { code: string }) => d.code)).toEqual([c2.deptA])
      expect((await w2.staff(c2.leaderB, { action: 'departments.figures', node: c2.townA, ...period })).error?.code).toBe('FORBIDDEN')
      expect((await w2.staff(c2.cadreA, { action: 'departments.figures', node: c2.townA, ...period })).error?.code).toBe('FORBIDDEN')
    } finally {
      await w2.stop()
    }
  })
})
