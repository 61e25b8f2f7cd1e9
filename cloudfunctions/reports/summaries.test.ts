/** 民情专递工作半年小结: who may write it, the draft from the figures, saving over a version, and final is final. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fresh, startWorld, submitEvent, type World } from '../testing'

let w: World
let code: string
let lead: string
let cadre: string
let rep: string
let otherLead: string
const owner = fresh('resident')

const at = (t: string) => w.clock.set(new Date(`${t.replace(' ', 'T')}+08:00`).toISOString())
const draft = (half = 1, year = 2026) => ({ action: 'summaries.draft', pointCode: code, year, half })
const TEXT = '本半年共收集群众诉求三件，均已答复，群众总体满意。下一步继续做好走访。'
const stored = async (id: string) => (await w.db().collection('summaries').doc(id).get()).data

beforeAll(async () => {
  w = await startWorld('2026-01-01T00:00:00Z')
  ;({ code, lead } = await w.addPoint())
  otherLead = (await w.addPoint()).lead
  cadre = await w.addStaff({ name: '李干部', roles: ['cadre'], points: [code] })
  rep = await w.addStaff({ name: '王代表', roles: ['representative'], points: [code] })
  // three matters in the first half-year: two 基础设施, one 环境卫生; one answered and rated 满意
  for (const [when, category] of [
    ['2026-02-01 09:00:00', '基础设施'],
    ['2026-03-01 09:00:00', '基础设施'],
    ['2026-05-01 09:00:00', '环境卫生'],
  ]) {
    at(when)
    const r = await w.resident(owner, submitEvent({ pointCode: code, category }))
    if (!r.ok) throw new Error(JSON.stringify(r))
  }
  at('2026-06-30 10:00:00')
})
afterAll(async () => {
  await w.stop()
})

describe('who may write the half-year summary', () => {
  it('a resident, a cadre, a representative and another point’s leader are refused, and nothing is written', async () => {
    for (const who of [owner, cadre, rep, otherLead]) {
      expect(await w.staff(who, draft(2))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect((await w.db().collection('summaries').where({ pointCode: code, year: 2026, half: 2 }).get()).data).toHaveLength(0)
  })
  it('bad input is refused in Chinese', async () => {
    expect(await w.staff(lead, { ...draft(), half: 3 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '半年无效' } })
  })
})

describe('the summary', () => {
  it('is drafted from the half-year’s figures, with 样本不足 for a small sample, and reading it stores nothing', async () => {
    // the early-定稿 test below stores this same half-year: start from none, whatever ran first
    await w.db().collection('summaries').where({ pointCode: code, year: 2026, half: 1 }).remove()
    const s = (await w.staff(lead, draft())).data
    expect(s).toMatchObject({ status: 'draft', version: 0, updatedAt: null, year: 2026, half: 1 })
    expect(await stored(s.id)).toBeNull()
    expect(s.text).toBe(s.generated)
    expect(s.text).toContain('2026年上半年民情专递工作小结（截至6月30日）')
    expect(s.text).toContain('共收集群众诉求 3 件')
    expect(s.text).toContain('反馈办结率 0/3（样本不足）')
    expect(s.text).toContain('反映较多的是基础设施（2 件）、环境卫生（1 件）')
    expect(s.text).not.toMatch(/\d+(\.\d)?%/)
  })
  it('is stored by its first save (version 0), naming its point and half-year', async () => {
    const s = (await w.staff(lead, draft(2, 2024))).data
    const first = { action: 'summaries.save', id: s.id, text: TEXT, version: 0 }
    expect(await w.staff(lead, first)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await w.staff(otherLead, { ...first, pointCode: code, year: 2024, half: 2 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await w.staff(lead, { ...first, pointCode: code, year: 2024, half: 1 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await stored(s.id)).toBeNull()
    const saved = (await w.staff(lead, { ...first, pointCode: code, year: 2024, half: 2 })).data
    expect(saved).toMatchObject({ text: TEXT, version: 1, earlyWarning: null })
    // a second first save finds it stored
    expect(await w.staff(lead, { ...first, pointCode: code, year: 2024, half: 2 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await stored(s.id)).toMatchObject({ text: TEXT, version: 1 })
  })
  it('is saved over the version read, and another point’s leader cannot touch it', async () => {
    const first = (await w.staff(lead, draft(1, 2025))).data
    const s = (await w.staff(lead, { action: 'summaries.save', id: first.id, text: first.text, version: 0, pointCode: code, year: 2025, half: 1 })).data
    expect(await w.staff(otherLead, { action: 'summaries.save', id: s.id, text: TEXT, version: s.version })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await w.staff(cadre, { action: 'summaries.save', id: s.id, text: TEXT, version: s.version })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await w.staff(lead, { action: 'summaries.save', id: s.id, text: '太短', version: s.version })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect((await stored(s.id))?.version).toBe(s.version)
    const saved = (await w.staff(lead, { action: 'summaries.save', id: s.id, text: TEXT, version: s.version })).data
    expect(saved).toMatchObject({ text: TEXT, version: s.version + 1 })
    // saving over an older version is refused
    expect(await w.staff(lead, { action: 'summaries.save', id: s.id, text: `${TEXT}再改`, version: s.version })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect((await stored(s.id))?.text).toBe(TEXT)
    // drafting again keeps the edited text, with a fresh generated one beside it
    const again = (await w.staff(lead, draft(1, 2025))).data
    expect(again.text).toBe(TEXT)
    expect(again.generated).toContain('2025年上半年民情专递工作小结')
    expect(again.generated).toContain('本期暂无群众诉求')
  })
  it('is finalised before its half-year is over only when asked knowingly', async () => {
    // 30 June: the first half-year has a day to run
    const d = (await w.staff(lead, draft(1, 2026))).data
    expect(d.earlyWarning).toContain('6月30日')
    const s = (await w.staff(lead, { action: 'summaries.save', id: d.id, text: TEXT, version: 0, pointCode: code, year: 2026, half: 1 })).data
    const refused = await w.staff(lead, { action: 'summaries.finalise', id: s.id })
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(refused.error.message).toContain('提前定稿')
    expect(await stored(s.id)).toMatchObject({ status: 'draft' })
    expect(await w.staff(lead, { action: 'summaries.finalise', id: s.id, early: true })).toMatchObject({ ok: true, data: { status: 'final' } })
  })
  it('once final, never changes', async () => {
    const d = (await w.staff(lead, draft(2, 2025))).data
    expect(d.earlyWarning).toBeNull()
    // not saved yet: nothing to finalise
    expect(await w.staff(lead, { action: 'summaries.finalise', id: d.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    const s = (await w.staff(lead, { action: 'summaries.save', id: d.id, text: d.text, version: 0, pointCode: code, year: 2025, half: 2 })).data
    expect(await w.staff(cadre, { action: 'summaries.finalise', id: s.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const done = (await w.staff(lead, { action: 'summaries.finalise', id: s.id })).data
    expect(done).toMatchObject({ status: 'final', finalisedByName: '点负责人', finalisedAt: '2026-06-30T10:00:00+08:00' })
    const before = await stored(s.id)
    expect(await w.staff(lead, { action: 'summaries.save', id: s.id, text: TEXT, version: done.version })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '这份小结已定稿，不能再修改' } })
    expect(await w.staff(lead, { action: 'summaries.finalise', id: s.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await stored(s.id)).toEqual(before)
  })
})

describe('a 居民代表 is invited like any staff', () => {
  it('an admin invites one and the code makes them a representative of the point', async () => {
    const admin = await w.addStaff({ name: '管理员', roles: ['admin'], points: [] })
    const invite = await w.staff(admin, { action: 'invite.create', name: '郑代表', role: 'representative', node: code })
    expect(invite).toMatchObject({ ok: true, data: { role: 'representative' } })
    const who = fresh('rep')
    const joined = await w.staff(who, { action: 'invite.redeem', code: invite.data.code })
    expect(joined).toMatchObject({ ok: true, data: { roles: ['representative'], points: [code] } })
    expect((await w.staff(who, { action: 'queue', tab: 'pending' })).error.code).toBe('FORBIDDEN')
  })
})
