import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { DEMO } from '../../emulator/seed'
import { manualClock, startTestSystem, type TestSystem } from '../../emulator/testing'

// 2026-01-31 10:00 China time
const clock = manualClock('2026-01-31T02:00:00Z')
let sys: TestSystem
let n = 0

const OTHER_POINT_CADRE = 'other-point-cadre'
const RETIRED_CADRE = 'retired-cadre'
const contact = { name: '张三丰', phone: '13812345678', address: '新东社区幸福路12号3单元501' }

const staff = (openid: string, event: object) => sys.call('staff', openid, event)
const resident = (openid: string, event: object) => sys.call('resident', openid, event)
const db = () => sys.cloud.port.database({ throwOnNotFound: false })
const rawItem = async (id: string) => (await db().collection('items').doc(id).get()).data

async function submit(category = '政策咨询', owner: string = DEMO.residentA) {
  n++
  const r = await resident(owner, {
    action: 'item.submit',
    requestId: `staff-test-${String(n).padStart(5, '0')}`,
    pointCode: DEMO.pointCode,
    category,
    content: '村口的路灯坏了一个多月了，晚上出门很不方便',
    contact,
  })
  if (!r.ok) throw new Error(JSON.stringify(r))
  return r.data.id as string
}

const acceptEvent = (id: string, extra: object = {}) => ({
  action: 'item.accept',
  id,
  track: 'local',
  importance: 'important',
  tier: 'cadre',
  ...extra,
})
const replyEvent = (id: string) => ({ action: 'item.reply', id, answer: '路灯已经修好', unit: '社区居委会', handler: '张建国' })

beforeAll(async () => {
  sys = await startTestSystem({
    functions: {
      resident: { now: clock.now, submitLimitPerHour: 1000 },
      staff: { now: clock.now, bootstrapAdminCode: 'first-admin-code-2026' },
      scheduler: { now: clock.now },
    },
  })
  const d = db()
  await d.collection('points').doc('point-zz01').set({
    data: { code: 'zz01', name: '别处说事点', kind: 'talk', community: '别处', address: '别处', openHours: '周三', leadCadre: OTHER_POINT_CADRE, routing: {}, active: true },
  })
  await d.collection('staff').doc(OTHER_POINT_CADRE).set({
    data: { openid: OTHER_POINT_CADRE, name: '外点干部', roles: ['cadre', 'leader'], points: ['zz01'], active: true },
  })
  await d.collection('staff').doc(RETIRED_CADRE).set({
    data: { openid: RETIRED_CADRE, name: '已离岗', roles: ['cadre', 'leader'], points: ['xd01'], active: false },
  })
})
afterAll(async () => {
  await sys.stop()
})
beforeEach(() => {
  clock.set('2026-01-31T02:00:00Z')
})

describe('accepting and deadlines', () => {
  it('accepts as 重要/本级办理: due 2026-02-28 23:59:59 China time, on the resident’s timeline', async () => {
    const id = await submit()
    const r = await staff(DEMO.cadre1, acceptEvent(id))
    expect(r.ok).toBe(true)
    expect(r.data).toMatchObject({ status: 'accepted', dueAt: '2026-02-28T23:59:59+08:00', track: 'local', importance: 'important' })
    const mine = await resident(DEMO.residentA, { action: 'item.get', id })
    expect(mine.data.dueAt).toBe('2026-02-28T23:59:59+08:00')
    expect(mine.data.timeline.at(-1)).toMatchObject({ type: 'accept', actorName: '张建国' })
    expect(mine.data.timeline.at(-1).text).toContain('本级办理')
  })

  it('accepts as 一般: due 2026-02-07 23:59:59', async () => {
    const id = await submit()
    const r = await staff(DEMO.cadre1, acceptEvent(id, { importance: 'normal' }))
    expect(r.data.dueAt).toBe('2026-02-07T23:59:59+08:00')
  })

  it('records the body that decides a bigger matter, and its decision', async () => {
    const id = await submit()
    const r = await staff(DEMO.cadre1, acceptEvent(id, { tier: 'council' }))
    expect(r.data).toMatchObject({ tier: 'council', decidingBody: '议事会', can: { 'item.decide': true } })
    const d = await staff(DEMO.cadre1, { action: 'item.decide', id, meetingDate: '2026-02-04', decision: '同意由村集体出资维修' })
    expect(d.data.decision).toEqual({ meetingDate: '2026-02-04', decision: '同意由村集体出资维修' })
    const plain = await submit()
    await staff(DEMO.cadre1, acceptEvent(plain))
    const refused = await staff(DEMO.cadre1, { action: 'item.decide', id: plain, meetingDate: '2026-02-04', decision: '无' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('answers on the spot: accepted and replied in one step', async () => {
    const id = await submit()
    const r = await staff(DEMO.cadre1, {
      action: 'item.replyOnSpot',
      id,
      track: 'immediate',
      importance: 'normal',
      tier: 'cadre',
      answer: '补贴在社区服务中心窗口办理，带身份证即可',
      unit: '社区服务中心',
      handler: '张建国',
    })
    expect(r.data.status).toBe('replied')
    const mine = await resident(DEMO.residentA, { action: 'item.get', id })
    expect(mine.data.reply).toMatchObject({ unit: '社区服务中心', handler: '张建国' })
    expect(mine.data.can.rate).toBe(true)
  })
})

describe('the whole handling of a matter', () => {
  it('progress, extension, reply, 不满意, reopen, reply, 满意', async () => {
    const id = await submit()
    await staff(DEMO.cadre1, acceptEvent(id))
    clock.advance(24 * 3600_000)
    await staff(DEMO.cadre1, { action: 'item.progress', id, note: '已联系供电所，等待配件', visibleToResident: true })
    await staff(DEMO.cadre1, { action: 'item.progress', id, note: '供电所说这户人难缠', visibleToResident: false })
    const ext = await staff(DEMO.cadre1, { action: 'item.extend', id, reason: '配件缺货', dueDate: '2026-03-10', note: '已下单配件' })
    expect(ext.data).toMatchObject({ status: 'in_progress', dueAt: '2026-03-10T23:59:59+08:00', flags: { extended: true } })

    // a second extension waits for a leader
    const second = await staff(DEMO.cadre1, { action: 'item.extend', id, reason: '施工队排期', dueDate: '2026-03-20', note: '配件已到' })
    expect(second.data).toMatchObject({ dueAt: '2026-03-10T23:59:59+08:00', flags: { extensionPending: true } })
    expect((await staff(DEMO.cadre1, { action: 'item.approveExtension', id, approve: true })).error.code).toBe('FORBIDDEN')
    const approved = await staff(DEMO.leader, { action: 'item.approveExtension', id, approve: true })
    expect(approved.data).toMatchObject({ dueAt: '2026-03-20T23:59:59+08:00', flags: { extensionPending: false } })

    const mine = await resident(DEMO.residentA, { action: 'item.get', id })
    const texts = mine.data.timeline.map((e: { text: string }) => e.text).join('\n')
    expect(texts).toContain('已联系供电所')
    expect(texts).not.toContain('难缠')
    expect(texts).not.toContain('待领导审批')
    expect(mine.data.extensions).toEqual([
      expect.objectContaining({ reason: '配件缺货', note: '已下单配件', dueAt: '2026-03-10T23:59:59+08:00' }),
      expect.objectContaining({ reason: '施工队排期', note: '配件已到', dueAt: '2026-03-20T23:59:59+08:00' }),
    ])

    const replied = await staff(DEMO.cadre1, replyEvent(id))
    expect(replied.data.status).toBe('replied')

    // the opinion is required for 不满意
    const noOpinion = await resident(DEMO.residentA, { action: 'item.rate', id, level: 'unsatisfied', solved: false })
    expect(noOpinion).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect((await rawItem(id))?.status).toBe('replied')

    clock.set('2026-03-01T02:00:00Z')
    const reopened = await resident(DEMO.residentA, { action: 'item.rate', id, level: 'unsatisfied', solved: false, opinion: '灯还是不亮' })
    expect(reopened.data).toMatchObject({ status: 'in_progress', dueAt: '2026-03-08T23:59:59+08:00' })
    const asCadre = await staff(DEMO.cadre1, { action: 'item.get', id })
    expect(asCadre.data.flags).toMatchObject({ followUp: true, supervision: false })

    await staff(DEMO.cadre1, replyEvent(id))
    const again = await resident(DEMO.residentA, { action: 'item.rate', id, level: 'unsatisfied', solved: false, opinion: '还是不亮' })
    expect(again.data.status).toBe('in_progress')
    expect((await staff(DEMO.leader, { action: 'item.get', id })).data.flags.supervision).toBe(true)

    await staff(DEMO.cadre1, replyEvent(id))
    const closed = await resident(DEMO.residentA, { action: 'item.rate', id, level: 'satisfied', solved: true, opinion: '' })
    expect(closed.data).toMatchObject({ status: 'closed', rating: { level: 'satisfied', solved: true } })
    const types = closed.data.timeline.map((e: { type: string }) => e.type)
    expect(types.filter((t: string) => t === 'reopen')).toHaveLength(2)
    expect(types.at(-1)).toBe('close')
  })

  it('ticks off the steps of a 分步实施 matter', async () => {
    const id = await submit()
    const r = await staff(DEMO.cadre1, acceptEvent(id, { track: 'phased', steps: ['勘察现场', '采购配件', '施工'] }))
    expect(r.data.steps.map((s: { done: boolean }) => s.done)).toEqual([false, false, false])
    const p = await staff(DEMO.cadre1, { action: 'item.progress', id, note: '现场已勘察', visibleToResident: true, stepIndex: 0 })
    expect(p.data.steps[0]).toMatchObject({ title: '勘察现场', done: true })
    const twice = await staff(DEMO.cadre1, { action: 'item.progress', id, note: '再勘察', visibleToResident: true, stepIndex: 0 })
    expect(twice).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    const none = await staff(DEMO.cadre1, { action: 'item.progress', id, note: '第五步', visibleToResident: true, stepIndex: 5 })
    expect(none).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('escalates to an upper department and records its answer (代理办事)', async () => {
    const id = await submit()
    await staff(DEMO.cadre1, acceptEvent(id, { track: 'escalate' }))
    const e = await staff(DEMO.cadre1, { action: 'item.escalate', id, department: '区交通局', takenAt: '2026-02-02' })
    expect(e.data).toMatchObject({ escalation: { department: '区交通局', answer: null }, assignee: { openid: DEMO.cadre1 } })
    const a = await staff(DEMO.cadre1, { action: 'item.escalationAnswer', id, answer: '已列入春季修路计划' })
    expect(a.data.escalation.answer).toBe('已列入春季修路计划')
  })

  it('transfers to another cadre of the point, who becomes responsible', async () => {
    const id = await submit()
    const wrong = await staff(DEMO.cadre1, { action: 'item.transfer', id, to: OTHER_POINT_CADRE, reason: '试试' })
    expect(wrong).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    const r = await staff(DEMO.cadre1, { action: 'item.transfer', id, to: DEMO.cadre2, reason: '李秀英分管此事' })
    expect(r.ok).toBe(true)
    expect((await rawItem(id))?.assignee).toEqual({ openid: DEMO.cadre2, name: '李秀英' })
    // the former owner is now just a cadre of the point: read-only and masked
    const former = await staff(DEMO.cadre1, { action: 'item.get', id })
    expect(former.data.contactMasked).toBe(true)
    expect((await staff(DEMO.cadre1, acceptEvent(id))).error.code).toBe('FORBIDDEN')
    expect((await staff(DEMO.cadre2, acceptEvent(id))).ok).toBe(true)
    const mine = await resident(DEMO.residentA, { action: 'item.get', id })
    expect(mine.data.assignee.name).toBe('李秀英')
    expect(JSON.stringify(mine.data.timeline)).not.toContain('分管此事')
  })
})

describe('who may see personal data', () => {
  it('masks it for other cadres, shows it to the responsible cadre and leaders, and audits those views', async () => {
    const id = await submit()
    const other = await staff(DEMO.cadre2, { action: 'item.get', id })
    expect(other.data.contact).toEqual({ name: '张**', phone: '138****5678', address: '新东社区幸福****' })
    expect(JSON.stringify(other)).not.toContain('13812345678')
    const auditCount = async () => (await db().collection('audit').where({ target: id }).count()).total
    expect(await auditCount()).toBe(0)
    const own = await staff(DEMO.cadre1, { action: 'item.get', id })
    expect(own.data.contact).toEqual(contact)
    const lead = await staff(DEMO.leader, { action: 'item.get', id })
    expect(lead.data.contactMasked).toBe(false)
    expect(await auditCount()).toBe(2)
    const entries = (await db().collection('audit').where({ target: id }).get()).data
    expect(entries.map((e) => e.actor).sort()).toEqual([DEMO.cadre1, DEMO.leader].sort())
  })
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
    { action: 'invite.create', name: '新干部', role: 'cadre', points: ['xd01'] },
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
    const id = await submit()
    await staff(DEMO.cadre1, acceptEvent(id))
    const before = await rawItem(id)
    const audits = (await db().collection('audit').count()).total
    for (const event of itemActions(id)) {
      const r = await staff(who, event)
      expect({ action: event.action, r }).toMatchObject({ action: event.action, r: { ok: false, error: { code: 'FORBIDDEN' } } })
      expect(JSON.stringify(r)).not.toContain(contact.phone)
    }
    expect(await rawItem(id)).toEqual(before)
    expect((await db().collection('audit').count()).total).toBe(audits)
  })

  it.each(outsiders)('%s is refused the workbench and the admin actions', async (_label, who) => {
    const points = JSON.stringify((await db().collection('points').orderBy('code', 'asc').get()).data)
    const people = JSON.stringify((await db().collection('staff').orderBy('openid', 'asc').get()).data)
    for (const event of adminActions) {
      // a cadre elsewhere may use their own workbench and see their own point's staff
      if (who === OTHER_POINT_CADRE && ['queue', 'me', 'staff.list'].includes(event.action)) continue
      const r = await staff(who, event)
      expect({ action: event.action, r }).toMatchObject({ action: event.action, r: { ok: false, error: { code: 'FORBIDDEN' } } })
    }
    expect(JSON.stringify((await db().collection('points').orderBy('code', 'asc').get()).data)).toBe(points)
    expect(JSON.stringify((await db().collection('staff').orderBy('openid', 'asc').get()).data)).toBe(people)
  })

  it('a cadre of another point sees none of this point’s matters in their workbench', async () => {
    await submit()
    const r = await staff(OTHER_POINT_CADRE, { action: 'queue', tab: 'pending' })
    expect(r.ok).toBe(true)
    expect(r.data.items.filter((i: { pointName: string }) => i.pointName === '新东社区民情说事点')).toEqual([])
  })

  it('a cadre who is not responsible may read (masked) but not act', async () => {
    const id = await submit()
    const r = await staff(DEMO.cadre2, acceptEvent(id))
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('a resident cannot act on someone else’s matter either', async () => {
    const id = await submit()
    for (const event of [
      { action: 'item.withdraw', id },
      { action: 'item.supplement', id, requestId: 'supplement-from-b-01', content: '我来补充一下' },
      { action: 'item.rate', id, level: 'satisfied', solved: true },
    ]) {
      expect((await resident(DEMO.residentB, event)).error.code).toBe('NOT_FOUND')
    }
    expect((await rawItem(id))?.timeline).toHaveLength(2)
  })
})

describe('concurrency', () => {
  it('two cadres accepting at once: one wins, the other gets CONFLICT, one timeline entry', async () => {
    const id = await submit()
    const [a, b] = await Promise.all([staff(DEMO.cadre1, acceptEvent(id)), staff(DEMO.leader, acceptEvent(id, { importance: 'normal' }))])
    expect([a.ok, b.ok].sort()).toEqual([false, true])
    expect([a, b].find((r) => !r.ok)?.error.code).toBe('CONFLICT')
    const item = await rawItem(id)
    expect(item?.timeline.filter((e: { type: string }) => e.type === 'accept')).toHaveLength(1)
  })

  it('two replies at once: one wins, the other gets CONFLICT', async () => {
    const id = await submit()
    await staff(DEMO.cadre1, acceptEvent(id))
    const [a, b] = await Promise.all([staff(DEMO.cadre1, replyEvent(id)), staff(DEMO.leader, replyEvent(id))])
    expect([a.ok, b.ok].sort()).toEqual([false, true])
    expect([a, b].find((r) => !r.ok)?.error.code).toBe('CONFLICT')
    const item = await rawItem(id)
    expect(item?.timeline.filter((e: { type: string }) => e.type === 'reply')).toHaveLength(1)
  })
})

describe('the workbench', () => {
  it('sorts a cadre’s matters into tabs with counts', async () => {
    // cadre3 handles 邻里纠纷 at xd01 and has nothing else yet
    const pending = await submit('邻里纠纷')
    const dueSoon = await submit('邻里纠纷')
    const overdue = await submit('邻里纠纷')
    const replied = await submit('邻里纠纷')
    await staff(DEMO.cadre3, acceptEvent(dueSoon, { importance: 'normal' })) // due 2026-02-07
    clock.set('2026-01-20T02:00:00Z')
    await staff(DEMO.cadre3, acceptEvent(overdue, { importance: 'normal' })) // due 2026-01-27
    clock.set('2026-01-31T02:00:00Z')
    await staff(DEMO.cadre3, acceptEvent(replied))
    await staff(DEMO.cadre3, replyEvent(replied))
    clock.set('2026-02-06T02:00:00Z')

    const q = async (tab: string) => (await staff(DEMO.cadre3, { action: 'queue', tab })).data
    const pendingTab = await q('pending')
    expect(pendingTab.counts).toEqual({ pending: 1, active: 2, dueSoon: 1, overdue: 1, awaitingRating: 1, closed: 0, all: 4 })
    expect(pendingTab.items.map((i: { id: string }) => i.id)).toEqual([pending])
    expect(pendingTab.items[0].flags.lateAcceptance).toBe(true)
    expect((await q('dueSoon')).items.map((i: { id: string }) => i.id)).toEqual([dueSoon])
    expect((await q('overdue')).items.map((i: { id: string }) => i.id)).toEqual([overdue])
    expect((await q('active')).items.map((i: { id: string }) => i.id)).toEqual([overdue, dueSoon])
    expect((await q('awaitingRating')).items.map((i: { id: string }) => i.id)).toEqual([replied])
    expect(JSON.stringify(pendingTab)).not.toContain(contact.phone)

    // a leader sees the whole point and can filter by cadre
    const leader = (await staff(DEMO.leader, { action: 'queue', tab: 'pending', cadre: DEMO.cadre3 })).data
    expect(leader.counts).toEqual(pendingTab.counts)
    const cadreFilter = await staff(DEMO.cadre1, { action: 'queue', tab: 'pending', cadre: DEMO.cadre3 })
    expect(cadreFilter.error.code).toBe('FORBIDDEN')
  })

  it('pages through a tab without overlap', async () => {
    for (let i = 0; i < 7; i++) await submit('治安消防', DEMO.residentB)
    const seen: string[] = []
    let cursor: string | undefined
    do {
      const r = await staff(DEMO.cadre3, { action: 'queue', tab: 'pending', limit: 3, ...(cursor ? { cursor } : {}) })
      seen.push(...r.data.items.map((i: { id: string }) => i.id))
      cursor = r.data.nextCursor ?? undefined
    } while (cursor)
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen.length).toBeGreaterThanOrEqual(7)
  })
})

describe('the resident’s side', () => {
  it('withdraws before acceptance, not after', async () => {
    const id = await submit()
    const w = await resident(DEMO.residentA, { action: 'item.withdraw', id })
    expect(w.data).toMatchObject({ status: 'withdrawn', can: { withdraw: false, supplement: false, rate: false } })
    const accepted = await submit()
    await staff(DEMO.cadre1, acceptEvent(accepted))
    expect((await resident(DEMO.residentA, { action: 'item.withdraw', id: accepted })).error.code).toBe('CONFLICT')
  })

  it('adds information while the matter is open', async () => {
    const id = await submit()
    const event = { action: 'item.supplement', id, requestId: 'supplement-0000001', content: '晚上七点以后最暗' }
    const s = await resident(DEMO.residentA, event)
    expect(s.data.timeline.at(-1)).toMatchObject({ type: 'supplement', actorName: '居民' })
    // a retry after a lost reply, even at once, adds nothing twice
    const [again, twice] = await Promise.all([resident(DEMO.residentA, event), resident(DEMO.residentA, event)])
    expect(again.ok && twice.ok).toBe(true)
    expect((await rawItem(id))?.supplements).toHaveLength(1)
    expect((await rawItem(id))?.timeline.filter((e: { type: string }) => e.type === 'supplement')).toHaveLength(1)
    const empty = await resident(DEMO.residentA, { action: 'item.supplement', id, requestId: 'supplement-0000002' })
    expect(empty.error.code).toBe('INVALID_INPUT')
  })
})

describe('the scheduler', () => {
  it('closes a reply left unrated for 14 days as 未评价', async () => {
    const id = await submit()
    await staff(DEMO.cadre1, acceptEvent(id))
    await staff(DEMO.cadre1, replyEvent(id))
    clock.advance(13 * 24 * 3600_000)
    expect((await sys.call('scheduler', null, { action: 'tick' })).ok).toBe(true)
    expect((await rawItem(id))?.status).toBe('replied')
    clock.advance(24 * 3600_000)
    await sys.call('scheduler', null, { action: 'tick' })
    const item = await rawItem(id)
    expect(item).toMatchObject({ status: 'closed', closedReason: 'unrated' })
    expect(item?.rating ?? null).toBeNull()
  })

  it('refuses to run for a mini-program user', async () => {
    expect(await sys.call('scheduler', DEMO.residentA, { action: 'tick' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})

describe('onboarding and administration', () => {
  it('an admin invites a cadre, who redeems the code once within 7 days', async () => {
    const invite = await staff(DEMO.admin, { action: 'invite.create', name: '周新来', role: 'cadre', points: ['xd01'] })
    expect(invite.data.code).toMatch(/^[A-Z2-9]{10}$/)
    const joined = await staff('new-person', { action: 'invite.redeem', code: invite.data.code })
    expect(joined.data).toMatchObject({ name: '周新来', roles: ['cadre'], points: ['xd01'], active: true })
    expect((await staff('someone-else', { action: 'invite.redeem', code: invite.data.code })).error.code).toBe('CONFLICT')
    expect((await staff('new-person', { action: 'me' })).data.pointsDetail[0].code).toBe('xd01')

    const late = await staff(DEMO.admin, { action: 'invite.create', name: '迟到', role: 'cadre', points: ['xd01'] })
    clock.advance(8 * 24 * 3600_000)
    expect((await staff('late-person', { action: 'invite.redeem', code: late.data.code })).error.code).toBe('CONFLICT')
    expect((await staff('late-person', { action: 'me' })).error.code).toBe('FORBIDDEN')
    expect((await staff('x', { action: 'invite.redeem', code: 'NOSUCHCODE' })).error.code).toBe('NOT_FOUND')
  })

  it('the bootstrap code makes no admin while one exists', async () => {
    const r = await staff('would-be-admin', { action: 'invite.redeem', code: 'first-admin-code-2026' })
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect((await staff('would-be-admin', { action: 'me' })).error.code).toBe('FORBIDDEN')
  })

  it('lists staff: everyone for an admin, the active staff of their own points for a cadre', async () => {
    const all = await staff(DEMO.admin, { action: 'staff.list' })
    expect(all.data.staff.map((s: { openid: string }) => s.openid)).toContain(RETIRED_CADRE)
    const mine = await staff(DEMO.cadre2, { action: 'staff.list' })
    const openids = mine.data.staff.map((s: { openid: string }) => s.openid)
    expect(openids).toContain(DEMO.cadre1)
    expect(openids).not.toContain(RETIRED_CADRE)
    expect(openids).not.toContain(OTHER_POINT_CADRE)
    const elsewhere = await staff(OTHER_POINT_CADRE, { action: 'staff.list' })
    expect(elsewhere.data.staff.map((s: { openid: string }) => s.openid)).toEqual([OTHER_POINT_CADRE])
  })

  it('shows an admin every point’s routing table', async () => {
    const r = await staff(DEMO.admin, { action: 'routing.list' })
    const xd01 = r.data.points.find((p: { code: string }) => p.code === 'xd01')
    expect(xd01).toMatchObject({ leadCadre: DEMO.cadre1, routing: { 环境卫生: DEMO.cadre2 } })
  })

  it('sets a point’s routing table, and new matters follow it', async () => {
    const r = await staff(DEMO.admin, { action: 'routing.set', pointCode: 'xd01', category: '就业创业', cadre: DEMO.cadre3 })
    expect(r.data.routing['就业创业']).toBe(DEMO.cadre3)
    const id = await submit('就业创业')
    expect((await rawItem(id))?.assignee.openid).toBe(DEMO.cadre3)
    const bad = await staff(DEMO.admin, { action: 'routing.set', pointCode: 'xd01', category: '就业创业', cadre: OTHER_POINT_CADRE })
    expect(bad.error.code).toBe('INVALID_INPUT')
    await staff(DEMO.admin, { action: 'routing.set', pointCode: 'xd01', category: '就业创业', cadre: null })
  })

  it('deactivating a cadre hands their open matters to another', async () => {
    const invite = await staff(DEMO.admin, { action: 'invite.create', name: '临时工', role: 'cadre', points: ['xd01'] })
    await staff('temp-cadre', { action: 'invite.redeem', code: invite.data.code })
    await staff(DEMO.admin, { action: 'routing.set', pointCode: 'xd01', category: '其他', cadre: 'temp-cadre' })
    const a = await submit('其他')
    const b = await submit('其他')
    await staff('temp-cadre', acceptEvent(b))
    const r = await staff(DEMO.admin, { action: 'staff.deactivate', openid: 'temp-cadre', transferTo: DEMO.cadre1 })
    expect(r.data.transferred).toBe(2)
    expect((await rawItem(a))?.assignee.openid).toBe(DEMO.cadre1)
    expect((await rawItem(b))?.assignee.openid).toBe(DEMO.cadre1)
    expect((await staff('temp-cadre', { action: 'queue', tab: 'pending' })).error.code).toBe('FORBIDDEN')
    // the routing table now falls back to the lead cadre
    const c = await submit('其他')
    expect((await rawItem(c))?.assignee.openid).toBe(DEMO.cadre1)
  })

  const newPoint = {
    action: 'points.upsert',
    code: 'xd03',
    name: '新东社区第三说事点',
    kind: 'talk',
    community: '新东社区',
    address: '新东社区幸福路 120 号',
    openHours: '每周一 9:00–11:30',
    leadCadre: DEMO.cadre1,
  }
  const POINT_VIEW_KEYS = ['address', 'code', 'community', 'kind', 'name', 'openHours']
  const adminPoint = async (code: string) =>
    (await staff(DEMO.admin, { action: 'routing.list' })).data.points.find((p: { code: string }) => p.code === code)
  const submitAt = (pointCode: string) =>
    resident(DEMO.residentA, {
      action: 'item.submit',
      requestId: `staff-test-point-${pointCode}-${++n}`,
      pointCode,
      category: '政策咨询',
      content: '小区门口的公交站牌被撞歪了，请帮忙反映',
      contact,
    })

  it('an admin creates a point: residents see it (without leadCadre or routing), its lead cadre answers', async () => {
    const { action: _action, ...fields } = newPoint
    const created = await staff(DEMO.admin, newPoint)
    expect(created).toMatchObject({ ok: true })
    expect(Object.keys(created.data).sort()).toEqual(POINT_VIEW_KEYS)
    expect(created.data).toMatchObject({ code: 'xd03', name: '新东社区第三说事点', kind: 'talk' })

    const listed = (await resident(DEMO.residentB, { action: 'points.list' })).data.points
    const shown = listed.find((p: { code: string }) => p.code === 'xd03')
    expect(shown).toEqual({ code: 'xd03', name: fields.name, kind: 'talk', community: fields.community, address: fields.address, openHours: fields.openHours })
    for (const p of listed) expect(Object.keys(p).sort()).toEqual(POINT_VIEW_KEYS)
    const got = await resident(DEMO.residentB, { action: 'points.get', code: 'xd03' })
    expect(got.data).toEqual(shown)
    expect(JSON.stringify(got)).not.toContain(DEMO.cadre1)

    expect(await adminPoint('xd03')).toMatchObject({ leadCadre: DEMO.cadre1, routing: {}, active: true })
    const submitted = await submitAt('xd03')
    expect(submitted.data.assignee.name).toBe('张建国')
    expect((await rawItem(submitted.data.id))).toMatchObject({ pointCode: 'xd03', pointName: '新东社区第三说事点' })
  })

  it('an admin edits a point’s name and open hours; its routing table and lead cadre are kept', async () => {
    const before = await adminPoint('xd01')
    expect(Object.keys(before.routing).length).toBeGreaterThan(0)
    const { routing: _routing, active: _active, ...view } = before
    const edited = await staff(DEMO.admin, {
      ...view,
      action: 'points.upsert',
      name: '新东社区民情说事点（新址）',
      openHours: '每周三、周六 9:00–12:00',
    })
    expect(edited.data).toMatchObject({ code: 'xd01', name: '新东社区民情说事点（新址）', openHours: '每周三、周六 9:00–12:00' })
    const after = await adminPoint('xd01')
    expect(after).toMatchObject({ leadCadre: before.leadCadre, active: true, address: before.address })
    expect(after.routing).toEqual(before.routing)
    expect((await resident(DEMO.residentA, { action: 'points.get', code: 'xd01' })).data.openHours).toBe('每周三、周六 9:00–12:00')
    const id = await submit('环境卫生')
    expect((await rawItem(id))?.assignee.openid).toBe(before.routing['环境卫生'])

    // as it was, for whatever follows
    await staff(DEMO.admin, { ...view, action: 'points.upsert' })
    expect(await adminPoint('xd01')).toEqual(before)
  })

  it('active: false hides a point from residents and refuses submissions to it; an edit keeps it hidden', async () => {
    const off = await staff(DEMO.admin, { ...newPoint, active: false })
    expect(off).toMatchObject({ ok: true })
    const listed = (await resident(DEMO.residentA, { action: 'points.list' })).data.points
    expect(listed.map((p: { code: string }) => p.code)).not.toContain('xd03')
    expect(listed.map((p: { code: string }) => p.code)).toContain('xd01')
    expect((await resident(DEMO.residentA, { action: 'points.get', code: 'xd03' })).error.code).toBe('NOT_FOUND')
    expect(await submitAt('xd03')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await adminPoint('xd03')).toMatchObject({ active: false })

    // an edit that does not mention `active` leaves it as it is
    await staff(DEMO.admin, { ...newPoint, openHours: '暂停开放' })
    expect(await adminPoint('xd03')).toMatchObject({ active: false, openHours: '暂停开放' })
    expect((await resident(DEMO.residentA, { action: 'points.get', code: 'xd03' })).error.code).toBe('NOT_FOUND')

    await staff(DEMO.admin, { ...newPoint, active: true })
    expect((await resident(DEMO.residentA, { action: 'points.get', code: 'xd03' })).data.openHours).toBe(newPoint.openHours)
  })

  it('a lead cadre who is not active staff is INVALID_INPUT, and nothing is written', async () => {
    const pointsBefore = await db().collection('points').orderBy('code', 'asc').limit(100).get()
    for (const leadCadre of [RETIRED_CADRE, 'nobody-at-all']) {
      const fresh = await staff(DEMO.admin, { ...newPoint, code: 'xd04', leadCadre })
      expect(fresh).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
      const edit = await staff(DEMO.admin, { ...newPoint, name: '不该写入的名称', leadCadre })
      expect(edit).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    }
    expect((await db().collection('points').doc('point-xd04').get()).data).toBeFalsy()
    expect(await db().collection('points').orderBy('code', 'asc').limit(100).get()).toEqual(pointsBefore)
    expect((await resident(DEMO.residentA, { action: 'points.get', code: 'xd04' })).error.code).toBe('NOT_FOUND')
    expect((await resident(DEMO.residentA, { action: 'points.get', code: 'xd03' })).data.name).toBe(newPoint.name)
  })

  it('a lead cadre must be a cadre or leader, and the point becomes one of theirs', async () => {
    const adminOnly = await staff(DEMO.admin, { ...newPoint, code: 'xd05', leadCadre: DEMO.admin })
    expect(adminOnly).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect((await db().collection('points').doc('point-xd05').get()).data).toBeFalsy()
    const made = await staff(DEMO.admin, { ...newPoint, code: 'xd05', name: '新东社区第五说事点', leadCadre: DEMO.leader, create: true })
    expect(made.ok).toBe(true)
    expect((await db().collection('staff').doc(DEMO.leader).get()).data?.points).toContain('xd05')
    // the leader's workbench now covers the matters of the point they lead
    const id = (await submitAt('xd05')).data.id
    const queue = await staff(DEMO.leader, { action: 'queue', tab: 'pending', cadre: DEMO.leader })
    expect(queue.data.items.map((i: { id: string }) => i.id)).toContain(id)
  })

  it('adding a point with a code in use is refused, not an overwrite', async () => {
    const before = (await db().collection('points').doc('point-xd01').get()).data
    const r = await staff(DEMO.admin, { ...newPoint, code: 'xd01', name: '冒名顶替', create: true })
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect((await db().collection('points').doc('point-xd01').get()).data).toEqual(before)
  })

  it('an invite redeemed by someone already on the staff adds a role and points but keeps their name', async () => {
    const invite = await staff(DEMO.admin, { action: 'invite.create', name: '张建国同志', role: 'deputy', points: ['xd02'] })
    const r = await staff(DEMO.cadre1, { action: 'invite.redeem', code: invite.data.code })
    expect(r.data).toMatchObject({ name: '张建国', roles: ['cadre', 'deputy'] })
    expect(r.data.points).toEqual(expect.arrayContaining(['xd01', 'xd02']))
  })

  it('only an admin may create or edit a point', async () => {
    for (const who of [DEMO.cadre1, DEMO.leader, DEMO.residentA]) {
      const r = await staff(who, { ...newPoint, name: '越权修改' })
      expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect((await adminPoint('xd03')).name).toBe(newPoint.name)
  })
})
