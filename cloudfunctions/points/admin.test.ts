import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { acceptEvent, DEMO, fresh, startWorld, type World } from '../testing'

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

describe('invites', () => {
  it('an admin invites a cadre, who redeems the code once within 7 days', async () => {
    const invite = await w.staff(DEMO.admin, { action: 'invite.create', name: '周新来', role: 'cadre', node: 'xd01' })
    expect(invite.data.code).toMatch(/^[A-Z2-9]{10}$/)
    const joined = await w.staff('new-person', { action: 'invite.redeem', code: invite.data.code })
    expect(joined.data).toMatchObject({ name: '周新来', roles: ['cadre'], points: ['xd01'], active: true })
    expect((await w.staff('someone-else', { action: 'invite.redeem', code: invite.data.code })).error.code).toBe('CONFLICT')
    expect((await w.staff('new-person', { action: 'me' })).data.pointsDetail[0].code).toBe('xd01')

    const late = await w.staff(DEMO.admin, { action: 'invite.create', name: '迟到', role: 'cadre', node: 'xd01' })
    w.clock.advance(8 * 24 * 3600_000)
    expect((await w.staff('late-person', { action: 'invite.redeem', code: late.data.code })).error.code).toBe('CONFLICT')
    expect((await w.staff('late-person', { action: 'me' })).error.code).toBe('FORBIDDEN')
    expect((await w.staff('x', { action: 'invite.redeem', code: 'NOSUCHCODE' })).error.code).toBe('NOT_FOUND')
  })

  it('the bootstrap code makes no admin while one exists', async () => {
    const r = await w.staff('would-be-admin', { action: 'invite.redeem', code: 'first-admin-code-2026' })
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect((await w.staff('would-be-admin', { action: 'me' })).error.code).toBe('FORBIDDEN')
  })

  it('an invite redeemed by someone already on the staff adds a role and points but keeps their name', async () => {
    const cadre = await w.addStaff({ name: '张建国', roles: ['cadre'], points: ['xd01'] })
    const invite = await w.staff(DEMO.admin, { action: 'invite.create', name: '张建国同志', role: 'deputy', node: 'xd02' })
    const r = await w.staff(cadre, { action: 'invite.redeem', code: invite.data.code })
    expect(r.data).toMatchObject({ name: '张建国', roles: ['cadre', 'deputy'] })
    expect(r.data.points).toEqual(expect.arrayContaining(['xd01', 'xd02']))
  })

  it('a 工作室联络员 is invited at a 两代表工作室 only: a talk point or an org node is refused', async () => {
    for (const node of ['xd01', 'QX-A']) {
      const r = await w.staff(DEMO.admin, { action: 'invite.create', name: '周联络', role: 'liaison', node })
      expect({ node, r }).toMatchObject({ node, r: { ok: false, error: { code: 'INVALID_INPUT', message: '工作室联络员只能在两代表工作室邀请' } } })
    }
    const ok = await w.staff(DEMO.admin, { action: 'invite.create', name: '周联络', role: 'liaison', node: DEMO.studioCode })
    expect(ok).toMatchObject({ ok: true, data: { role: 'liaison', node: DEMO.studioCode } })
  })
})

describe('redeeming codes', () => {
  const invite = async () => (await w.staff(DEMO.admin, { action: 'invite.create', name: '周新来', role: 'cadre', node: 'xd01' })).data.code as string

  it('accepts a code typed in lower case or with spaces', async () => {
    const code = await invite()
    const typed = ` ${code.slice(0, 5).toLowerCase()} ${code.slice(5)} `
    const r = await w.staff(fresh('typist'), { action: 'invite.redeem', code: typed })
    expect(r).toMatchObject({ ok: true, data: { name: '周新来', active: true } })
  })

  it('limits wrong codes to 10 an hour per person, and writes nothing else', async () => {
    const guesser = fresh('guesser')
    const code = await invite()
    for (let i = 0; i < 10; i++) {
      expect((await w.staff(guesser, { action: 'invite.redeem', code: `WRONG${String(i).padStart(5, '0')}` })).error.code).toBe('NOT_FOUND')
    }
    const limited = await w.staff(guesser, { action: 'invite.redeem', code: 'WRONG99999' })
    expect(limited).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
    expect(limited.error.message).toMatch(/[\u4e00-\u9fa5]/)
    // even the right code waits, and nothing was redeemed
    expect((await w.staff(guesser, { action: 'invite.redeem', code })).error.code).toBe('RATE_LIMITED')
    expect((await w.db().collection('invites').doc(code).get()).data?.usedBy).toBeNull()
    expect((await w.db().collection('staff').doc(guesser).get()).data).toBeFalsy()
    // others are not held back, and an hour later the guesser may try again
    expect((await w.staff(fresh('other'), { action: 'invite.redeem', code: 'WRONG00000' })).error.code).toBe('NOT_FOUND')
    w.clock.advance(60 * 60 * 1000)
    expect((await w.staff(guesser, { action: 'invite.redeem', code })).ok).toBe(true)
  })

  it('counts wrong codes sent at once', async () => {
    const guesser = fresh('guesser')
    const codes = Array.from({ length: 20 }, (_, i) => `PARALLEL${String(i).padStart(4, '0')}`)
    const answers = await Promise.all(codes.map((code) => w.staff(guesser, { action: 'invite.redeem', code })))
    expect(answers.filter((r) => r.error?.code === 'NOT_FOUND')).toHaveLength(10)
    expect(answers.filter((r) => r.error?.code === 'RATE_LIMITED')).toHaveLength(10)
  })
})

describe('staff and routing', () => {
  it('lists staff: everyone for an admin, the active staff of their own points for a cadre', async () => {
    const all = await w.staff(DEMO.admin, { action: 'staff.list' })
    expect(all.data.staff.map((s: { openid: string }) => s.openid)).toContain(RETIRED_CADRE)
    const mine = await w.staff(DEMO.cadre2, { action: 'staff.list' })
    const openids = mine.data.staff.map((s: { openid: string }) => s.openid)
    expect(openids).toContain(DEMO.cadre1)
    expect(openids).not.toContain(RETIRED_CADRE)
    expect(openids).not.toContain(OTHER_POINT_CADRE)
    const elsewhere = await w.staff(OTHER_POINT_CADRE, { action: 'staff.list' })
    expect(elsewhere.data.staff.map((s: { openid: string }) => s.openid)).toEqual([OTHER_POINT_CADRE])
  })

  it('shows an admin every point’s routing table', async () => {
    const r = await w.staff(DEMO.admin, { action: 'routing.list' })
    const xd01 = r.data.points.find((p: { code: string }) => p.code === 'xd01')
    expect(xd01).toMatchObject({ leadCadre: DEMO.cadre1, routing: { 环境卫生: DEMO.cadre2 } })
  })

  it('sets a point’s routing table, and new matters follow it', async () => {
    const point = await w.addPoint()
    const cadre = await w.addStaff({ points: [point.code] })
    const r = await w.staff(DEMO.admin, { action: 'routing.set', pointCode: point.code, category: '就业创业', cadre })
    expect(r.data.routing['就业创业']).toBe(cadre)
    const id = await w.submit({ category: '就业创业', pointCode: point.code })
    expect((await w.rawItem(id))?.assignee.openid).toBe(cadre)
    const bad = await w.staff(DEMO.admin, { action: 'routing.set', pointCode: point.code, category: '就业创业', cadre: OTHER_POINT_CADRE })
    expect(bad.error.code).toBe('INVALID_INPUT')
    await w.staff(DEMO.admin, { action: 'routing.set', pointCode: point.code, category: '就业创业', cadre: null })
    const after = await w.submit({ category: '就业创业', pointCode: point.code })
    expect((await w.rawItem(after))?.assignee.openid).toBe(point.lead)
  })
})

describe('deactivation', () => {
  it('deactivating a cadre hands their open matters to another', async () => {
    const point = await w.addPoint()
    const heir = await w.addStaff({ name: '接手人', points: [point.code] })
    const temp = fresh('temp-cadre')
    const invite = await w.staff(DEMO.admin, { action: 'invite.create', name: '临时工', role: 'cadre', node: point.code })
    await w.staff(temp, { action: 'invite.redeem', code: invite.data.code })
    await w.staff(DEMO.admin, { action: 'routing.set', pointCode: point.code, category: '其他', cadre: temp })
    const a = await w.submit({ category: '其他', pointCode: point.code })
    const b = await w.submit({ category: '其他', pointCode: point.code })
    await w.staff(temp, acceptEvent(b))
    const r = await w.staff(DEMO.admin, { action: 'staff.deactivate', openid: temp, transferTo: heir })
    expect(r.data.transferred).toBe(2)
    expect((await w.rawItem(a))?.assignee.openid).toBe(heir)
    expect((await w.rawItem(b))?.assignee.openid).toBe(heir)
    expect((await w.staff(temp, { action: 'queue', tab: 'pending' })).error.code).toBe('FORBIDDEN')
    // the routing table now falls back to the lead cadre
    const c = await w.submit({ category: '其他', pointCode: point.code })
    expect((await w.rawItem(c))?.assignee.openid).toBe(point.lead)
  })
})
