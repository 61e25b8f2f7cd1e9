/** 公告: a leader of the point writes, publishes and withdraws; each resident who raised a linked matter is told once. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { DEMO, fresh, startWorld, type World } from '../testing'
import { concernAtPoint, saveEvent, toldAbout, WORDS } from './testing-notices'

const START = '2026-11-28T02:00:00Z'
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

const count = async (pointCode: string) => (await w.db().collection('notices').where({ pointCode }).limit(100).get()).data.length

describe('notices.save / publish / withdraw', () => {
  it('a leader publishes: each resident who raised a linked matter is told once (two matters, one message); nobody else', async () => {
    const s = await concernAtPoint(w)
    const saved = await w.staff(s.point.lead, saveEvent(s.point.code, [s.a1, s.b1, s.a2]))
    expect(saved).toMatchObject({ ok: true, data: { status: 'draft', statusLabel: '草稿', title: WORDS.title, canPublish: true, canWithdraw: false } })
    const id = saved.data.id as string
    expect(saved.data.matters.map((m: { no: string }) => m.no)).toHaveLength(3)
    expect(await toldAbout(w, s.a, id)).toEqual({ outbox: 0, box: 0 })

    const published = await w.staff(s.point.lead, { action: 'notices.publish', id })
    expect(published).toMatchObject({ ok: true, data: { status: 'published', told: 2, toTell: 0, canWithdraw: true, canPublish: false } })
    expect(await toldAbout(w, s.a, id)).toEqual({ outbox: 1, box: 1 })
    expect(await toldAbout(w, s.b, id)).toEqual({ outbox: 1, box: 1 })
    expect(await toldAbout(w, s.c, id)).toEqual({ outbox: 0, box: 0 })
    const box = await w.resident(s.a, { action: 'messages.list' })
    expect(box.data.items.some((m: { title: string; page: string }) => m.title === '您反映的事有了公开答复' && m.page === `pages/notice/index?id=${id}`)).toBe(true)

    // a retry, a withdrawal and a republish tell nobody again
    expect((await w.staff(s.point.lead, { action: 'notices.publish', id })).data.status).toBe('published')
    expect((await w.staff(s.point.lead, { action: 'notices.withdraw', id })).data.status).toBe('withdrawn')
    expect((await w.staff(s.point.lead, { action: 'notices.withdraw', id })).data.status).toBe('withdrawn')
    w.clock.set('2026-11-29T02:00:00Z')
    expect((await w.staff(s.point.lead, { action: 'notices.publish', id })).data.status).toBe('published')
    expect(await toldAbout(w, s.a, id)).toEqual({ outbox: 1, box: 1 })
    expect(await toldAbout(w, s.b, id)).toEqual({ outbox: 1, box: 1 })
  })

  it('an admin of the point writes too; a cadre, a leader of another point, a representative and a resident are refused before anything is read, and nothing is written', async () => {
    const s = await concernAtPoint(w)
    const rep = await w.addStaff({ name: '代表', roles: ['representative'], points: [s.point.code] })
    const id = (await w.staff(s.point.lead, saveEvent(s.point.code, [s.a1]))).data.id as string
    for (const who of [s.cadre, s.other.lead, rep, s.a]) {
      for (const event of [saveEvent(s.point.code, [s.a1]), { action: 'notices.publish', id }, { action: 'notices.withdraw', id }, { action: 'notices.get', id }, { action: 'notices.list', pointCode: s.point.code }, { action: 'notices.matters', pointCode: s.point.code }]) {
        const r = await w.staff(who, event)
        expect({ who, event: event.action, code: r.error?.code }).toEqual({ who, event: event.action, code: 'FORBIDDEN' })
      }
    }
    // another point's leader learns nothing of a notice id, missing or not
    expect((await w.staff(s.other.lead, { action: 'notices.get', id: 'no-such-notice' })).error.code).toBe('FORBIDDEN')
    expect(await count(s.point.code)).toBe(1)
    expect((await w.staff(s.point.lead, { action: 'notices.get', id })).data.status).toBe('draft')
    const admin = await w.addStaff({ name: '点管理员', roles: ['admin'], points: [s.point.code] })
    expect((await w.staff(admin, { action: 'notices.publish', id })).data.status).toBe('published')
  })

  it('bad input writes nothing: a phone number, a matter of another point, no matter, a missing matter', async () => {
    const s = await concernAtPoint(w)
    const cases: [Record<string, unknown>, string][] = [
      [saveEvent(s.point.code, [s.a1], { done: '有事请打 138 1234 5678' }), '“已经做了”里有电话、身份证或银行卡号码，公告是公开的，请删去'],
      [saveEvent(s.point.code, [s.a1, s.elsewhere]), '选择的事项有的不是本说事点的，或已不存在，请重新选择'],
      [saveEvent(s.point.code, ['no-such-item']), '选择的事项有的不是本说事点的，或已不存在，请重新选择'],
      [saveEvent(s.point.code, []), '请至少选择一件公告答复的事项'],
      [saveEvent(s.point.code, [s.a1, s.a1]), '同一件事项选了两次'],
    ]
    for (const [event, message] of cases) expect(await w.staff(s.point.lead, event)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message } })
    expect(await count(s.point.code)).toBe(0)
  })

  it('addresses are masked, and the notice shows the matters by number, category and month only', async () => {
    const s = await concernAtPoint(w)
    const r = await w.staff(s.point.lead, saveEvent(s.point.code, [s.a1], { raised: '幸福路12号3单元501的居民反映楼道太黑' }))
    expect(r.data.raised).not.toContain('501')
    expect(r.data.matters).toEqual([{ itemId: s.a1, no: expect.stringMatching(/-202611\d{3}$/), category: '基础设施', month: '2026-11' }])
  })

  it('a resent new draft writes one notice; a published notice is withdrawn before it is edited; an edit keeps its point', async () => {
    const s = await concernAtPoint(w)
    const event = saveEvent(s.point.code, [s.a1])
    const [one, two] = await Promise.all([w.staff(s.point.lead, event), w.staff(s.point.lead, event)])
    expect(one.data.id).toBe(two.data.id)
    expect(await count(s.point.code)).toBe(1)
    const id = one.data.id as string
    const edit = saveEvent(s.point.code, [s.a1, s.b1], { id, title: '幸福路路灯维修进展' })
    expect((await w.staff(s.point.lead, edit)).data).toMatchObject({ title: '幸福路路灯维修进展', itemIds: [s.a1, s.b1] })
    await w.staff(s.point.lead, { action: 'notices.publish', id })
    expect(await w.staff(s.point.lead, edit)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '公告已发布，先撤下再修改' } })
    await w.staff(s.point.lead, { action: 'notices.withdraw', id })
    expect((await w.staff(s.point.lead, { ...edit, itemIds: [s.a1, s.b1, s.a2] })).ok).toBe(true)
    // another point's leader cannot move it to their point
    const moved = await w.staff(s.other.lead, saveEvent(s.other.code, [s.elsewhere], { id }))
    expect(moved.error.code).toBe('FORBIDDEN')
  })

  it('25 residents: told in batches within CloudBase’s transaction limits, each once', async () => {
    const point = await w.addPoint()
    const owners = Array.from({ length: 25 }, () => fresh('resident'))
    const ids: string[] = []
    for (const owner of owners) ids.push(await w.submit({ owner, pointCode: point.code }))
    const id = (await w.staff(point.lead, saveEvent(point.code, ids))).data.id as string
    const r = await w.staff(point.lead, { action: 'notices.publish', id })
    expect(r.data).toMatchObject({ told: 25, toTell: 0 })
    for (const owner of owners) expect(await toldAbout(w, owner, id)).toEqual({ outbox: 1, box: 1 })
  })

  it('the list, the matter picker and the matter’s staff page', async () => {
    const s = await concernAtPoint(w)
    const id = (await w.staff(s.point.lead, saveEvent(s.point.code, [s.b1]))).data.id as string
    const list = await w.staff(s.point.lead, { action: 'notices.list', pointCode: s.point.code })
    expect(list.data.notices).toEqual([expect.objectContaining({ id, status: 'draft', linkedCount: 1 })])
    const picker = await w.staff(s.point.lead, { action: 'notices.matters', pointCode: s.point.code })
    expect(picker.data.matters.map((m: { itemId: string }) => m.itemId)).toEqual([s.a2, s.b1, s.a1])
    expect(JSON.stringify(picker.data)).not.toContain('13812345678')
    expect((await w.staff(s.cadre, { action: 'notices.ofItem', itemId: s.b1 })).data.notices).toEqual([])
    await w.staff(s.point.lead, { action: 'notices.publish', id })
    expect((await w.staff(s.cadre, { action: 'notices.ofItem', itemId: s.b1 })).data.notices).toEqual([expect.objectContaining({ id, title: WORDS.title })])
    expect((await w.staff(s.other.lead, { action: 'notices.ofItem', itemId: s.b1 })).error.code).toBe('FORBIDDEN')
    expect((await w.staff(DEMO.cadre2, { action: 'notices.ofItem', itemId: s.b1 })).error.code).toBe('FORBIDDEN')
  })
})
