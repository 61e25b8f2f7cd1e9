import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { DEMO } from '../../emulator/seed'
import { manualClock, startTestSystem, type TestSystem } from '../../emulator/testing'

const clock = manualClock('2026-11-10T02:00:00Z')
let sys: TestSystem
let seq = 0

const contact = { name: '张三', phone: '13812345678', address: '新东社区幸福路12号3单元' }

function submitEvent(overrides: Record<string, unknown> = {}) {
  seq += 1
  return {
    action: 'item.submit',
    requestId: `req-${String(seq).padStart(6, '0')}-test`,
    pointCode: DEMO.pointCode,
    category: '政策咨询',
    content: '想了解一下今年的高龄老人补贴怎么申请',
    contact,
    ...overrides,
  }
}

const resident = (openid: string, event: unknown) => sys.call('resident', openid, event)
const db = () => sys.cloud.port.database({ throwOnNotFound: false })
const countAll = async (name: string) => (await db().collection(name).count()).total
const snapshot = async () => ({
  items: await countAll('items'),
  counters: await countAll('counters'),
  ratelimits: await countAll('ratelimits'),
})

beforeAll(async () => {
  sys = await startTestSystem({
    functions: { resident: { now: clock.now, submitLimitPerHour: 5 } },
    wordList: { risky: ['违禁词测试'], review: ['待人工复核'] },
  })
})
afterAll(async () => {
  await sys.stop()
})
beforeEach(async () => {
  clock.set('2026-11-10T02:00:00Z')
  await db().collection('items').where({ month: db().command.exists(true) }).remove()
  await db().collection('counters').where({ seq: db().command.gte(0) }).remove()
  await db().collection('ratelimits').where({ stamps: db().command.exists(true) }).remove()
})

describe('points', () => {
  it('lists the active points without their routing tables', async () => {
    const r = await resident(DEMO.residentA, { action: 'points.list' })
    expect(r.ok).toBe(true)
    expect(r.data.points.map((p: { code: string }) => p.code)).toEqual(['xd01', 'xd02'])
    const text = JSON.stringify(r)
    expect(text).not.toContain('routing')
    expect(text).not.toContain('demo-cadre')
  })

  it('finds a point by its QR code, and says so when there is none', async () => {
    const r = await resident(DEMO.residentA, { action: 'points.get', code: 'xd01' })
    expect(r).toMatchObject({ ok: true, data: { code: 'xd01', name: '新东社区民情说事点', kind: 'talk' } })
    const missing = await resident(DEMO.residentA, { action: 'points.get', code: 'nope' })
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})

describe('item.submit', () => {
  it('registers a matter with the China-month number and the routed cadre', async () => {
    const r = await resident(DEMO.residentA, submitEvent({ category: '环境卫生' }))
    expect(r).toMatchObject({ ok: true, data: { no: '202611001', status: 'submitted', assignee: { name: '李秀英' } } })
    const detail = await resident(DEMO.residentA, { action: 'item.get', id: r.data.id })
    expect(detail.ok).toBe(true)
    expect(detail.data).toMatchObject({
      no: '202611001',
      status: 'submitted',
      category: '环境卫生',
      pointName: '新东社区民情说事点',
      contact,
      assignee: { name: '李秀英' },
      dueAt: null,
      createdAt: '2026-11-10T10:00:00+08:00',
    })
    expect(detail.data.timeline.map((e: { type: string }) => e.type)).toEqual(['register', 'assign'])
    expect(detail.data.timeline[0].text).toContain('202611001')
  })

  it('falls back to the lead cadre for a category the table does not name', async () => {
    const r = await resident(DEMO.residentA, submitEvent({ category: '政策咨询' }))
    expect(r.data.assignee.name).toBe('张建国')
  })

  it('numbers by the China month at the month boundary', async () => {
    clock.set('2026-01-31T16:30:00Z')
    const r = await resident(DEMO.residentA, submitEvent())
    expect(r.data.no).toBe('202602001')
  })

  it('gives 200 parallel submissions 200 distinct consecutive numbers', async () => {
    const calls = Array.from({ length: 200 }, (_, i) => resident(`load-resident-${i}`, submitEvent()))
    const results = await Promise.all(calls)
    const failures = results.filter((r) => !r.ok)
    expect(failures).toEqual([])
    const numbers = results.map((r) => r.data.no as string).sort()
    expect(new Set(numbers).size).toBe(200)
    expect(numbers).toEqual(Array.from({ length: 200 }, (_, i) => `202611${String(i + 1).padStart(3, '0')}`))
    expect(await countAll('items')).toBe(200)
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
    const r = await sys.call('resident', null, submitEvent())
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
    clock.advance(60 * 60 * 1000)
    const later = await resident(DEMO.residentA, submitEvent())
    expect(later).toMatchObject({ ok: true, data: { no: '202611007' } })
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
    const { fileID } = await sys.cloud.storage.uploadFile({ cloudPath: 'uploads/demo-resident-a/test-photo.png', fileContent: png })
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

describe('item.listMine and item.get', () => {
  it('pages through the resident’s own matters, newest first, without overlap', async () => {
    const made: string[] = []
    for (let i = 0; i < 12; i++) {
      clock.advance(i % 3 === 0 ? 0 : 60_000) // some share a timestamp
      const r = await sys.call('resident', DEMO.residentA, submitEvent())
      if (!r.ok) throw new Error(JSON.stringify(r))
      made.push(r.data.no)
      if (i % 5 === 4) clock.advance(60 * 60 * 1000) // stay under the rate limit
    }
    await resident(DEMO.residentB, submitEvent())
    const seen: string[] = []
    let cursor: string | undefined
    let pages = 0
    do {
      const r = await resident(DEMO.residentA, { action: 'item.listMine', limit: 5, ...(cursor ? { cursor } : {}) })
      expect(r.ok).toBe(true)
      seen.push(...r.data.items.map((i: { no: string }) => i.no))
      cursor = r.data.nextCursor ?? undefined
      pages++
    } while (cursor)
    expect(pages).toBe(3)
    expect(seen).toEqual([...made].reverse())
  })

  it('adds supplements: once per requestId, every time without one', async () => {
    const a = await resident(DEMO.residentA, submitEvent())
    const withId = { action: 'item.supplement', id: a.data.id, requestId: 'supplement-req-0001', content: '晚上更明显' }
    await resident(DEMO.residentA, withId)
    await resident(DEMO.residentA, withId)
    const plain = { action: 'item.supplement', id: a.data.id, content: '再补一句' }
    await resident(DEMO.residentA, plain)
    const last = await resident(DEMO.residentA, plain)
    expect(last.data.timeline.filter((e: { type: string }) => e.type === 'supplement')).toHaveLength(3)
  })

  it('refuses a forged cursor', async () => {
    const r = await resident(DEMO.residentA, { action: 'item.listMine', cursor: 'not-a-cursor' })
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('shows resident B nothing of resident A’s matter', async () => {
    const a = await resident(DEMO.residentA, submitEvent())
    const asB = await resident(DEMO.residentB, { action: 'item.get', id: a.data.id })
    expect(asB).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: expect.any(String) } })
    expect(JSON.stringify(asB)).not.toContain(contact.phone)
    const missing = await resident(DEMO.residentB, { action: 'item.get', id: 'no-such-item' })
    expect(missing.error).toEqual(asB.error)
    const listB = await resident(DEMO.residentB, { action: 'item.listMine' })
    expect(listB).toEqual({ ok: true, data: { items: [], nextCursor: null } })
  })
})
