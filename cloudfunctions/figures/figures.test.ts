/**
 * 数字 through the staff function, on matters made by the real actions at set times.
 * The expected figures are worked out by hand in the comments.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { periodInstants } from '../../domain/kernel/periods'
import { DEMO, fresh, startWorld, submitEvent, type World } from '../testing'
import { readFacts } from './figures-read'
import { rebuildRollups } from './rollup-check'

let w: World
let code: string
let lead: string
let cadre2: string
const ids: Record<string, string> = {}
const owner = fresh('resident')

// China wall-clock time → the instant
const at = (t: string) => w.clock.set(new Date(`${t.replace(' ', 'T')}+08:00`).toISOString())
const Q1 = { from: '2026-01-01', to: '2026-03-31' }
const reply = (id: string) => ({ action: 'item.reply', id, answer: '已经处理好了', unit: '社区居委会', handler: '张建国' })
const accept = (id: string, extra: object = {}) => ({ action: 'item.accept', id, track: 'local', importance: 'normal', tier: 'cadre', ...extra })

async function ok(r: Promise<{ ok: boolean; data?: unknown; error?: unknown }>) {
  const out = await r
  if (!out.ok) throw new Error(JSON.stringify(out))
  return out.data as { id: string }
}

async function submit(name: string, when: string) {
  at(when)
  ids[name] = (await ok(w.resident(owner, submitEvent({ pointCode: code })))).id
  return ids[name]
}

beforeAll(async () => {
  w = await startWorld('2026-01-01T00:00:00Z')
  ;({ code, lead } = await w.addPoint())
  cadre2 = await w.addStaff({ name: '李干部', roles: ['cadre'], points: [code] })
  await w.db().collection('schedules').doc(`schedule-${code}`).set({ data: { pointCode: code, rules: [{ weekday: 3, start: '09:00', end: '12:00', kind: 'walkIn' }], exceptions: [] } })

  // A: the first second of the quarter; due 8 Jan 23:59:59, answered half a second into that second: on time
  const a = await submit('A', '2026-01-01 00:00:00')
  at('2026-01-01 10:00:00')
  await ok(w.staff(lead, accept(a)))
  at('2026-01-08 23:59:59.500')
  await ok(w.staff(lead, reply(a)))
  at('2026-01-09 09:00:00')
  await ok(w.resident(owner, { action: 'item.rate', id: a, level: 'basic', solved: true }))
  // B: the last second of 2025, D: the first of the second quarter: neither in the first quarter
  await submit('B', '2025-12-31 23:59:59')
  await submit('D', '2026-04-01 00:00:00')
  // C: the last second of the quarter, never accepted
  await submit('C', '2026-03-31 23:59:59')
  // E: extended to 25 Jan and answered 24 Jan (on time); 不满意 reopens it due 1 Feb, answered 3 Feb (late); then 满意
  const e = await submit('E', '2026-01-10 09:00:00')
  at('2026-01-10 10:00:00')
  await ok(w.staff(lead, accept(e)))
  at('2026-01-15 10:00:00')
  await ok(w.staff(lead, { action: 'item.extend', id: e, reason: '需要等供电所排期', dueDate: '2026-01-25', note: '已联系供电所' }))
  at('2026-01-24 10:00:00')
  await ok(w.staff(lead, reply(e)))
  at('2026-01-25 10:00:00')
  await ok(w.resident(owner, { action: 'item.rate', id: e, level: 'unsatisfied', solved: false, opinion: '灯还是不亮' }))
  at('2026-02-03 10:00:00')
  await ok(w.staff(lead, reply(e)))
  at('2026-02-04 10:00:00')
  await ok(w.resident(owner, { action: 'item.rate', id: e, level: 'satisfied', solved: true }))
  // F: withdrawn
  const f = await submit('F', '2026-01-12 09:00:00')
  at('2026-01-12 10:00:00')
  await ok(w.resident(owner, { action: 'item.withdraw', id: f }))
  // G: answered 11 Feb, never rated: the timer closes it as 未评价 after 14 days
  const g = await submit('G', '2026-02-10 09:00:00')
  at('2026-02-10 10:00:00')
  await ok(w.staff(lead, accept(g)))
  at('2026-02-11 10:00:00')
  await ok(w.staff(lead, reply(g)))
  at('2026-02-26 10:00:00')
  await ok(w.sys.call('scheduler', null, { action: 'tick' }))
  // H: handed to the second cadre, answered; its rating recorded by that cadre for the resident
  const h = await submit('H', '2026-02-15 09:00:00')
  at('2026-02-15 09:30:00')
  await ok(w.staff(lead, { action: 'item.transfer', id: h, to: cadre2, reason: '李干部分管这一片' }))
  await ok(w.staff(cadre2, accept(h)))
  at('2026-02-16 10:00:00')
  await ok(w.staff(cadre2, reply(h)))
  at('2026-02-17 10:00:00')
  await ok(w.resident(owner, { action: 'item.rate', id: h, level: 'satisfied', solved: true }))
  // as the cadre's recording of a rating marks it (代登记 matters are rated through their cadre)
  await w.db().collection('items').doc(h).update({ data: { rating: { recordedBy: cadre2 } } })
  // a write past the write path, as bulk data: its roll-up is rebuilt from the matters
  await rebuildRollups(w.db(), w.clock.now())
  // I: due 8 Mar, taken to the 街道 on 2 Mar, still open
  const i = await submit('I', '2026-03-01 09:00:00')
  at('2026-03-01 10:00:00')
  await ok(w.staff(lead, accept(i)))
  at('2026-03-02 10:00:00')
  await ok(w.staff(lead, { action: 'item.escalate', id: i, department: '街道城管科', takenAt: '2026-03-02' }))
  at('2026-04-10 10:00:00')
})
beforeEach(() => {
  at('2026-04-10 10:00:00')
})
afterAll(async () => {
  await w.stop()
})

describe('figures.get', () => {
  it('gives the point’s first quarter in China time, worked out by hand', async () => {
    const r = await w.staff(lead, { action: 'figures.get', pointCode: code, ...Q1 })
    expect(r.ok).toBe(true)
    expect(r.data).toMatchObject({
      from: '2026-01-01',
      to: '2026-03-31',
      pointCodes: [code],
      asOf: '2026-04-10T10:00:00+08:00',
      // A C E G H I; F withdrawn; B and D outside the quarter
      collected: 6,
      withdrawn: 1,
      // accepted in 24 h: A E G H I; C never → 5 of 6
      responded24h: { insufficient: true, count: 5, n: 6 },
      // judged: A (on time, tie), E (2nd answer late), G, H (on time), I (open past 8 Mar) → 3 of 5
      onTime: { insufficient: true, count: 3, n: 5 },
      onTimeExtended: 0,
      // A E G H answered → 4 of 6
      answeredClosed: 4,
      feedbackRate: { insufficient: true, count: 4, n: 6 },
      // residents rated A (基本满意, solved) and E (满意, solved); G 未评价; H recorded by a cadre
      rated: 2,
      satisfied: 1,
      basic: 1,
      unsatisfied: 0,
      satisfaction: { insufficient: true, count: 2, n: 2 },
      solved: { insufficient: true, count: 2, n: 2 },
      unrated: 1,
      cadreRecorded: 1,
      awaitingRating: 0,
      overdueNow: 1,
      extensions: 1,
      escalations: 1,
      minSample: 10,
    })
    // no 民情日记 written at this point: each cadre 0 households a month against the default 3–5
    expect(r.data.visitQuota).toEqual([{ pointCode: code, min: 3, max: 5 }])
    expect(r.data.visits).toHaveLength(6)
    expect(r.data.visits.every((v: { households: number; behind: boolean }) => v.households === 0 && v.behind)).toBe(true)
    // every Wednesday: 4 in each month of the quarter
    expect(r.data.openings.map((o: { month: string; openings: number; shortfalls: string[] }) => [o.month, o.openings, o.shortfalls])).toEqual([
      ['2026-01', 4, []],
      ['2026-02', 4, []],
      ['2026-03', 4, []],
    ])
  })

  it('per cadre: the matters they are responsible for', async () => {
    const r = await w.staff(lead, { action: 'figures.get', pointCode: code, cadre: cadre2, ...Q1 })
    expect(r.data).toMatchObject({ cadre: cadre2, collected: 1, cadreRecorded: 1, rated: 0, onTime: { insufficient: true, count: 1, n: 1 } })
  })

  it('a leader’s own points when no point is named; an admin’s every point', async () => {
    const own = await w.staff(lead, { action: 'figures.get', ...Q1 })
    expect(own.data).toMatchObject({ pointCodes: [code], collected: 6 })
    const admin = await w.staff(DEMO.admin, { action: 'figures.get', pointCode: code, ...Q1 })
    expect(admin.data).toMatchObject({ pointCodes: [code], collected: 6, withdrawn: 1 })
    const all = await w.staff(DEMO.admin, { action: 'figures.get', ...Q1 })
    expect(all.data.pointCodes).toBeNull()
    expect(all.data.collected).toBeGreaterThanOrEqual(6)
  })

  it('April holds D alone', async () => {
    const r = await w.staff(lead, { action: 'figures.get', pointCode: code, from: '2026-04-01', to: '2026-04-30' })
    // D: registered 1 Apr 00:00, not accepted, 9 days 10 h old
    expect(r.data).toMatchObject({ collected: 1, responded24h: { insufficient: true, count: 0, n: 1 } })
  })
})

describe('figures.items', () => {
  it('lists the matters behind a figure in registration order, contact masked, page by page', async () => {
    const first = await w.staff(lead, { action: 'figures.items', figure: 'late', pointCode: code, ...Q1, limit: 1 })
    expect(first.data.items).toEqual([expect.objectContaining({ id: ids.E, name: '张**', phone: '138****5678', status: 'closed', createdAt: '2026-01-10T09:00:00+08:00' })])
    expect(JSON.stringify(first.data)).not.toContain('张三丰')
    const second = await w.staff(lead, { action: 'figures.items', figure: 'late', pointCode: code, ...Q1, limit: 1, cursor: first.data.nextCursor })
    expect(second.data.items.map((i: { id: string }) => i.id)).toEqual([ids.I])
    expect(second.data.nextCursor).toBeNull()
    const unrated = await w.staff(lead, { action: 'figures.items', figure: 'unrated', pointCode: code, ...Q1 })
    expect(unrated.data.items.map((i: { id: string }) => i.id)).toEqual([ids.G])
    const withdrawn = await w.staff(lead, { action: 'figures.items', figure: 'withdrawn', pointCode: code, ...Q1 })
    expect(withdrawn.data.items.map((i: { id: string }) => i.id)).toEqual([ids.F])
  })
})

describe('reading a period page by page', () => {
  it('keeps registration order across pages, matters registered in the same instant included, none twice', async () => {
    // two more in May, registered in the same millisecond
    const x = await submit('X', '2026-05-06 09:00:00')
    const y = await submit('Y', '2026-05-06 09:00:00')
    at('2026-06-01 10:00:00')
    const scope = { pointCodes: [code], cadre: null, ...periodInstants({ from: '2026-04-01', to: '2026-06-30' }) }
    const pages: string[][] = []
    for await (const page of readFacts(w.db(), scope, { pageSize: 1 })) pages.push(page.map((f) => f.id))
    expect(pages).toEqual([[ids.D], ...[x, y].sort().map((id) => [id])])
    const r = await w.staff(lead, { action: 'figures.items', figure: 'collected', pointCode: code, from: '2026-04-01', to: '2026-06-30', limit: 1 })
    const next = await w.staff(lead, { action: 'figures.items', figure: 'collected', pointCode: code, from: '2026-04-01', to: '2026-06-30', limit: 1, cursor: r.data.nextCursor })
    expect([r.data.items[0].id, next.data.items[0].id]).toEqual([ids.D, [x, y].sort()[0]])
  })

  it('stops with a clear answer when the reading runs out of time, after at least one page', async () => {
    const scope = { pointCodes: [code], cadre: null, ...periodInstants(Q1) }
    const pages: number[] = []
    const reading = (async () => {
      for await (const page of readFacts(w.db(), scope, { pageSize: 2, outOfTime: () => true })) pages.push(page.length)
    })()
    await expect(reading).rejects.toMatchObject({ code: 'INVALID_INPUT', message: '这段时间的事项太多，一次算不完；请缩短时段或选择一个说事点' })
    expect(pages).toEqual([2])
  })
})

describe('who may see the figures', () => {
  it('only leaders and admins; a leader only their own points', async () => {
    expect((await w.staff(DEMO.residentA, { action: 'figures.get', ...Q1 })).error.code).toBe('FORBIDDEN')
    expect((await w.staff(cadre2, { action: 'figures.get', pointCode: code, ...Q1 })).error.code).toBe('FORBIDDEN')
    expect((await w.staff(cadre2, { action: 'figures.items', figure: 'late', pointCode: code, ...Q1 })).error.code).toBe('FORBIDDEN')
    // DEMO.leader leads xd01 and xd02, not this point
    const other = await w.staff(DEMO.leader, { action: 'figures.get', pointCode: code, ...Q1 })
    expect(other).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '您只能查看自己说事点的数字' } })
    expect((await w.staff(DEMO.leader, { action: 'figures.items', figure: 'late', pointCode: code, ...Q1 })).error.code).toBe('FORBIDDEN')
    // without a point, their own points: none of this point's matters
    const theirs = await w.staff(DEMO.leader, { action: 'figures.items', figure: 'collected', ...Q1, limit: 50 })
    expect(theirs.data.items.map((i: { id: string }) => i.id)).not.toContain(ids.A)
    expect((await w.staff(DEMO.admin, { action: 'figures.get', pointCode: 'nosuchpoint', ...Q1 })).error.code).toBe('NOT_FOUND')
  })

  it('bad input is refused with a clear message', async () => {
    const backwards = await w.staff(lead, { action: 'figures.get', from: '2026-03-31', to: '2026-01-01' })
    expect(backwards).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '结束日期不能早于开始日期' } })
    const long = await w.staff(lead, { action: 'figures.get', from: '2025-01-01', to: '2026-03-31' })
    expect(long).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '一次最多统计 366 天' } })
    expect((await w.staff(lead, { action: 'figures.get', from: '2026-1-1', to: '2026-03-31' })).error.code).toBe('INVALID_INPUT')
    expect((await w.staff(lead, { action: 'figures.items', figure: 'all', ...Q1 })).error).toMatchObject({ code: 'INVALID_INPUT', message: '未知的统计项' })
    expect((await w.staff(lead, { action: 'figures.items', figure: 'late', ...Q1, cursor: '0' })).error.code).toBe('INVALID_INPUT')
  })
})
