/**
 * 评事日 through the staff function: who may read the quarter's report and rate it, a small
 * world whose report is worked out by hand, and the report's figures against figures.get.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { diaryEvent, fresh, startWorld, submitEvent, type World } from '../testing'

let w: World
let code: string
let lead: string
let cadre: string
let rep: string
let rep2: string
let otherLead: string
let otherRep: string
let admin: string
const owner = fresh('resident')
const ids: Record<string, string> = {}
let visitId: string

const at = (t: string) => w.clock.set(new Date(`${t.replace(' ', 'T')}+08:00`).toISOString())
const Q1 = { pointCode: '', year: 2026, quarter: 1 }
const q1 = () => ({ action: 'reports.quarter', ...Q1, pointCode: code })
const rate = (level = 'satisfied', opinion = '本季度路灯修得快，大家满意') => ({ action: 'reports.rate', ...Q1, pointCode: code, level, opinion })
const reply = (id: string) => ({ action: 'item.reply', id, answer: '已经处理好了', unit: '社区居委会', handler: '张建国' })
const accept = (id: string, extra: object = {}) => ({ action: 'item.accept', id, track: 'local', importance: 'normal', tier: 'cadre', ...extra })

async function ok(r: Promise<{ ok: boolean; data?: unknown; error?: unknown }>) {
  const out = await r
  if (!out.ok) throw new Error(JSON.stringify(out))
  return out.data as { id: string }
}

async function submit(name: string, when: string, category: string) {
  at(when)
  ids[name] = (await ok(w.resident(owner, submitEvent({ pointCode: code, category })))).id
  return ids[name]
}

const ratingsBy = async (openid: string) => (await w.db().collection('quarterRatings').where({ pointCode: code, openid }).get()).data

beforeAll(async () => {
  w = await startWorld('2026-01-01T00:00:00Z')
  ;({ code, lead } = await w.addPoint())
  const other = await w.addPoint()
  otherLead = other.lead
  cadre = await w.addStaff({ name: '李干部', roles: ['cadre'], points: [code] })
  rep = await w.addStaff({ name: '王代表', roles: ['representative'], points: [code] })
  rep2 = await w.addStaff({ name: '赵代表', roles: ['representative'], points: [code] })
  otherRep = await w.addStaff({ name: '钱代表', roles: ['representative'], points: [other.code] })
  admin = await w.addStaff({ name: '管理员', roles: ['admin'], points: [] })
  // talk days on Wednesdays: the quarter's last is Wednesday 25 March 2026, its 评事日
  await w.db().collection('schedules').doc(`schedule-${code}`).set({ data: { pointCode: code, rules: [{ weekday: 3, start: '09:00', end: '12:00', kind: 'walkIn' }], exceptions: [] } })

  // A 环境卫生: extended (reason below), answered, 不满意 → reopened, answered again, then 满意
  const a = await submit('A', '2026-01-05 09:00:00', '环境卫生')
  at('2026-01-05 10:00:00')
  await ok(w.staff(lead, accept(a)))
  at('2026-01-08 10:00:00')
  await ok(w.staff(lead, { action: 'item.extend', id: a, reason: '需要等环卫所排期', dueDate: '2026-01-25', note: '已联系环卫所' }))
  at('2026-01-20 10:00:00')
  await ok(w.staff(lead, reply(a)))
  at('2026-01-21 10:00:00')
  await ok(w.resident(owner, { action: 'item.rate', id: a, level: 'unsatisfied', solved: false, opinion: '垃圾还是没人清' }))
  at('2026-01-25 10:00:00')
  await ok(w.staff(lead, reply(a)))
  at('2026-01-26 10:00:00')
  await ok(w.resident(owner, { action: 'item.rate', id: a, level: 'satisfied', solved: true }))
  // B 基础设施: accepted for 两委会 (immediate), which meets on 10 February and decides it
  const b = await submit('B', '2026-02-01 09:00:00', '基础设施')
  at('2026-02-01 10:00:00')
  await ok(w.staff(lead, accept(b, { track: 'immediate', tier: 'committee' })))
  const meeting = await ok(w.staff(lead, { action: 'meetings.create', pointCode: code, body: '两委会', date: '2026-02-10', itemIds: [b] }))
  at('2026-02-10 15:00:00')
  await ok(w.staff(lead, { action: 'meetings.record', id: meeting.id, attendance: { chair: lead, recorder: cadre, cadres: [] }, decisions: [{ itemId: b, decision: '同意更换路灯' }] }))
  // C 基础设施: never accepted; D withdrawn; E in the second quarter
  await submit('C', '2026-03-01 09:00:00', '基础设施')
  const d = await submit('D', '2026-03-02 09:00:00', '其他')
  await ok(w.resident(owner, { action: 'item.withdraw', id: d }))
  await submit('E', '2026-04-01 00:00:00', '环境卫生')
  // the cadre visits one household in March
  at('2026-03-03 10:00:00')
  visitId = (
    await ok(
      w.staff(cadre, diaryEvent(code, '2026-03-03')),
    )
  ).id
  at('2026-03-20 10:00:00')
})
afterAll(async () => {
  await w.stop()
})

describe('who may read the quarter’s report', () => {
  it('a resident, a cadre, another point’s leader and another point’s representative are refused', async () => {
    for (const who of [owner, cadre, otherLead, otherRep]) {
      expect(await w.staff(who, q1())).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
  })
  it('the point’s leader, its representatives and an admin read it', async () => {
    for (const who of [lead, rep, admin]) expect((await w.staff(who, q1())).ok).toBe(true)
  })
  it('bad input is refused in Chinese', async () => {
    const r = await w.staff(lead, { ...q1(), quarter: 5 })
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '季度无效' } })
  })
})

describe('the report of a small world, worked out by hand', () => {
  it('holds the quarter’s matters by category and track, the meeting, the visit, the extension and the 不满意', async () => {
    at('2026-03-20 10:00:00')
    const r = (await w.staff(lead, q1())).data
    // A, B, C in the quarter; D withdrawn; E in April
    expect(r.figures.collected).toBe(3)
    expect(r.figures.withdrawn).toBe(1)
    expect(r.byCategory).toEqual([
      { category: '基础设施', count: 2 },
      { category: '环境卫生', count: 1 },
    ])
    expect(r.byTrack).toEqual(
      expect.arrayContaining([
        { track: 'local', count: 1 },
        { track: 'immediate', count: 1 },
        { track: null, count: 1 },
      ]),
    )
    expect(r.byTrack).toHaveLength(3)
    expect(r.meetings).toEqual([
      { id: expect.any(String), body: '两委会', date: '2026-02-10', recorded: true, decisions: [{ no: expect.any(String), category: '基础设施', decision: '同意更换路灯', votes: null }] },
    ])
    // every cadre of the point, those who visited none too
    expect(r.visits).toEqual([
      { openid: cadre, name: '李干部', households: 1 },
      { openid: lead, name: '点负责人', households: 0 },
    ])
    expect(r.extensions).toEqual([expect.objectContaining({ id: ids.A, category: '环境卫生', reason: '需要等环卫所排期', name: '张**', to: '2026-01-25T23:59:59+08:00' })])
    expect(r.unsatisfied).toHaveLength(1)
    expect(r.unsatisfied[0]).toMatchObject({ id: ids.A, times: 1, latest: 'satisfied', supervision: false, name: '张**' })
    expect(r.unsatisfied[0].followed.map((f: { type: string }) => f.type)).toEqual(['reopen', 'reply', 'rate', 'close'])
    // 20 March: before Wednesday 25 March, the 评事日
    expect(r.pingshiDay).toBe('2026-03-25')
    expect(r.ready).toBe(false)
    expect(r.asOf).toBe('2026-03-20T10:00:00+08:00')
    expect(JSON.stringify(r)).not.toContain('13812345678')
    expect(JSON.stringify(r)).not.toContain('张三丰')
  })
  it('its figures are figures.get’s for the same quarter', async () => {
    const report = (await w.staff(lead, q1())).data
    const figures = (await w.staff(lead, { action: 'figures.get', pointCode: code, from: '2026-01-01', to: '2026-03-31' })).data
    expect(report.figures).toEqual(figures)
  })
})

describe('a representative', () => {
  it('gets nothing of matters, the queue, diaries or figures', async () => {
    expect((await w.staff(rep, { action: 'item.get', id: ids.A })).error.code).toMatch(/FORBIDDEN|NOT_FOUND/)
    expect((await w.staff(rep, { action: 'queue', tab: 'all' })).error.code).toBe('FORBIDDEN')
    expect((await w.staff(rep, { action: 'visits.get', id: visitId })).error.code).toMatch(/FORBIDDEN|NOT_FOUND/)
    expect((await w.staff(rep, { action: 'visits.list' })).ok).toBe(false)
    expect((await w.staff(rep, { action: 'figures.get', pointCode: code, from: '2026-01-01', to: '2026-03-31' })).error.code).toBe('FORBIDDEN')
    expect((await w.staff(rep, { action: 'items.search', q: '路灯' })).error.code).toBe('FORBIDDEN')
  })
})

describe('rating the quarter', () => {
  it('only the point’s representatives may rate, and bad input writes nothing', async () => {
    at('2026-03-25 15:00:00')
    for (const who of [owner, cadre, lead, otherLead, otherRep, admin]) {
      expect(await w.staff(who, rate())).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      expect(await ratingsBy(who)).toHaveLength(0)
    }
    const rep3 = await w.addStaff({ name: '周代表', roles: ['representative'], points: [code] })
    expect(await w.staff(rep3, rate('great'))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await w.staff(rep3, rate('satisfied', '好'))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '评议意见至少 2 个字' } })
    expect(await ratingsBy(rep3)).toHaveLength(0)
  })
  it('is not open before the 评事日', async () => {
    at('2026-03-24 23:59:59')
    const early = await w.addStaff({ name: '吴代表', roles: ['representative'], points: [code] })
    expect(await w.staff(early, rate())).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '本季度的评事日是 2026-03-25，评事日当天起才能评议' } })
    const r = (await w.staff(early, q1())).data
    expect(r.ratings).toMatchObject({ canRate: false, mine: null, notYet: '本季度的评事日是 2026-03-25，评事日当天起才能评议' })
    expect(await ratingsBy(early)).toHaveLength(0)
  })
  it('happens once per representative: two at once give one rating', async () => {
    at('2026-03-25 15:00:00')
    const both = await Promise.all([w.staff(rep, rate('basic', '路灯修得慢了些')), w.staff(rep, rate('satisfied', '很满意'))])
    expect(both.filter((r) => r.ok)).toHaveLength(1)
    expect(both.find((r) => !r.ok)).toMatchObject({ error: { code: 'CONFLICT', message: '您已评议过本季度' } })
    expect(await w.staff(rep, rate())).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '您已评议过本季度' } })
    expect(await ratingsBy(rep)).toHaveLength(1)
    await ok(w.staff(rep2, rate('unsatisfied', '垃圾清运还要加强')))
    const r = (await w.staff(lead, q1())).data
    // rep and rep2 are the only ones to have rated
    const first = both.find((x) => x.ok)?.data
    expect(r.ratings.list).toEqual([
      { name: '王代表', level: first.level, opinion: first.opinion, at: '2026-03-25T15:00:00+08:00' },
      { name: '赵代表', level: 'unsatisfied', opinion: '垃圾清运还要加强', at: '2026-03-25T15:00:00+08:00' },
    ])
    expect(r.ratings.unsatisfied).toBe(1)
    expect(r.ratings.satisfied + r.ratings.basic).toBe(1)
    expect(r.ready).toBe(true)
    const mine = (await w.staff(rep, q1())).data.ratings
    expect(mine).toMatchObject({ canRate: false, mine: { name: '王代表' }, notYet: null })
  })
  it('closes at the end of the following quarter', async () => {
    at('2026-07-01 00:00:00')
    const late = await w.addStaff({ name: '孙代表', roles: ['representative'], points: [code] })
    expect(await w.staff(late, rate())).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '评议已于 2026-06-30 截止' } })
  })
})
