import { beforeAll, describe, expect, it } from 'vitest'
import { fresh, type World } from '../testing'
import { assignEvent, countyWorld, escalatedMatter, type County } from './testing-org'

// 2026-01-31 10:00 China time
const START = '2026-01-31T02:00:00Z'
const world = countyWorld(START)
let w: World
let c: County
beforeAll(() => {
  ;({ w, c } = world)
})

/** What was queued to `recipient` about the matter `id` (the file's other tests tell the same people of theirs). */
const outboxTo = async (recipient: string, id: string) =>
  (await w.db().collection('outbox').where({ recipient }).limit(100).get()).data.filter((m) => JSON.stringify(m).includes(id))

describe('item.assign (交办)', () => {
  it('a township leader 交办s an escalated matter: the cadre keeps it, the department, cadre and resident are told', async () => {
    const owner = fresh('resident')
    const id = await escalatedMatter(w, c, owner)
    const r = await w.staff(c.leaderA, assignEvent(id, c.deptA))
    expect(r).toMatchObject({ ok: true, data: { status: 'accepted', assignee: { openid: c.cadreA }, assignable: false, assignment: { departmentName: '镇民政办', dueAt: '2026-02-10T23:59:59+08:00', stateLabel: '已交办' } } })
    const raw = await w.rawItem(id)
    expect(raw).toMatchObject({ status: 'accepted', assignee: { openid: c.cadreA }, assignment: { department: c.deptA, state: 'assigned', assignedBy: c.leaderA, request: '请核实该户低保申请条件并答复' } })
    expect(raw!.timeline.at(-1)).toMatchObject({ type: 'department', text: '已交办镇民政办，办理期限 2026-02-10' })
    expect((await outboxTo(c.staffA, id)).map((m) => m.template)).toEqual(['assigned'])
    expect((await outboxTo(c.cadreA, id)).some((m) => m.page === `staff/pages/item/index?id=${id}`)).toBe(true)
    expect((await outboxTo(owner, id)).map((m) => m.template)).toContain('progress')
    const mine = await w.resident(owner, { action: 'item.get', id })
    expect(mine.data.assignment).toEqual({ departmentName: '镇民政办', dueAt: '2026-02-10T23:59:59+08:00', stateLabel: '已交办' })
    expect(mine.data.timeline.at(-1)).toMatchObject({ type: 'department', text: '已交办镇民政办，办理期限 2026-02-10' })
  })

  it('rights: a village cadre, a leader of the sibling township, department staff and an admin are refused, and nothing is written', async () => {
    const id = await escalatedMatter(w, c)
    const admin = await w.addStaff({ name: '管理员', roles: ['admin'], points: [] })
    for (const who of [c.cadreA, c.leaderB, c.staffA, admin]) {
      const r = await w.staff(who, assignEvent(id, c.deptCounty))
      expect({ who, r }).toMatchObject({ who, r: { ok: false, error: { code: 'FORBIDDEN', message: '您无权交办这件事' } } })
    }
    expect((await w.rawItem(id))!.assignment).toBeUndefined()
    // an unknown matter is refused alike: nothing about whether it exists
    expect((await w.staff(c.leaderB, assignEvent('no-such-matter', c.deptCounty))).error.code).toBe('FORBIDDEN')
  })

  it('a leader reaches the departments at their node and above: the county leader not the township’s', async () => {
    const id = await escalatedMatter(w, c)
    const r = await w.staff(c.countyLeader, assignEvent(id, c.deptA))
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '不能交办给这个部门，请从列表中选择' } })
    expect((await w.staff(c.countyLeader, assignEvent(id, c.deptCounty))).ok).toBe(true)
  })

  it('only a matter gone up, open and not with a department now; again after it is sent back', async () => {
    const local = await w.submit({ pointCode: c.pointA })
    await w.staff(c.cadreA, { action: 'item.accept', id: local, track: 'local', importance: 'normal', tier: 'cadre' })
    expect(await w.staff(c.leaderA, assignEvent(local, c.deptA))).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '只有上报上级的事项可以交办' } })

    const id = await escalatedMatter(w, c)
    expect((await w.staff(c.leaderA, assignEvent(id, c.deptA))).ok).toBe(true)
    expect(await w.staff(c.leaderA, assignEvent(id, c.deptCounty))).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect((await w.staff(c.staffA, { action: 'dept.return', id, reason: '不属于本部门职责，应由住建局办理' })).ok).toBe(true)
    expect((await w.staff(c.leaderA, assignEvent(id, c.deptCounty))).ok).toBe(true)
    const raw = await w.rawItem(id)
    expect(raw!.assignment).toMatchObject({ department: c.deptCounty, state: 'assigned', reason: null })
    expect(raw!.assignmentHistory).toMatchObject([{ department: c.deptA, state: 'returned', reason: '不属于本部门职责，应由住建局办理' }])
  })

  it('the same request twice is one 交办; a deadline before today and a bad request are refused, nothing written', async () => {
    const id = await escalatedMatter(w, c)
    const event = assignEvent(id, c.deptA)
    expect((await w.staff(c.leaderA, event)).ok).toBe(true)
    expect((await w.staff(c.leaderA, event)).ok).toBe(true)
    expect((await w.rawItem(id))!.timeline.filter((e: { type: string }) => e.type === 'department')).toHaveLength(1)

    const other = await escalatedMatter(w, c)
    expect(await w.staff(c.leaderA, assignEvent(other, c.deptA, { dueAt: '2026-01-30' }))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '办理期限不能早于今天' } })
    expect(await w.staff(c.leaderA, assignEvent(other, c.deptA, { request: '' }))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect((await w.rawItem(other))!.assignment).toBeUndefined()
  })
})

describe('departments.list and departments.save', () => {
  it('lists a node’s departments and its ancestors’, and those a leader may 交办 a point’s matters to', async () => {
    const codes = (r: { data: { departments: { code: string }[] } }) => r.data.departments.map((d) => d.code)
    expect(codes(await w.staff(c.leaderA, { action: 'departments.list', node: c.townA }))).toEqual([c.deptA, c.deptCounty])
    expect(codes(await w.staff(c.leaderA, { action: 'departments.list', pointCode: c.pointA }))).toEqual([c.deptA, c.deptCounty])
    expect(codes(await w.staff(c.countyLeader, { action: 'departments.list', pointCode: c.pointA }))).toEqual([c.deptCounty])
    // the other township's own departments (another test of this file registers one there) and the county's, never 甲镇's
    const atB = codes(await w.staff(c.leaderB, { action: 'departments.list', node: c.townB }))
    expect(atB).toContain(c.deptCounty)
    expect(atB).not.toContain(c.deptA)
    for (const [who, event] of [
      [c.leaderB, { action: 'departments.list', node: c.townA }],
      [c.leaderB, { action: 'departments.list', pointCode: c.pointA }],
      [c.cadreA, { action: 'departments.list', pointCode: c.pointA }],
      [c.staffA, { action: 'departments.list', node: c.townA }],
    ] as const) {
      expect((await w.staff(who, event)).error?.code).toBe('FORBIDDEN')
    }
  })

  it('an admin registers departments within their reach, at a township or the county only', async () => {
    const first = await w.addStaff({ name: '首位管理员', roles: ['admin'], points: [] })
    const adminB = await w.addStaff({ name: '乡管理员', roles: ['admin'], points: [], nodes: [c.townB] } as object)
    const code = `${c.townB}-RS`
    const saved = await w.staff(adminB, { action: 'departments.save', code, name: '乡人社所', node: c.townB })
    expect(saved).toMatchObject({ ok: true, data: { code, name: '乡人社所', node: c.townB, active: true } })
    expect((await w.db().collection('departments').doc(code).get()).data).toMatchObject({ nodePath: [c.county, c.townB] })
    expect(await w.staff(adminB, { action: 'departments.save', code: `${c.townA}-RS`, name: '镇人社所', node: c.townA })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await w.staff(adminB, { action: 'departments.save', code: c.deptA, name: '改名', node: c.townB })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await w.staff(c.leaderA, { action: 'departments.save', code: `${c.townA}-X`, name: '某部门', node: c.townA })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await w.staff(first, { action: 'departments.save', code: `${c.townA}1-X`, name: '村部门', node: `${c.townA}1` })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect((await w.db().collection('departments').doc(`${c.townA}-RS`).get()).data).toBeNull()
  })

  it('invites a department’s staff member through the ordinary invite', async () => {
    const first = await w.addStaff({ name: '首位管理员', roles: ['admin'], points: [] })
    const inv = await w.staff(first, { action: 'invite.create', name: '民政办张', role: 'department', department: c.deptA })
    expect(inv).toMatchObject({ ok: true, data: { role: 'department', department: c.deptA } })
    const joiner = fresh('joiner')
    expect((await w.staff(joiner, { action: 'invite.redeem', code: inv.data.code })).ok).toBe(true)
    expect((await w.db().collection('staff').doc(joiner).get()).data).toMatchObject({ roles: ['department'], departments: [c.deptA] })
    expect((await w.staff(joiner, { action: 'dept.queue' })).ok).toBe(true)
    expect(await w.staff(first, { action: 'invite.create', name: '某人', role: 'department' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })
})

