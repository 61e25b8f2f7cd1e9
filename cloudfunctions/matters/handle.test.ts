import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { acceptEvent, contact, DEMO, replyEvent, startWorld, type World } from '../testing'

// 2026-01-31 10:00 China time
const START = '2026-01-31T02:00:00Z'
let w: World

beforeAll(async () => {
  w = await startWorld(START)
})
afterAll(async () => {
  await w.stop()
})
beforeEach(() => {
  w.clock.set(START)
})

describe('accepting and deadlines', () => {
  it('accepts as 重要/本级办理: due 2026-02-28 23:59:59 China time, on the resident’s timeline', async () => {
    const id = await w.submit()
    const r = await w.staff(DEMO.cadre1, acceptEvent(id))
    expect(r.ok).toBe(true)
    expect(r.data).toMatchObject({ status: 'accepted', dueAt: '2026-02-28T23:59:59+08:00', track: 'local', importance: 'important' })
    const mine = await w.resident(DEMO.residentA, { action: 'item.get', id })
    expect(mine.data.dueAt).toBe('2026-02-28T23:59:59+08:00')
    expect(mine.data.timeline.at(-1)).toMatchObject({ type: 'accept', actorName: '张建国' })
    expect(mine.data.timeline.at(-1).text).toContain('本级办理')
  })

  it('accepts as 一般: due 2026-02-07 23:59:59', async () => {
    const id = await w.submit()
    const r = await w.staff(DEMO.cadre1, acceptEvent(id, { importance: 'normal' }))
    expect(r.data.dueAt).toBe('2026-02-07T23:59:59+08:00')
  })

  it('records the body that decides a bigger matter, and its decision', async () => {
    const id = await w.submit()
    const r = await w.staff(DEMO.cadre1, acceptEvent(id, { tier: 'council' }))
    expect(r.data).toMatchObject({ tier: 'council', decidingBody: '议事会', can: { 'item.decide': true } })
    const d = await w.staff(DEMO.cadre1, { action: 'item.decide', id, meetingDate: '2026-01-30', decision: '同意由村集体出资维修' })
    expect(d.data.decision).toEqual({ meetingDate: '2026-01-30', decision: '同意由村集体出资维修' })
    const plain = await w.submit()
    await w.staff(DEMO.cadre1, acceptEvent(plain))
    const refused = await w.staff(DEMO.cadre1, { action: 'item.decide', id: plain, meetingDate: '2026-01-30', decision: '无' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('answers on the spot: accepted and replied in one step', async () => {
    const id = await w.submit()
    const r = await w.staff(DEMO.cadre1, {
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
    const mine = await w.resident(DEMO.residentA, { action: 'item.get', id })
    expect(mine.data.reply).toMatchObject({ unit: '社区服务中心', handler: '张建国' })
    expect(mine.data.can.rate).toBe(true)
  })
})

describe('the whole handling of a matter', () => {
  it('progress, extension, reply, 不满意, reopen, reply, 满意', async () => {
    const id = await w.submit()
    await w.staff(DEMO.cadre1, acceptEvent(id))
    w.clock.advance(24 * 3600_000)
    await w.staff(DEMO.cadre1, { action: 'item.progress', id, note: '已联系供电所，等待配件', visibleToResident: true })
    await w.staff(DEMO.cadre1, { action: 'item.progress', id, note: '供电所说这户人难缠', visibleToResident: false })
    const ext = await w.staff(DEMO.cadre1, { action: 'item.extend', id, reason: '配件缺货', dueDate: '2026-03-10', note: '已下单配件' })
    expect(ext.data).toMatchObject({ status: 'in_progress', dueAt: '2026-03-10T23:59:59+08:00', flags: { extended: true } })

    // a second extension waits for a leader
    const second = await w.staff(DEMO.cadre1, { action: 'item.extend', id, reason: '施工队排期', dueDate: '2026-03-20', note: '配件已到' })
    expect(second.data).toMatchObject({ dueAt: '2026-03-10T23:59:59+08:00', flags: { extensionPending: true } })
    expect((await w.staff(DEMO.cadre1, { action: 'item.approveExtension', id, approve: true })).error.code).toBe('FORBIDDEN')
    const approved = await w.staff(DEMO.leader, { action: 'item.approveExtension', id, approve: true })
    expect(approved.data).toMatchObject({ dueAt: '2026-03-20T23:59:59+08:00', flags: { extensionPending: false } })

    const mine = await w.resident(DEMO.residentA, { action: 'item.get', id })
    const texts = mine.data.timeline.map((e: { text: string }) => e.text).join('\n')
    expect(texts).toContain('已联系供电所')
    expect(texts).not.toContain('难缠')
    expect(texts).not.toContain('待领导审批')
    expect(mine.data.extensions).toEqual([
      expect.objectContaining({ reason: '配件缺货', note: '已下单配件', dueAt: '2026-03-10T23:59:59+08:00' }),
      expect.objectContaining({ reason: '施工队排期', note: '配件已到', dueAt: '2026-03-20T23:59:59+08:00' }),
    ])

    const replied = await w.staff(DEMO.cadre1, replyEvent(id))
    expect(replied.data.status).toBe('replied')

    // the opinion is required for 不满意
    const noOpinion = await w.resident(DEMO.residentA, { action: 'item.rate', id, level: 'unsatisfied', solved: false })
    expect(noOpinion).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect((await w.rawItem(id))?.status).toBe('replied')

    w.clock.set('2026-03-01T02:00:00Z')
    const reopened = await w.resident(DEMO.residentA, { action: 'item.rate', id, level: 'unsatisfied', solved: false, opinion: '灯还是不亮' })
    expect(reopened.data).toMatchObject({ status: 'in_progress', dueAt: '2026-03-08T23:59:59+08:00' })
    const asCadre = await w.staff(DEMO.cadre1, { action: 'item.get', id })
    expect(asCadre.data.flags).toMatchObject({ followUp: true, supervision: false })

    await w.staff(DEMO.cadre1, replyEvent(id))
    const again = await w.resident(DEMO.residentA, { action: 'item.rate', id, level: 'unsatisfied', solved: false, opinion: '还是不亮' })
    expect(again.data.status).toBe('in_progress')
    expect((await w.staff(DEMO.leader, { action: 'item.get', id })).data.flags.supervision).toBe(true)

    await w.staff(DEMO.cadre1, replyEvent(id))
    const closed = await w.resident(DEMO.residentA, { action: 'item.rate', id, level: 'satisfied', solved: true, opinion: '' })
    expect(closed.data).toMatchObject({ status: 'closed', rating: { level: 'satisfied', solved: true } })
    const types = closed.data.timeline.map((e: { type: string }) => e.type)
    expect(types.filter((t: string) => t === 'reopen')).toHaveLength(2)
    expect(types.at(-1)).toBe('close')
  })

  it('ticks off the steps of a 分步实施 matter', async () => {
    const id = await w.submit()
    const r = await w.staff(DEMO.cadre1, acceptEvent(id, { track: 'phased', steps: ['勘察现场', '采购配件', '施工'] }))
    expect(r.data.steps.map((s: { done: boolean }) => s.done)).toEqual([false, false, false])
    const before = (await w.rawItem(id))!.timeline.length
    const p = await w.staff(DEMO.cadre1, { action: 'item.progress', id, note: '现场已勘察。', visibleToResident: true, stepIndex: 0 })
    expect(p.data.steps[0]).toMatchObject({ title: '勘察现场', done: true })
    // one action, one entry, and no doubled 。
    const added = (await w.rawItem(id))!.timeline.slice(before)
    expect(added.map((e: { type: string; text: string }) => [e.type, e.text])).toEqual([['step', '完成第 1 步“勘察现场”：现场已勘察']])
    const twice = await w.staff(DEMO.cadre1, { action: 'item.progress', id, note: '再勘察', visibleToResident: true, stepIndex: 0 })
    expect(twice).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    const none = await w.staff(DEMO.cadre1, { action: 'item.progress', id, note: '第五步', visibleToResident: true, stepIndex: 5 })
    expect(none).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('escalates to an upper department and records its answer (代理办事)', async () => {
    const id = await w.submit()
    await w.staff(DEMO.cadre1, acceptEvent(id, { track: 'escalate' }))
    const e = await w.staff(DEMO.cadre1, { action: 'item.escalate', id, department: '区交通局', takenAt: '2026-01-31' })
    expect(e.data).toMatchObject({ escalation: { department: '区交通局', answer: null }, assignee: { openid: DEMO.cadre1 } })
    const a = await w.staff(DEMO.cadre1, { action: 'item.escalationAnswer', id, answer: '已列入春季修路计划' })
    expect(a.data.escalation.answer).toBe('已列入春季修路计划')
  })

  it('transfers to another cadre of the point, who becomes responsible', async () => {
    const elsewhere = await w.addPoint()
    const id = await w.submit()
    const wrong = await w.staff(DEMO.cadre1, { action: 'item.transfer', id, to: elsewhere.lead, reason: '试试' })
    expect(wrong).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    const r = await w.staff(DEMO.cadre1, { action: 'item.transfer', id, to: DEMO.cadre2, reason: '李秀英分管此事' })
    expect(r.ok).toBe(true)
    expect((await w.rawItem(id))?.assignee).toEqual({ openid: DEMO.cadre2, name: '李秀英' })
    // the former owner is now just a cadre of the point: read-only and masked
    const former = await w.staff(DEMO.cadre1, { action: 'item.get', id })
    expect(former.data.contactMasked).toBe(true)
    expect((await w.staff(DEMO.cadre1, acceptEvent(id))).error.code).toBe('FORBIDDEN')
    expect((await w.staff(DEMO.cadre2, acceptEvent(id))).ok).toBe(true)
    const mine = await w.resident(DEMO.residentA, { action: 'item.get', id })
    expect(mine.data.assignee.name).toBe('李秀英')
    expect(JSON.stringify(mine.data.timeline)).not.toContain('分管此事')
  })
})

describe('who may see personal data', () => {
  it('masks it for other cadres, shows it to the responsible cadre and leaders, and audits those views', async () => {
    const id = await w.submit()
    const other = await w.staff(DEMO.cadre2, { action: 'item.get', id })
    expect(other.data.contact).toEqual({ name: '张**', phone: '138****5678', address: '新东社区幸福****' })
    expect(JSON.stringify(other)).not.toContain('13812345678')
    const auditCount = async () => (await w.db().collection('audit').where({ target: id }).count()).total
    expect(await auditCount()).toBe(0)
    const own = await w.staff(DEMO.cadre1, { action: 'item.get', id })
    expect(own.data.contact).toEqual(contact)
    const lead = await w.staff(DEMO.leader, { action: 'item.get', id })
    expect(lead.data.contactMasked).toBe(false)
    expect(await auditCount()).toBe(2)
    const entries = (await w.db().collection('audit').where({ target: id }).get()).data
    expect(entries.map((e) => e.actor).sort()).toEqual([DEMO.cadre1, DEMO.leader].sort())
  })

  it('a cadre who is not responsible may read (masked) but not act', async () => {
    const id = await w.submit()
    const r = await w.staff(DEMO.cadre2, acceptEvent(id))
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})

describe('concurrency', () => {
  it('two cadres accepting at once: one wins, the other gets CONFLICT, one timeline entry', async () => {
    const id = await w.submit()
    const [a, b] = await Promise.all([w.staff(DEMO.cadre1, acceptEvent(id)), w.staff(DEMO.leader, acceptEvent(id, { importance: 'normal' }))])
    expect([a.ok, b.ok].sort()).toEqual([false, true])
    expect([a, b].find((r) => !r.ok)?.error.code).toBe('CONFLICT')
    const item = await w.rawItem(id)
    expect(item?.timeline.filter((e: { type: string }) => e.type === 'accept')).toHaveLength(1)
  })

  it('two replies at once: one wins, the other gets CONFLICT', async () => {
    const id = await w.submit()
    await w.staff(DEMO.cadre1, acceptEvent(id))
    const [a, b] = await Promise.all([w.staff(DEMO.cadre1, replyEvent(id)), w.staff(DEMO.leader, replyEvent(id))])
    expect([a.ok, b.ok].sort()).toEqual([false, true])
    expect([a, b].find((r) => !r.ok)?.error.code).toBe('CONFLICT')
    const item = await w.rawItem(id)
    expect(item?.timeline.filter((e: { type: string }) => e.type === 'reply')).toHaveLength(1)
  })
})

describe('timelines that read right', () => {
  it('a reason that ends with 。 is not doubled', async () => {
    const id = await w.submit()
    await w.staff(DEMO.cadre1, acceptEvent(id))
    await w.staff(DEMO.cadre1, { action: 'item.extend', id, reason: '配件缺货。', dueDate: '2026-03-10', note: '已下单配件。' })
    const text = (await w.rawItem(id))!.timeline.at(-1).text as string
    expect(text).toBe('延期至 2026-03-10。原因：配件缺货。目前进展：已下单配件')
    expect(text).not.toContain('。。')
  })
})

describe('bounds on dates', () => {
  it('refuses extensions to absurd dates and writes nothing', async () => {
    const id = await w.submit()
    await w.staff(DEMO.cadre1, acceptEvent(id)) // due 2026-02-28
    const before = await w.rawItem(id)
    for (const dueDate of ['9999-12-31', '2027-03-01', '2026-02-20']) {
      const r = await w.staff(DEMO.cadre1, { action: 'item.extend', id, reason: '配件缺货', dueDate, note: '已下单配件' })
      expect({ dueDate, r }).toMatchObject({ dueDate, r: { ok: false, error: { code: 'INVALID_INPUT' } } })
    }
    expect(await w.rawItem(id)).toEqual(before)
  })

  it('a first extension more than a month past the due date waits for a leader', async () => {
    const id = await w.submit()
    await w.staff(DEMO.cadre1, acceptEvent(id)) // due 2026-02-28
    const asked = await w.staff(DEMO.cadre1, { action: 'item.extend', id, reason: '等待上级批复', dueDate: '2026-06-30', note: '已上报' })
    expect(asked.data).toMatchObject({ dueAt: '2026-02-28T23:59:59+08:00', flags: { extensionPending: true, extended: false } })
    const approved = await w.staff(DEMO.leader, { action: 'item.approveExtension', id, approve: true })
    expect(approved.data).toMatchObject({ dueAt: '2026-06-30T23:59:59+08:00', flags: { extensionPending: false, extended: true } })
  })

  it('refuses a future date for an escalation or a meeting that already happened, and writes nothing', async () => {
    const id = await w.submit()
    await w.staff(DEMO.cadre1, acceptEvent(id, { track: 'escalate', tier: 'council' }))
    const before = await w.rawItem(id)
    const escalated = await w.staff(DEMO.cadre1, { action: 'item.escalate', id, department: '区交通局', takenAt: '2026-02-01' })
    expect(escalated).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '上报日期不能晚于今天' } })
    const decided = await w.staff(DEMO.cadre1, { action: 'item.decide', id, meetingDate: '2026-02-01', decision: '同意维修' })
    expect(decided).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '会议日期不能晚于今天' } })
    expect(await w.rawItem(id)).toEqual(before)
    // today in China is fine
    expect((await w.staff(DEMO.cadre1, { action: 'item.escalate', id, department: '区交通局', takenAt: '2026-01-31' })).ok).toBe(true)
  })
})
