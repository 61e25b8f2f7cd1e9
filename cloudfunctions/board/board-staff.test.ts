/** 大家说的事 审核: only a leader of the point (or an admin) puts a public entry on the board, refuses it, or takes it down. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { acceptEvent, DEMO, fresh, startWorld, type World } from '../testing'

const START = '2026-03-10T02:00:00Z'
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

const WORDS = '我叫刘桂芳，电话13957123456。楼上空调外机漏水滴到我家窗台，找了物业也没用，希望社区协调。'
const PERSON = { name: '刘桂芳', phone: '13957123456', address: '新东社区幸福路12号3单元501室' }

interface Point {
  code: string
  lead: string
}

/** A point of its own with a leader, an admin-free cadre, and a matter of `owner` rated with 公开 ticked. */
async function publicMatter(owner: string = DEMO.residentA): Promise<{ point: Point; id: string; cadre: string }> {
  const point = await w.addPoint()
  const cadre = await w.addStaff({ name: '同点干部', roles: ['cadre'], points: [point.code] })
  const r = await w.resident(owner, { action: 'item.submit', requestId: fresh('req'), pointCode: point.code, category: '物业管理', content: WORDS, contact: PERSON })
  const id = r.data.id as string
  await w.staff(point.lead, acceptEvent(id))
  await w.staff(point.lead, { action: 'item.reply', id, answer: '已协调物业维修空调外机，窗台已清理。', unit: '社区居委会', handler: '吴敏' })
  const rated = await w.resident(owner, { action: 'item.rate', id, level: 'satisfied', solved: true, public: true })
  if (!rated.ok) throw new Error(JSON.stringify(rated))
  return { point, id, cadre }
}

const onBoard = async (code: string) => (await w.resident(DEMO.residentB, { action: 'board.list', pointCode: code })).data.items.map((e: { id: string }) => e.id)
const review = (id: string, approve: boolean, reason?: string) => ({ action: 'board.review', id, approve, ...(reason === undefined ? {} : { reason }) })
/** The messages about this matter's board entry in the resident's 消息 box. */
async function boardMessages(id: string) {
  const { data } = await w.db().collection('messages').where({ recipient: DEMO.residentA, page: `pages/item/index?id=${id}` }).limit(100).get()
  return (data as { title: string; body: string; page: string }[]).filter((m) => m.title.includes('公开'))
}
const outboxCount = async () => (await w.db().collection('outbox').count()).total

describe('who may review', () => {
  it('a cadre, a leader of another point, a representative, a deputy, a resident and an inactive leader are refused and learn nothing; nothing is written', async () => {
    const { point, id, cadre } = await publicMatter()
    const elsewhere = await w.addPoint()
    const others = {
      cadre,
      'leader of another point': elsewhere.lead,
      representative: await w.addStaff({ name: '居民代表', roles: ['representative'], points: [point.code] }),
      deputy: await w.addStaff({ name: '代表', roles: ['deputy'], points: [point.code] }),
      'inactive leader': await w.addStaff({ name: '离任领导', roles: ['leader'], points: [point.code], active: false }),
      resident: DEMO.residentB,
    }
    const before = await w.rawItem(id)
    const outbox = await outboxCount()
    for (const [who, openid] of Object.entries(others)) {
      // a leader elsewhere has a list of their own points, without this entry
      const lists = who === 'leader of another point' ? [] : [{ action: 'board.pending' }]
      for (const event of [...lists, review(id, true), review(id, false, '有争议'), { action: 'board.withdraw', id }]) {
        const r = await w.staff(openid, event)
        expect(r.error?.code, `${who} ${JSON.stringify(event)}`).toBe('FORBIDDEN')
        expect(JSON.stringify(r)).not.toContain('空调')
      }
      // a missing matter answers the same as someone else's
      expect((await w.staff(openid, review('nosuchmatter', true))).error.code).toBe('FORBIDDEN')
    }
    // the leader of another point sees nothing of this point's entries
    expect((await w.staff(elsewhere.lead, { action: 'board.pending' })).data).toEqual({ items: [], nextCursor: null, total: 0 })
    expect(await w.rawItem(id)).toEqual(before)
    expect(await outboxCount()).toBe(outbox)
  })

  it('a leader of the point and an admin may; an admin asking for a missing matter is told it is missing', async () => {
    const { point, id } = await publicMatter()
    const leader = await w.addStaff({ name: '另一位领导', roles: ['leader'], points: [point.code] })
    expect((await w.staff(leader, { action: 'board.pending' })).data.items.map((e: { id: string }) => e.id)).toEqual([id])
    expect((await w.staff(DEMO.admin, { action: 'board.pending', limit: 50 })).data.items.map((e: { id: string }) => e.id)).toContain(id)
    expect((await w.staff(DEMO.admin, review('nosuchmatter', true))).error.code).toBe('NOT_FOUND')
    expect((await w.staff(DEMO.admin, review(id, true))).data.status).toBe('approved')
  })
})

describe('审核', () => {
  it('a pending entry is not on the board; the leader sees the redacted text beside the original; 通过 puts it on and tells the resident', async () => {
    const { point, id } = await publicMatter()
    expect(await onBoard(point.code)).toEqual([])
    const pending = await w.staff(point.lead, { action: 'board.pending' })
    expect(pending.data.total).toBe(1)
    const [entry] = pending.data.items
    expect(entry).toMatchObject({ id, status: 'pending', originalContent: WORDS, rating: { level: 'satisfied', solved: true } })
    expect(entry.content).not.toContain('刘桂芳')
    expect(entry.content).not.toContain('13957123456')
    expect(entry.content).toContain('空调外机漏水')
    expect((await w.resident(DEMO.residentA, { action: 'item.get', id })).data.board).toEqual({ status: 'pending', reason: null })

    const approved = await w.staff(point.lead, review(id, true))
    expect(approved.data).toMatchObject({ id, status: 'approved' })
    expect(await onBoard(point.code)).toEqual([id])
    expect((await w.staff(point.lead, { action: 'board.pending' })).data).toMatchObject({ items: [], total: 0 })
    expect((await w.rawItem(id))?.board).toMatchObject({ status: 'approved', reviewedBy: point.lead, reviewedAt: new Date(START) })
    const mine = (await w.resident(DEMO.residentA, { action: 'item.listMine', limit: 50 })).data.items.find((i: { id: string }) => i.id === id)
    expect(mine.board).toEqual({ status: 'approved', reason: null })
    expect(await boardMessages(id)).toMatchObject([{ title: '公开审核：已公开' }])
  })

  it('不公开 needs a reason; the resident reads it on the matter and in a message, and the entry never shows', async () => {
    const { point, id } = await publicMatter()
    const rejected = await w.staff(point.lead, review(id, false, '涉及邻里矛盾，不宜公开'))
    expect(rejected.data).toMatchObject({ status: 'rejected', reason: '涉及邻里矛盾，不宜公开' })
    expect(await onBoard(point.code)).toEqual([])
    expect((await w.resident(DEMO.residentA, { action: 'item.get', id })).data.board).toEqual({ status: 'rejected', reason: '涉及邻里矛盾，不宜公开' })
    const told = await boardMessages(id)
    expect(told).toMatchObject([{ title: '公开审核：未公开' }])
    expect(told[0].body).toContain('原因：涉及邻里矛盾，不宜公开')
  })

  it('a retry answers as the first call did and tells nobody twice; the other decision afterwards is a CONFLICT', async () => {
    const { point, id } = await publicMatter()
    const first = await w.staff(point.lead, review(id, true))
    const outbox = await outboxCount()
    const stored = await w.rawItem(id)
    w.clock.advance(60_000)
    const again = await w.staff(point.lead, review(id, true))
    expect(again.data).toEqual(first.data)
    expect(await w.rawItem(id)).toEqual(stored)
    expect(await outboxCount()).toBe(outbox)
    const other = await w.staff(DEMO.admin, review(id, false, '有争议'))
    expect(other.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('已公开') })
    expect(await w.rawItem(id)).toEqual(stored)
  })

  it('two leaders deciding at once: one decision stands, the other is told', async () => {
    const { point, id } = await publicMatter()
    const second = await w.addStaff({ name: '另一位领导', roles: ['leader'], points: [point.code] })
    const [a, b] = await Promise.all([w.staff(point.lead, review(id, true)), w.staff(second, review(id, false, '不宜公开'))])
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1)
    expect((a.ok ? b : a).error.code).toBe('CONFLICT')
    expect(await boardMessages(id)).toHaveLength(1)
  })

  it('bad input is refused with a clear message and writes nothing', async () => {
    const { point, id } = await publicMatter()
    const before = await w.rawItem(id)
    const outbox = await outboxCount()
    const cases: [object, string][] = [
      [{ action: 'board.review', id, approve: false }, '不公开时请写明原因，居民会看到'],
      [{ action: 'board.review', id, approve: false, reason: '  ' }, '不公开的原因至少 2 个字'],
      [{ action: 'board.review', id, approve: false, reason: '长'.repeat(101) }, '不公开的原因不能超过 100 个字'],
      [{ action: 'board.review', id, approve: 'yes' }, '请选择通过或不公开'],
      [{ action: 'board.review', id: '../x', approve: true }, '编号无效'],
      [{ action: 'board.review', id, approve: true, extra: 1 }, '请求含有无法识别的内容'],
      [{ action: 'board.pending', cursor: 'x' }, '分页参数无效，请刷新后重试'],
      [{ action: 'board.withdraw' }, '缺少编号'],
    ]
    for (const [event, message] of cases) {
      const r = await w.staff(point.lead, event)
      expect(r.error, JSON.stringify(event)).toMatchObject({ code: 'INVALID_INPUT', message })
    }
    expect(await w.rawItem(id)).toEqual(before)
    expect(await outboxCount()).toBe(outbox)
  })

  it('pages oldest first without overlap; the total counts them all', async () => {
    const point = await w.addPoint()
    const ids: string[] = []
    for (let i = 0; i < 3; i++) {
      w.clock.advance(60_000)
      const r = await w.resident(DEMO.residentA, { action: 'item.submit', requestId: fresh('req'), pointCode: point.code, category: '物业管理', content: WORDS, contact: PERSON })
      await w.staff(point.lead, acceptEvent(r.data.id))
      await w.staff(point.lead, { action: 'item.reply', id: r.data.id, answer: '已处理好了', unit: '社区居委会', handler: '吴敏' })
      await w.resident(DEMO.residentA, { action: 'item.rate', id: r.data.id, level: 'basic', solved: true, public: true })
      ids.push(r.data.id)
    }
    const first = await w.staff(point.lead, { action: 'board.pending', limit: 2 })
    expect(first.data.total).toBe(3)
    const second = await w.staff(point.lead, { action: 'board.pending', limit: 2, cursor: first.data.nextCursor })
    expect(second.data.nextCursor).toBeNull()
    expect([...first.data.items, ...second.data.items].map((e: { id: string }) => e.id)).toEqual(ids)
  })
})

describe('撤下', () => {
  it('the leader takes an approved entry off the board; the resident is told; a retry changes nothing', async () => {
    const { point, id } = await publicMatter()
    await w.staff(point.lead, review(id, true))
    expect((await w.staff(point.lead, { action: 'board.withdraw', id })).data.status).toBe('withdrawn')
    expect(await onBoard(point.code)).toEqual([])
    const stored = await w.rawItem(id)
    expect(stored?.board).toMatchObject({ status: 'withdrawn', withdrawnBy: 'staff' })
    expect((await boardMessages(id)).map((m) => m.title).sort()).toEqual(['公开审核：已公开', '公开的事已撤下'])
    expect((await w.staff(point.lead, { action: 'board.withdraw', id })).ok).toBe(true)
    expect(await w.rawItem(id)).toEqual(stored)
    expect((await w.resident(DEMO.residentA, { action: 'item.get', id })).data.board).toEqual({ status: 'withdrawn', reason: null })
  })

  it('a leader cannot withdraw an entry still waiting (that is 不公开, with a reason)', async () => {
    const { point, id } = await publicMatter()
    expect((await w.staff(point.lead, { action: 'board.withdraw', id })).error.code).toBe('CONFLICT')
  })

  it('the resident takes their own entry down, approved or still waiting; nobody else’s', async () => {
    const shown = await publicMatter()
    await w.staff(shown.point.lead, review(shown.id, true))
    expect(await onBoard(shown.point.code)).toEqual([shown.id])
    const before = await w.rawItem(shown.id)
    // another resident learns nothing and changes nothing
    expect((await w.resident(DEMO.residentB, { action: 'board.withdraw', id: shown.id })).error.code).toBe('NOT_FOUND')
    expect((await w.resident(DEMO.residentB, { action: 'board.withdraw', id: 'nosuchmatter' })).error.code).toBe('NOT_FOUND')
    expect(await w.rawItem(shown.id)).toEqual(before)

    const outbox = await outboxCount()
    expect((await w.resident(DEMO.residentA, { action: 'board.withdraw', id: shown.id })).data).toEqual({ status: 'withdrawn', reason: null })
    expect(await onBoard(shown.point.code)).toEqual([])
    expect((await w.rawItem(shown.id))?.board).toMatchObject({ status: 'withdrawn', withdrawnBy: 'owner' })
    expect((await w.resident(DEMO.residentA, { action: 'board.withdraw', id: shown.id })).ok).toBe(true) // retry
    expect(await outboxCount()).toBe(outbox) // their own step tells them nothing

    const waiting = await publicMatter()
    expect((await w.resident(DEMO.residentA, { action: 'board.withdraw', id: waiting.id })).data.status).toBe('withdrawn')
    expect((await w.staff(waiting.point.lead, { action: 'board.pending' })).data.total).toBe(0)
    expect((await w.staff(waiting.point.lead, review(waiting.id, true))).error.code).toBe('CONFLICT')
  })

  it('a matter never made public has nothing to take down', async () => {
    const point = await w.addPoint()
    const r = await w.resident(DEMO.residentA, { action: 'item.submit', requestId: fresh('req'), pointCode: point.code, category: '物业管理', content: WORDS, contact: PERSON })
    expect((await w.resident(DEMO.residentA, { action: 'board.withdraw', id: r.data.id })).error.code).toBe('NOT_FOUND')
    expect((await w.staff(point.lead, review(r.data.id, true))).error.code).toBe('NOT_FOUND')
  })
})
