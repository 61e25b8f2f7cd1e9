import { describe, expect, it } from 'vitest'
import { fresh } from '../testing'
import { assignEvent, countyWorld } from '../departments/testing-org'
import { makeStudio, type Studio } from './testing-studio'

// Wednesday 2026-11-25 10:00 China time
const START = '2026-11-25T02:00:00Z'
const world = countyWorld(START)

const suggest = (s: Studio, extra: object = {}) => ({ action: 'studio.suggest', pointCode: s.code, content: '建议在村口增设公交站台，方便老人出行', raisedBy: '三组村民', requestId: fresh('req'), ...extra })
const route = (id: string, to: object, extra: object = {}) => ({ action: 'studio.route', id, to, request: '请研究答复', dueAt: '2026-12-20', ...extra })

describe('studio 意见建议', () => {
  it('a deputy records one, the same request once; the liaison lists it; another studio does not see it', async () => {
    const { w, c } = world
    const s = await makeStudio(w, c)
    const other = await makeStudio(w, c)
    const event = suggest(s)
    const first = await w.staff(s.deputies[0], event)
    expect(first).toMatchObject({ ok: true, data: { state: 'collected', stateLabel: '已收集', raisedBy: '三组村民', fromResidents: 0 } })
    expect((await w.staff(s.deputies[0], event)).data.id).toBe(first.data.id)
    const list = await w.staff(s.liaison, { action: 'studio.suggestions', pointCode: s.code })
    expect(list.data.suggestions.map((x: { id: string }) => x.id)).toEqual([first.data.id])
    expect((await w.staff(other.liaison, { action: 'studio.suggestions', pointCode: s.code })).error.code).toBe('FORBIDDEN')
    expect((await w.staff(c.cadreA, suggest(s))).error.code).toBe('FORBIDDEN')
    expect((await w.staff(s.deputies[0], suggest(s, { content: '短' }))).error).toEqual({ code: 'INVALID_INPUT', message: '意见建议至少 5 个字' })
    expect((await w.staff(s.liaison, { action: 'studio.suggestions', pointCode: s.code })).data.suggestions).toHaveLength(1)
  })

  it('routed to a department: registered as a matter of the studio, which goes up and is 交办 to that department', async () => {
    const { w, c } = world
    const s = await makeStudio(w, c)
    const id = (await w.staff(s.deputies[0], suggest(s))).data.id
    // the liaison may not answer for a matter: a department is routed by the studio's leader
    expect((await w.staff(s.liaison, route(id, { department: c.deptA }))).error.code).toBe('FORBIDDEN')
    expect((await w.staff(s.lead, route(id, { department: c.deptCounty.replace('ZJ', 'XX') }))).error.code).toBe('INVALID_INPUT')
    const routed = await w.staff(s.lead, route(id, { department: c.deptA }))
    expect(routed).toMatchObject({ ok: true, data: { state: 'routed', route: { request: '请研究答复', dueAt: '2026-12-20T23:59:59+08:00' } } })
    expect(routed.data.route.label).toMatch(/^交办镇民政办（/)
    const matterId = routed.data.route.matterId as string
    expect(await w.rawItem(matterId)).toMatchObject({ pointCode: s.code, category: '意见建议', status: 'submitted', assignee: { openid: s.lead } })
    // sent again: the same matter, nothing new
    expect((await w.staff(s.lead, route(id, { department: c.deptA }))).data.route.matterId).toBe(matterId)
    // the matter's own path: accepted as 上报上级, 交办 by the township's leader to the department
    expect((await w.staff(s.lead, { action: 'item.accept', id: matterId, track: 'escalate', importance: 'important', tier: 'cadre' })).ok).toBe(true)
    const assigned = await w.staff(c.leaderA, assignEvent(matterId, c.deptA, { dueAt: '2026-12-20' }))
    expect(assigned).toMatchObject({ ok: true, data: { assignment: { departmentName: '镇民政办', stateLabel: '已交办' } } })
    expect((await w.staff(c.staffA, { action: 'dept.queue' })).data.items.map((i: { id: string }) => i.id)).toContain(matterId)
    // a routed suggestion is not routed twice elsewhere
    expect((await w.staff(s.liaison, route(id, { outside: '县交通运输局' }, { request: '另行分送' }))).error.code).toBe('CONFLICT')
  })

  it('routed to a level or outside by the liaison; followed; the feedback tells the deputies and the resident who raised it, once', async () => {
    const { w, c } = world
    const s = await makeStudio(w, c)
    const resident = fresh('resident')
    const raised = await w.resident(resident, { action: 'studio.suggest', pointCode: s.code, content: '希望工作室周末也能接待上班族', requestId: fresh('req') })
    expect(raised.ok).toBe(true)
    const id = raised.data.id as string
    expect((await w.staff(s.liaison, { action: 'studio.update', id, progress: '已联系镇里' })).error).toEqual({ code: 'CONFLICT', message: '请先分送，再记录办理进展' })
    expect((await w.staff(s.liaison, route(id, { node: c.townB }))).error.code).toBe('INVALID_INPUT') // not above this studio
    const routed = await w.staff(s.liaison, route(id, { node: c.townA }))
    expect(routed.data).toMatchObject({ state: 'routed', fromResidents: 1, route: { label: '分送青溪镇', matterId: null } })
    const updated = await w.staff(s.liaison, { action: 'studio.update', id, progress: '镇里答复研究中' })
    expect(updated.data.progress).toEqual([{ at: '2026-11-25T10:00:00+08:00', text: '镇里答复研究中', by: '周联络' }])
    expect((await w.staff(s.liaison, { action: 'studio.update', id, progress: '镇里答复研究中' })).data.progress).toHaveLength(1)
    const outcome = '自 12 月起每月第一个周六上午加开接待'
    const done = await w.staff(s.liaison, { action: 'studio.feedback', id, outcome })
    expect(done).toMatchObject({ ok: true, data: { state: 'answered', stateLabel: '已反馈', feedback: { outcome } } })
    expect((await w.staff(s.liaison, { action: 'studio.feedback', id, outcome })).ok).toBe(true) // sent again
    expect((await w.staff(s.liaison, { action: 'studio.feedback', id, outcome: '另一个结果' })).error.code).toBe('CONFLICT')
    const inbox = async (who: string) => (await w.db().collection('messages').where({ recipient: who }).limit(100).get()).data
    expect((await inbox(resident)).map((m) => m.body)).toEqual([outcome])
    for (const d of s.deputies) expect((await inbox(d)).map((m) => m.title)).toEqual(['工作室收集的意见建议已有结果'])
    expect(await inbox(s.liaison)).toHaveLength(0)
  })

  it('rights first: a deputy, a cadre and another studio’s liaison cannot route, follow or answer; an unknown id answers the same', async () => {
    const { w, c } = world
    const s = await makeStudio(w, c)
    const other = await makeStudio(w, c)
    const id = (await w.staff(s.deputies[0], suggest(s))).data.id
    for (const who of [s.deputies[0], c.cadreA, other.liaison, c.staffA]) {
      for (const event of [route(id, { outside: '县交通运输局' }), { action: 'studio.update', id, progress: '进展' }, { action: 'studio.feedback', id, outcome: '结果' }]) {
        const r = await w.staff(who, event)
        expect({ who, r }).toMatchObject({ who, r: { ok: false, error: { code: 'FORBIDDEN' } } })
      }
    }
    expect((await w.staff(other.liaison, route('no-such-id', { outside: '县交通运输局' }))).error.code).toBe('FORBIDDEN')
    expect((await w.staff(s.liaison, route(id, { outside: '县交通运输局' }, { dueAt: '2026-11-01' }))).error).toEqual({ code: 'INVALID_INPUT', message: '办理期限不能早于今天' })
    expect((await w.staff(s.liaison, route(id, { elsewhere: 'x' }))).error.code).toBe('INVALID_INPUT')
    expect((await w.staff(s.liaison, { action: 'studio.suggestions', pointCode: s.code })).data.suggestions[0]).toMatchObject({ state: 'collected', route: null })
  })
})
