import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { contact, DEMO, startWorld, submitEvent, type World } from '../testing'

const START = '2026-11-10T02:00:00Z'
let w: World

const resident = (openid: string | null, event: unknown) => w.sys.call('resident', openid, event)
const db = () => w.db()
const countAll = async (name: string) => (await db().collection(name).count()).total
const snapshot = async () => ({
  items: await countAll('items'),
  counters: await countAll('counters'),
  ratelimits: await countAll('ratelimits'),
})

beforeAll(async () => {
  w = await startWorld(START, (clock) => ({ resident: { now: clock.now, submitLimitPerHour: 5 } }), {
    wordList: { risky: ['违禁词测试'], review: ['待人工复核'] },
  })
})
afterAll(async () => {
  await w.stop()
})
// every test starts from no matters, counters or rate limits in this file's own system
beforeEach(async () => {
  w.clock.set(START)
  await db().collection('items').where({ month: db().command.exists(true) }).remove()
  await db().collection('counters').where({ ids: db().command.exists(true) }).remove()
  await db().collection('ratelimits').where({ stamps: db().command.exists(true) }).remove()
})

describe('item.submit', () => {
  it('registers a matter with the China-month number and the routed cadre', async () => {
    const r = await resident(DEMO.residentA, submitEvent({ category: '环境卫生' }))
    expect(r).toMatchObject({ ok: true, data: { no: 'XD01-202611001', status: 'submitted', assignee: { name: '李秀英' } } })
    const detail = await resident(DEMO.residentA, { action: 'item.get', id: r.data.id })
    expect(detail.ok).toBe(true)
    expect(detail.data).toMatchObject({
      no: 'XD01-202611001',
      status: 'submitted',
      category: '环境卫生',
      pointName: '新东社区民情说事点',
      contact,
      assignee: { name: '李秀英' },
      dueAt: null,
      createdAt: '2026-11-10T10:00:00+08:00',
    })
    expect(detail.data.timeline.map((e: { type: string }) => e.type)).toEqual(['register', 'assign'])
    expect(detail.data.timeline[0].text).toContain('XD01-202611001')
  })

  it('falls back to the lead cadre for a category the table does not name', async () => {
    const r = await resident(DEMO.residentA, submitEvent({ category: '政策咨询' }))
    expect(r.data.assignee.name).toBe('张建国')
  })

  it('numbers by the China month at the month boundary', async () => {
    w.clock.set('2026-01-31T16:30:00Z')
    const r = await resident(DEMO.residentA, submitEvent())
    expect(r.data.no).toBe('XD01-202602001')
  })

  it('restarts at 001 when the China month turns, though UTC is still in the old month', async () => {
    const numbers = async (n: number) => {
      const out: string[] = []
      for (let i = 0; i < n; i++) out.push((await resident(DEMO.residentA, submitEvent())).data.no)
      return out
    }
    w.clock.set('2026-01-31T15:58:00Z') // 23:58 on 31 January in China
    expect(await numbers(2)).toEqual(['XD01-202601001', 'XD01-202601002'])
    w.clock.set('2026-01-31T16:00:00Z') // 00:00 on 1 February in China
    expect(await numbers(2)).toEqual(['XD01-202602001', 'XD01-202602002'])
    expect(await countAll('counters')).toBe(2)
  })

  it('makes one matter of the same requestId, sent twice or at once', async () => {
    const event = submitEvent()
    const first = await resident(DEMO.residentA, event)
    const again = await resident(DEMO.residentA, event)
    expect(again).toEqual(first)
    const concurrent = submitEvent()
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => resident(DEMO.residentA, concurrent)))
    expect(a.ok && b.ok && c.ok).toBe(true)
    expect(new Set([a.data.id, b.data.id, c.data.id]).size).toBe(1)
    expect(await countAll('items')).toBe(2)
    // the same requestId from another resident is another resident's matter
    const other = await resident(DEMO.residentB, event)
    expect(other.data.id).not.toBe(first.data.id)
  })

  const malformed: [string, unknown][] = [
    ['no action', { ...submitEvent(), action: undefined }],
    ['an unknown action', { ...submitEvent(), action: 'item.delete' }],
    ['a missing contact', { ...submitEvent(), contact: undefined }],
    ['a missing category', { ...submitEvent(), category: undefined }],
    ['content of the wrong type', submitEvent({ content: ['数组不是文字内容数组'] })],
    ['oversized content', submitEvent({ content: '长'.repeat(1001) })],
    ['a bad phone', submitEvent({ contact: { ...contact, phone: '12345' } })],
    ['an extra field', submitEvent({ status: 'closed' })],
    ['a forged openid', submitEvent({ openid: DEMO.residentB })],
    ['a forged owner', submitEvent({ ownerOpenid: DEMO.residentB })],
    ['a query operator for a field', submitEvent({ pointCode: { $ne: null } })],
    ['too many photos', submitEvent({ photos: Array(4).fill('cloud://local-shuoshi/items/x.jpg') })],
    ['not an object', 'item.submit'],
    ['an array', [submitEvent()]],
    ['null', null],
  ]
  it.each(malformed)('refuses %s with INVALID_INPUT and writes nothing', async (_label, event) => {
    const before = await snapshot()
    const r = await resident(DEMO.residentA, event)
    expect(r.ok).toBe(false)
    expect(r.error.code).toBe('INVALID_INPUT')
    expect(r.error.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(r.data).toBeUndefined()
    expect(await snapshot()).toEqual(before)
  })

  it('ignores the userInfo the client SDK adds: the owner is the caller', async () => {
    const r = await resident(DEMO.residentA, { ...submitEvent(), userInfo: { openId: DEMO.residentB, appId: 'x' } })
    expect(r.ok).toBe(true)
    const mineA = await resident(DEMO.residentA, { action: 'item.listMine' })
    const mineB = await resident(DEMO.residentB, { action: 'item.listMine' })
    expect(mineA.data.items.map((i: { id: string }) => i.id)).toEqual([r.data.id])
    expect(mineB.data.items).toEqual([])
  })

  it('refuses a caller without identity', async () => {
    const r = await w.sys.call('resident', null, submitEvent())
    expect(r).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    expect(await countAll('items')).toBe(0)
  })

  it('refuses an unknown point and writes nothing', async () => {
    const r = await resident(DEMO.residentA, submitEvent({ pointCode: 'zz99' }))
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await snapshot()).toEqual({ items: 0, counters: 0, ratelimits: 0 })
  })

  it('limits a resident to 5 submissions an hour', async () => {
    for (let i = 0; i < 5; i++) expect((await resident(DEMO.residentA, submitEvent())).ok).toBe(true)
    const before = await snapshot()
    const sixth = await resident(DEMO.residentA, submitEvent())
    expect(sixth).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
    expect(await snapshot()).toEqual(before)
    // others are not held back, and the resident may go on an hour later
    expect((await resident(DEMO.residentB, submitEvent())).ok).toBe(true)
    w.clock.advance(60 * 60 * 1000)
    const later = await resident(DEMO.residentA, submitEvent())
    expect(later).toMatchObject({ ok: true, data: { no: 'XD01-202611007' } })
  })

  it('answers a repeat of the submission that filled the hour with its matter, not RATE_LIMITED', async () => {
    for (let i = 0; i < 4; i++) expect((await resident(DEMO.residentA, submitEvent())).ok).toBe(true)
    const fifth = submitEvent()
    const first = await resident(DEMO.residentA, fifth)
    expect(await resident(DEMO.residentA, fifth)).toEqual(first)
    expect(await resident(DEMO.residentA, submitEvent())).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
    expect(await countAll('items')).toBe(5)
  })

  it('refuses risky text and flags text for review', async () => {
    const risky = await resident(DEMO.residentA, submitEvent({ content: '这里有违禁词测试的内容需要处理' }))
    expect(risky).toMatchObject({ ok: false, error: { code: 'CONTENT_REJECTED' } })
    expect(await snapshot()).toEqual({ items: 0, counters: 0, ratelimits: 0 })

    const review = await resident(DEMO.residentA, submitEvent({ content: '这段话待人工复核，请干部看一看' }))
    expect(review.ok).toBe(true)
    const stored = (await db().collection('items').doc(review.data.id).get()).data
    expect(stored?.contentReview).toBe(true)
  })

  it('keeps the photos and shows them through temporary URLs', async () => {
    const png = Buffer.from('89504e470d0a1a0a', 'hex')
    const { fileID } = await w.sys.cloud.storage.uploadFile({ cloudPath: 'uploads/demo-resident-a/test-photo.png', fileContent: png })
    const r = await resident(DEMO.residentA, submitEvent({ photos: [fileID] }))
    expect(r.ok).toBe(true)
    const detail = await resident(DEMO.residentA, { action: 'item.get', id: r.data.id })
    expect(detail.data.photos).toHaveLength(1)
    expect(detail.data.photos[0].fileID).toBe(fileID)
    const res = await fetch(detail.data.photos[0].url)
    expect(res.status).toBe(200)
    expect(Buffer.from(await res.arrayBuffer()).equals(png)).toBe(true)
  })
})
