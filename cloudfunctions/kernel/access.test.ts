import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { acceptEvent, contact, DEMO, replyEvent, startWorld, type World } from '../testing'
import { narrowPoints, pointsOfScope } from './access'

const START = '2026-01-31T02:00:00Z'
const OTHER_POINT_CADRE = 'other-point-cadre'
const RETIRED_CADRE = 'retired-cadre'
let w: World

beforeAll(async () => {
  w = await startWorld(START)
  await w.addPoint({ code: 'zz01', leadCadre: OTHER_POINT_CADRE })
  await w.addStaff({ openid: OTHER_POINT_CADRE, name: '外点干部', roles: ['cadre', 'leader'], points: ['zz01'] })
  await w.addStaff({ openid: RETIRED_CADRE, name: '已离岗', roles: ['cadre', 'leader'], points: ['xd01'], active: false })
})
afterAll(async () => {
  await w.stop()
})
beforeEach(() => {
  w.clock.set(START)
})

describe('authorization of every staff action', () => {
  const itemActions = (id: string) => [
    { action: 'item.get', id },
    acceptEvent(id),
    { action: 'item.replyOnSpot', id, track: 'immediate', importance: 'normal', tier: 'cadre', answer: '好的答复', unit: '社区', handler: '某人' },
    { action: 'item.progress', id, note: '有进展了', visibleToResident: true },
    { action: 'item.transfer', id, to: DEMO.cadre2, reason: '换人办理' },
    { action: 'item.escalate', id, department: '区交通局', takenAt: '2026-02-02' },
    { action: 'item.escalationAnswer', id, answer: '部门答复' },
    { action: 'item.decide', id, meetingDate: '2026-02-02', decision: '同意' },
    { action: 'item.extend', id, reason: '原因', dueDate: '2026-12-01', note: '进展' },
    { action: 'item.approveExtension', id, approve: true },
    replyEvent(id),
  ]
  const adminActions = [
    { action: 'queue', tab: 'pending' },
    { action: 'me' },
    { action: 'routing.list' },
    { action: 'invite.create', name: '新干部', role: 'cadre', node: 'xd01' },
    { action: 'staff.list' },
    { action: 'staff.deactivate', openid: DEMO.cadre3, transferTo: DEMO.cadre1 },
    { action: 'points.upsert', code: 'xd01', name: '改名了', kind: 'talk', community: '新东社区', address: '某地', openHours: '周三', leadCadre: DEMO.cadre1 },
    { action: 'routing.set', pointCode: 'xd01', category: '其他', cadre: DEMO.cadre2 },
  ]
  const outsiders: [string, string][] = [
    ['a resident', DEMO.residentB],
    ['a cadre of another point', OTHER_POINT_CADRE],
    ['a deactivated staff member', RETIRED_CADRE],
  ]

  it.each(outsiders)('%s is refused every action on a matter, and changes nothing', async (_label, who) => {
    const id = await w.submit()
    await w.staff(DEMO.cadre1, acceptEvent(id))
    const before = await w.rawItem(id)
    const audits = (await w.db().collection('audit').count()).total
    for (const event of itemActions(id)) {
      const r = await w.staff(who, event)
      expect({ action: event.action, r }).toMatchObject({ action: event.action, r: { ok: false, error: { code: 'FORBIDDEN' } } })
      expect(JSON.stringify(r)).not.toContain(contact.phone)
    }
    expect(await w.rawItem(id)).toEqual(before)
    expect((await w.db().collection('audit').count()).total).toBe(audits)
  })

  it.each(outsiders)('%s is refused the workbench and the admin actions', async (_label, who) => {
    const points = JSON.stringify((await w.db().collection('points').orderBy('code', 'asc').get()).data)
    const people = JSON.stringify((await w.db().collection('staff').orderBy('openid', 'asc').get()).data)
    for (const event of adminActions) {
      // a cadre elsewhere may use their own workbench and see their own point's staff
      if (who === OTHER_POINT_CADRE && ['queue', 'me', 'staff.list'].includes(event.action)) continue
      const r = await w.staff(who, event)
      expect({ action: event.action, r }).toMatchObject({ action: event.action, r: { ok: false, error: { code: 'FORBIDDEN' } } })
    }
    expect(JSON.stringify((await w.db().collection('points').orderBy('code', 'asc').get()).data)).toBe(points)
    expect(JSON.stringify((await w.db().collection('staff').orderBy('openid', 'asc').get()).data)).toBe(people)
  })

  it('a cadre of another point sees none of this point’s matters in their workbench', async () => {
    await w.submit()
    const r = await w.staff(OTHER_POINT_CADRE, { action: 'queue', tab: 'pending' })
    expect(r.ok).toBe(true)
    expect(r.data.items.filter((i: { pointName: string }) => i.pointName === '新东社区民情说事点')).toEqual([])
  })

  it.each(outsiders)('%s gets the same FORBIDDEN whether a named person exists or not', async (_label, who) => {
    const id = await w.submit()
    const withTarget = (target: string) => [
      { action: 'item.transfer', id, to: target, reason: '换人办理' },
      { action: 'staff.deactivate', openid: target, transferTo: DEMO.cadre1 },
      { action: 'staff.deactivate', openid: DEMO.cadre3, transferTo: target },
      { action: 'points.upsert', code: 'xd01', name: '改名了', kind: 'talk', community: '新东社区', address: '某地', openHours: '周三', leadCadre: target },
      { action: 'routing.set', pointCode: 'xd01', category: '其他', cadre: target },
      { action: 'queue', tab: 'pending', cadre: target },
    ]
    const existing = withTarget(DEMO.cadre2)
    const missing = withTarget('no-such-person')
    for (let i = 0; i < existing.length; i++) {
      const [a, b] = [await w.staff(who, existing[i]), await w.staff(who, missing[i])]
      expect(b).toEqual(a)
      // a leader elsewhere may filter their own workbench by anyone: it shows nothing either way
      if (who === OTHER_POINT_CADRE && existing[i].action === 'queue') {
        expect(a.data.items).toEqual([])
        continue
      }
      expect({ action: existing[i].action, a }).toMatchObject({ action: existing[i].action, a: { ok: false, error: { code: 'FORBIDDEN' } } })
    }
  })
})

describe('the points a scope covers', () => {
  it('every point for {}, the listed ones otherwise, narrowed to the one asked if covered', () => {
    expect(pointsOfScope({})).toBeNull()
    expect(pointsOfScope({ pointCode: { $in: ['a', 'b'] } })).toEqual(['a', 'b'])
    expect(() => pointsOfScope({ author: 'x' })).toThrow()
    expect(narrowPoints(['a', 'b'], 'b', '不行')).toEqual(['b'])
    expect(narrowPoints(null, 'c', '不行')).toEqual(['c'])
    expect(() => narrowPoints(['a'], 'c', '不行')).toThrow('不行')
  })
})
