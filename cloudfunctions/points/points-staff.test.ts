import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { contact, DEMO, fresh, startWorld, type World } from '../testing'

const START = '2026-01-31T02:00:00Z'
const RETIRED_CADRE = 'retired-cadre'
const POINT_VIEW_KEYS = ['address', 'code', 'community', 'kind', 'name', 'openHours', 'org']
let w: World

beforeAll(async () => {
  w = await startWorld(START)
  await w.addStaff({ openid: RETIRED_CADRE, name: '已离岗', roles: ['cadre', 'leader'], points: ['xd01'], active: false })
})
afterAll(async () => {
  await w.stop()
})
beforeEach(() => {
  w.clock.set(START)
})

/** A new point's event, with a code no other test uses. */
const newPoint = () => ({
  action: 'points.upsert',
  code: fresh('xd').slice(0, 30),
  name: '新东社区第三说事点',
  kind: 'talk',
  community: '新东社区',
  address: '新东社区幸福路 120 号',
  openHours: '每周一 9:00–11:30',
  leadCadre: DEMO.cadre1,
  org: 'QX-A1',
})
const adminPoint = async (code: string) =>
  (await w.staff(DEMO.admin, { action: 'routing.list' })).data.points.find((p: { code: string }) => p.code === code)
const submitAt = (pointCode: string) =>
  w.resident(DEMO.residentA, {
    action: 'item.submit',
    requestId: fresh('staff-test-point'),
    pointCode,
    category: '政策咨询',
    content: '小区门口的公交站牌被撞歪了，请帮忙反映',
    contact,
  })

describe('points', () => {
  it('an admin creates a point: residents see it (without leadCadre or routing), its lead cadre answers', async () => {
    const event = newPoint()
    const { action: _action, ...fields } = event
    const created = await w.staff(DEMO.admin, event)
    expect(created).toMatchObject({ ok: true })
    expect(Object.keys(created.data).sort()).toEqual(POINT_VIEW_KEYS)
    expect(created.data).toMatchObject({ code: event.code, name: '新东社区第三说事点', kind: 'talk' })

    const listed = (await w.resident(DEMO.residentB, { action: 'points.list' })).data.points
    const shown = listed.find((p: { code: string }) => p.code === event.code)
    expect(shown).toEqual({ code: event.code, name: fields.name, kind: 'talk', community: fields.community, address: fields.address, openHours: fields.openHours, org: 'QX-A1' })
    // phone is shown when a point has one, org when it is placed in the tree (other tests add points that are not); never leadCadre or routing
    const optional = (k: string) => k !== 'phone' && k !== 'org'
    for (const p of listed) expect(Object.keys(p).filter(optional).sort()).toEqual(POINT_VIEW_KEYS.filter(optional))
    const got = await w.resident(DEMO.residentB, { action: 'points.get', code: event.code })
    expect(got.data).toEqual(shown)
    expect(JSON.stringify(got)).not.toContain(DEMO.cadre1)

    expect(await adminPoint(event.code)).toMatchObject({ leadCadre: DEMO.cadre1, routing: {}, active: true })
    const submitted = await submitAt(event.code)
    expect(submitted.data.assignee.name).toBe('张建国')
    expect(await w.rawItem(submitted.data.id)).toMatchObject({ pointCode: event.code, pointName: '新东社区第三说事点' })
  })

  it('an admin edits a point’s name and open hours; its routing table and lead cadre are kept', async () => {
    const { code } = await w.addPoint({ routing: { 环境卫生: DEMO.cadre2 } })
    await w.db().collection('staff').doc(DEMO.cadre2).update({ data: { points: w.db().command.push(code) } })
    const before = await adminPoint(code)
    expect(Object.keys(before.routing).length).toBeGreaterThan(0)
    const { routing: _routing, active: _active, ...view } = before
    const edited = await w.staff(DEMO.admin, {
      ...view,
      action: 'points.upsert',
      name: '新东社区民情说事点（新址）',
      openHours: '每周三、周六 9:00–12:00',
    })
    expect(edited.data).toMatchObject({ code, name: '新东社区民情说事点（新址）', openHours: '每周三、周六 9:00–12:00' })
    const after = await adminPoint(code)
    expect(after).toMatchObject({ leadCadre: before.leadCadre, active: true, address: before.address })
    expect(after.routing).toEqual(before.routing)
    expect((await w.resident(DEMO.residentA, { action: 'points.get', code })).data.openHours).toBe('每周三、周六 9:00–12:00')
    const id = await w.submit({ category: '环境卫生', pointCode: code })
    expect((await w.rawItem(id))?.assignee.openid).toBe(before.routing['环境卫生'])

    // as it was
    await w.staff(DEMO.admin, { ...view, action: 'points.upsert' })
    expect(await adminPoint(code)).toEqual(before)
  })

  it('active: false hides a point from residents and refuses submissions to it; an edit keeps it hidden', async () => {
    const point = newPoint()
    const off = await w.staff(DEMO.admin, { ...point, active: false })
    expect(off).toMatchObject({ ok: true })
    const listed = (await w.resident(DEMO.residentA, { action: 'points.list' })).data.points
    expect(listed.map((p: { code: string }) => p.code)).not.toContain(point.code)
    expect(listed.map((p: { code: string }) => p.code)).toContain('xd01')
    expect((await w.resident(DEMO.residentA, { action: 'points.get', code: point.code })).error.code).toBe('NOT_FOUND')
    expect(await submitAt(point.code)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await adminPoint(point.code)).toMatchObject({ active: false })

    // an edit that does not mention `active` leaves it as it is
    await w.staff(DEMO.admin, { ...point, openHours: '暂停开放' })
    expect(await adminPoint(point.code)).toMatchObject({ active: false, openHours: '暂停开放' })
    expect((await w.resident(DEMO.residentA, { action: 'points.get', code: point.code })).error.code).toBe('NOT_FOUND')

    await w.staff(DEMO.admin, { ...point, active: true })
    expect((await w.resident(DEMO.residentA, { action: 'points.get', code: point.code })).data.openHours).toBe(point.openHours)
  })

  it('a lead cadre who is not active staff is INVALID_INPUT, and nothing is written', async () => {
    const existing = newPoint()
    await w.staff(DEMO.admin, existing)
    const pointsBefore = await w.db().collection('points').orderBy('code', 'asc').limit(100).get()
    const another = newPoint()
    for (const leadCadre of [RETIRED_CADRE, 'nobody-at-all']) {
      const created = await w.staff(DEMO.admin, { ...another, leadCadre })
      expect(created).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
      const edit = await w.staff(DEMO.admin, { ...existing, name: '不该写入的名称', leadCadre })
      expect(edit).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    }
    expect((await w.db().collection('points').doc(`point-${another.code}`).get()).data).toBeFalsy()
    expect(await w.db().collection('points').orderBy('code', 'asc').limit(100).get()).toEqual(pointsBefore)
    expect((await w.resident(DEMO.residentA, { action: 'points.get', code: another.code })).error.code).toBe('NOT_FOUND')
    expect((await w.resident(DEMO.residentA, { action: 'points.get', code: existing.code })).data.name).toBe(existing.name)
  })

  it('a lead cadre must be a cadre or leader, and the point becomes one of theirs', async () => {
    const point = newPoint()
    const adminOnly = await w.staff(DEMO.admin, { ...point, leadCadre: DEMO.admin })
    expect(adminOnly).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect((await w.db().collection('points').doc(`point-${point.code}`).get()).data).toBeFalsy()
    const leader = await w.addStaff({ name: '陈书记', roles: ['leader'], points: ['xd01'] })
    const made = await w.staff(DEMO.admin, { ...point, name: '新东社区第五说事点', leadCadre: leader, create: true })
    expect(made.ok).toBe(true)
    expect((await w.db().collection('staff').doc(leader).get()).data?.points).toContain(point.code)
    // the leader's workbench now covers the matters of the point they lead
    const id = (await submitAt(point.code)).data.id
    const queue = await w.staff(leader, { action: 'queue', tab: 'pending', cadre: leader })
    expect(queue.data.items.map((i: { id: string }) => i.id)).toContain(id)
  })

  it('adding a point with a code in use is refused, not an overwrite', async () => {
    const before = (await w.db().collection('points').doc('point-xd01').get()).data
    const r = await w.staff(DEMO.admin, { ...newPoint(), code: 'xd01', name: '冒名顶替', create: true })
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect((await w.db().collection('points').doc('point-xd01').get()).data).toEqual(before)
  })

  it('only an admin may create or edit a point', async () => {
    const point = newPoint()
    await w.staff(DEMO.admin, point)
    for (const who of [DEMO.cadre1, DEMO.leader, DEMO.residentA]) {
      const r = await w.staff(who, { ...point, name: '越权修改' })
      expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect((await adminPoint(point.code)).name).toBe(point.name)
  })
})

describe('a point’s phone number', () => {
  it('is kept and shown to residents when given, refused when it is not a number; an edit keeps the 小程序码', async () => {
    const event = { ...newPoint(), phone: '0571-88881234' }
    expect((await w.staff(DEMO.admin, event)).data.phone).toBe('0571-88881234')
    expect((await w.resident(DEMO.residentA, { action: 'points.get', code: event.code })).data.phone).toBe('0571-88881234')
    expect((await w.staff(DEMO.admin, { ...event, phone: '请拨打总机' })).error.code).toBe('INVALID_INPUT')
    const qr = await w.staff(DEMO.admin, { action: 'points.qrcode', code: event.code })
    await w.staff(DEMO.admin, { ...event, name: '改了名字的说事点' })
    expect((await w.staff(DEMO.admin, { action: 'points.qrcode', code: event.code })).data.fileID).toBe(qr.data.fileID)
  })
})
