/** 公告 for residents: a point's published notices, one notice, and those on their own matter's page. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWorld, type World } from '../testing'
import { concernAtPoint, saveEvent, WORDS } from './testing-notices'

let w: World

beforeAll(async () => {
  w = await startWorld('2026-11-28T02:00:00Z')
})
afterAll(async () => {
  await w.stop()
})

describe('notices for residents', () => {
  it('a published notice shows on the point’s page, on each linked matter of its resident, and reads without anyone’s contact or words', async () => {
    const s = await concernAtPoint(w)
    const draft = (await w.staff(s.point.lead, saveEvent(s.point.code, [s.a1, s.b1]))).data.id as string
    const id = (await w.staff(s.point.lead, saveEvent(s.point.code, [s.a1]))).data.id as string
    await w.staff(s.point.lead, { action: 'notices.publish', id })

    const list = await w.resident(s.c, { action: 'notices.ofPoint', pointCode: s.point.code })
    expect(list.data).toEqual({ notices: [{ id, title: WORDS.title, publishedAt: '2026-11-28T10:00:00+08:00', linkedCount: 1 }], nextCursor: null })
    const one = await w.resident(s.c, { action: 'notices.get', id })
    expect(one).toMatchObject({ ok: true, data: { ...WORDS, pointCode: s.point.code, matters: [{ itemId: s.a1, category: '基础设施', month: '2026-11' }] } })
    const raw = JSON.stringify(one.data)
    for (const secret of ['13812345678', '张三丰', '幸福路12号', '村口的路灯坏了']) expect(raw).not.toContain(secret)

    expect((await w.resident(s.a, { action: 'notices.ofItem', itemId: s.a1 })).data.notices.map((n: { id: string }) => n.id)).toEqual([id])
    expect((await w.resident(s.a, { action: 'notices.ofItem', itemId: s.a2 })).data.notices).toEqual([])
    // someone else's matter answers as a missing one
    expect((await w.resident(s.b, { action: 'notices.ofItem', itemId: s.a1 })).error.code).toBe('NOT_FOUND')
    // a draft is nobody's to read
    expect((await w.resident(s.a, { action: 'notices.get', id: draft })).error).toEqual({ code: 'NOT_FOUND', message: '这份公告已撤下或不存在' })
  })

  it('a withdrawn notice leaves the point’s page, the matter’s page and its own address', async () => {
    const s = await concernAtPoint(w)
    const id = (await w.staff(s.point.lead, saveEvent(s.point.code, [s.b1]))).data.id as string
    await w.staff(s.point.lead, { action: 'notices.publish', id })
    await w.staff(s.point.lead, { action: 'notices.withdraw', id })
    expect((await w.resident(s.b, { action: 'notices.ofPoint', pointCode: s.point.code })).data.notices).toEqual([])
    expect((await w.resident(s.b, { action: 'notices.ofItem', itemId: s.b1 })).data.notices).toEqual([])
    expect((await w.resident(s.b, { action: 'notices.get', id })).error.code).toBe('NOT_FOUND')
  })

  it('no identity, no answer', async () => {
    expect((await w.resident(null, { action: 'notices.ofPoint', pointCode: 'xd01' })).ok).toBe(false)
  })
})
