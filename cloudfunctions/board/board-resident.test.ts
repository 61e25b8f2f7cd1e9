/** 大家说的事: what residents agreed to make public and a leader approved, with no personal data, and the point's figures. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { CHECK_REFUSED_REASON } from '../../domain/board/board'
import { acceptEvent, DEMO, fresh, startWorld, type World } from '../testing'
import { rebuildRollups } from '../figures/rollup-check'

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

const person = { name: '刘桂芳', phone: '13957123456', address: '新东社区幸福路12号3单元501室' }
const words =
  '我叫刘桂芳，住幸福路12号3单元501室，电话139-5712-3456。楼上邻居孙志强家空调外机漏水滴到我家窗台，' +
  '找了物业的周经理也没用。我身份证号330106195802154321，白天可以打座机0571-86543210。'
const answer = '经网格员吴敏上门核实，已协调物业维修孙志强家空调外机，刘桂芳阿姨家窗台已清理，有问题请打13800001111。'
const PERSONAL = ['刘桂芳', '桂芳', '孙志强', '周经理', '幸福路12号', '3单元', '501', '13957123456', '139-5712-3456', '3456', '330106', '86543210', '13800001111']

interface Opts {
  point: { code: string; lead: string }
  owner?: string
  content?: string
  reply?: string
  level?: string
  public?: boolean
  rate?: boolean
  /** a public one waiting for review is approved by the point's leader, unless told not */
  approve?: boolean
}

/** A matter registered, accepted and answered at `point`, then (unless told not) rated and, when public, approved. */
async function answered(o: Opts): Promise<string> {
  const owner = o.owner ?? DEMO.residentA
  const submitted = await w.resident(owner, {
    action: 'item.submit',
    requestId: fresh('req'),
    pointCode: o.point.code,
    category: '物业管理',
    content: o.content ?? words,
    contact: person,
  })
  if (!submitted.ok) throw new Error(JSON.stringify(submitted))
  const id = submitted.data.id as string
  await w.staff(o.point.lead, acceptEvent(id))
  const replied = await w.staff(o.point.lead, { action: 'item.reply', id, answer: o.reply ?? answer, unit: '社区居委会', handler: '吴敏' })
  if (!replied.ok) throw new Error(JSON.stringify(replied))
  if (o.rate === false) return id
  const level = o.level ?? 'satisfied'
  const rated = await w.resident(owner, {
    action: 'item.rate',
    id,
    level,
    solved: level !== 'unsatisfied',
    ...(level === 'unsatisfied' ? { opinion: '还是漏水' } : {}),
    ...(o.public === undefined ? {} : { public: o.public }),
  })
  if (!rated.ok) throw new Error(JSON.stringify(rated))
  if (o.approve !== false && (await w.rawItem(id))?.board?.status === 'pending') {
    const reviewed = await w.staff(o.point.lead, { action: 'board.review', id, approve: true })
    if (!reviewed.ok) throw new Error(JSON.stringify(reviewed))
  }
  return id
}

const board = async (pointCode: string, openid: string = DEMO.residentB, cursor?: string) =>
  w.resident(openid, { action: 'board.list', pointCode, ...(cursor ? { cursor } : {}) })

describe('making a matter public when rating', () => {
  it('once the leader approves, shows it to another resident with no name, phone, address or identity number', async () => {
    const point = await w.addPoint()
    const id = await answered({ point, public: true, approve: false })
    expect((await board(point.code)).data.items).toEqual([])
    expect((await w.staff(point.lead, { action: 'board.review', id, approve: true })).ok).toBe(true)
    const page = await board(point.code)
    expect(page.ok).toBe(true)
    expect(page.data.items).toHaveLength(1)
    const [entry] = page.data.items
    expect(entry).toMatchObject({ id, category: '物业管理', rating: { level: 'satisfied', solved: true }, month: '2026-03' })
    expect(entry.content).toContain('空调外机漏水')
    expect(entry.answer).toContain('已协调物业维修')
    // the cadre who answered is a public official acting in office: named, not 某某
    expect(entry.answer).toContain('网格员吴敏上门核实')
    // what is shown but the matters' ids (a hash, which may hold any digits by chance)
    const words = JSON.stringify({ ...page.data, items: page.data.items.map(({ id: _id, ...rest }: { id: string }) => rest) })
    for (const bit of PERSONAL) expect(words).not.toContain(bit)
    expect(words).not.toMatch(/\d{7,}/)
    // stored once, redacted and checked, at the rating
    expect((await w.rawItem(id))?.board).toMatchObject({ verdict: 'pass', status: 'approved', reviewedBy: point.lead, reviewerName: '点负责人' })
    expect((await w.rawItem(id))?.timeline.at(-2).text).toContain('同意隐去个人信息后公开，待说事点审核')
  })

  it('masks a phone and an address however they are written; counts, floors and the cadre stay', async () => {
    const point = await w.addPoint()
    const content = '楼里六户的楼道灯坏了，社区一楼窗口说要等。电话 1 3 9 — 8 7 6 5 — 4 3 2 1，我住幸福路 88 弄 3 号，六楼。'
    const id = await answered({ point, public: true, content, reply: '网格员吴敏已上门，楼道灯已修好。' })
    const [entry] = (await board(point.code)).data.items
    expect(entry.id).toBe(id)
    expect(entry.content).toBe('楼里六户的楼道灯坏了，社区一楼窗口说要等。电话 ＊＊＊，我住＊＊。')
    expect(entry.answer).toBe('网格员吴敏已上门，楼道灯已修好。')
  })

  it('without 公开 ticked the matter stays off the board', async () => {
    const point = await w.addPoint()
    const unticked = await answered({ point, public: false })
    const unsaid = await answered({ point })
    expect((await w.rawItem(unticked))?.board).toBeNull()
    expect((await w.rawItem(unsaid))?.board).toBeNull()
    expect((await board(point.code)).data.items).toEqual([])
  })

  it('a 公开 that is not a yes or no is refused and nothing is written', async () => {
    const point = await w.addPoint()
    const id = await answered({ point, rate: false })
    const before = await w.rawItem(id)
    const r = await w.resident(DEMO.residentA, { action: 'item.rate', id, level: 'satisfied', solved: true, public: 'yes' })
    expect(r.error).toMatchObject({ code: 'INVALID_INPUT', message: '请选择是否公开' })
    expect(await w.rawItem(id)).toEqual(before)
  })

  it('an answer the content check refuses never reaches a leader and stays off the board; the rating itself stands', async () => {
    const point = await w.addPoint()
    const id = await answered({ point, public: true, reply: '已处理，另外提醒大家远离赌博' })
    const stored = await w.rawItem(id)
    expect(stored).toMatchObject({
      status: 'closed',
      rating: { level: 'satisfied' },
      board: { verdict: 'risky', status: 'rejected', reason: CHECK_REFUSED_REASON, reviewedBy: 'system' },
    })
    expect((await w.staff(point.lead, { action: 'board.pending' })).data.items).toEqual([])
    expect((await w.staff(point.lead, { action: 'board.review', id, approve: true })).error.code).toBe('CONFLICT')
    expect((await board(point.code)).data.items).toEqual([])
  })

  it('a matter whose words were held for review at registration stays off the board', async () => {
    const point = await w.addPoint()
    const id = await answered({ point, public: true, content: '楼道里堆满杂物，待人工复核的内容，请尽快处理' })
    expect((await w.rawItem(id))?.board).toMatchObject({ status: 'rejected' })
    expect((await board(point.code)).data.items).toEqual([])
  })
})

describe('the board', () => {
  it('lists only public, answered and rated matters of that point', async () => {
    const point = await w.addPoint()
    const other = await w.addPoint()
    const shown = await answered({ point, public: true, level: 'basic' })
    await answered({ point: other, public: true }) // another point
    await answered({ point, rate: false }) // answered, not yet rated
    const reopened = await answered({ point, public: true, level: 'unsatisfied' }) // 不满意: handled again
    expect((await w.rawItem(reopened))).toMatchObject({ status: 'in_progress', board: null })
    await answered({ point, public: true, approve: false }) // waiting for the leader
    const page = await board(point.code)
    expect(page.data.items.map((e: { id: string }) => e.id)).toEqual([shown])
    expect(page.data.pointName).toBe(`测试说事点${point.code}`)
  })

  it('never shows a rating a cadre recorded as a resident’s: the entry stays off the board and out of the figures', async () => {
    const point = await w.addPoint()
    const shown = await answered({ point, public: true })
    const recorded = await answered({ point, public: true, level: 'basic' })
    // no action puts a cadre's record of a 回访 on an approved entry; should one ever be there, it is not the resident's word
    await w.db().collection('items').doc(recorded).update({ data: { rating: { recordedBy: point.lead, recordedByName: '点负责人' } } })
    // a write past the write path, as bulk data: its roll-up is rebuilt from the matters
    await rebuildRollups(w.db(), w.clock.now())
    const page = await board(point.code)
    expect(page.data.items.map((e: { id: string }) => e.id)).toEqual([shown])
    expect(page.data.headline).toMatchObject({ answeredClosed: 2, rated: 1, satisfactionRate: { insufficient: true, count: 1, n: 1 } })
  })

  it('pages newest first without overlap; the figures come with the first page', async () => {
    const point = await w.addPoint()
    const ids: string[] = []
    for (let i = 0; i < 12; i++) {
      w.clock.advance(60_000)
      ids.push(await answered({ point, public: true }))
    }
    const first = await board(point.code)
    expect(first.data.items).toHaveLength(10)
    expect(first.data.headline).not.toBeNull()
    const second = await board(point.code, DEMO.residentB, first.data.nextCursor)
    expect(second.data.headline).toBeNull()
    expect(second.data.nextCursor).toBeNull()
    const seen = [...first.data.items, ...second.data.items].map((e: { id: string }) => e.id)
    expect(seen).toEqual([...ids].reverse())
  })

  it('a caller without identity or an unknown point learns nothing', async () => {
    expect((await board(DEMO.pointCode, null as unknown as string)).ok).toBe(false)
    expect((await board('nosuchpoint')).error.code).toBe('NOT_FOUND')
    expect((await w.resident(DEMO.residentB, { action: 'board.list', pointCode: DEMO.pointCode, cursor: 'x' })).error.code).toBe('INVALID_INPUT')
  })
})

describe('the point’s headline figures', () => {
  /** figures.get of the same point over the same year, as its leader reads them in 数字 */
  const figures = async (point: { code: string; lead: string }) =>
    (await w.staff(point.lead, { action: 'figures.get', from: '2026-01-01', to: '2026-12-31', pointCode: point.code })).data

  it('are 数字’s figures for the point and this year: a withdrawn matter and a cadre’s record of a 回访 do not count as collected or rated', async () => {
    const point = await w.addPoint()
    // last year: not counted
    w.clock.set('2025-12-31T15:59:59Z') // 2025-12-31 23:59:59 China time
    await answered({ point, public: true })
    w.clock.set(START)
    // this year: 1 withdrawn, 1 waiting, 8 satisfied or basic, 1 不满意 answered again (awaiting its new rating), 1 answered and unrated
    const withdrawn = await w.resident(DEMO.residentA, {
      action: 'item.submit',
      requestId: fresh('req'),
      pointCode: point.code,
      category: '其他',
      content: '这件事我自己解决了，不用麻烦了',
      contact: person,
    })
    await w.resident(DEMO.residentA, { action: 'item.withdraw', id: withdrawn.data.id })
    await w.resident(DEMO.residentA, { action: 'item.submit', requestId: fresh('req'), pointCode: point.code, category: '其他', content: '小区健身器材坏了两个月', contact: person })
    for (let i = 0; i < 8; i++) await answered({ point, level: i % 2 ? 'basic' : 'satisfied' })
    const again = await answered({ point, level: 'unsatisfied' })
    await w.staff(point.lead, { action: 'item.reply', id: again, answer: '又请物业上门，外机已换新', unit: '社区居委会', handler: '吴敏' })
    const unrated = await answered({ point, rate: false })
    // 代登记, answered, and the rating the cadre recorded on a 回访: collected and answered, never rated
    const walkIn = await w.staff(point.lead, {
      action: 'item.registerForResident',
      requestId: fresh('req'),
      pointCode: point.code,
      category: '基础设施',
      content: '老人说楼道的灯坏了，晚上上下楼看不见',
      contact: person,
    })
    await w.staff(point.lead, acceptEvent(walkIn.data.id))
    await w.staff(point.lead, { action: 'item.reply', id: walkIn.data.id, answer: '灯已换好', unit: '社区居委会', handler: '吴敏' })
    const recorded = await w.staff(point.lead, { action: 'item.recordRating', id: walkIn.data.id, level: 'satisfied', solved: true, visitedAt: '2026-03-10', note: '老人说灯修好了' })
    expect(recorded.ok).toBe(true)

    // collected 12 (the withdrawn one is not); answered or closed 8 + the one answered again + 1 unrated + the 代登记 one = 11;
    // rated 8 (the earlier 不满意 waits for the new answer's rating), all satisfied
    const headline = (await board(point.code)).data.headline
    expect(headline).toEqual({
      year: 2026,
      collected: 12,
      answeredClosed: 11,
      feedbackRate: { value: 91.7, count: 11, of: 12 },
      rated: 8,
      satisfactionRate: { insufficient: true, count: 8, n: 8 },
    })
    const f = await figures(point)
    expect(f.withdrawn).toBe(1)
    expect(f.cadreRecorded).toBe(1)
    expect(headline).toEqual({ year: 2026, collected: f.collected, answeredClosed: f.answeredClosed, feedbackRate: f.feedbackRate, rated: f.rated, satisfactionRate: f.satisfaction })

    await w.resident(DEMO.residentA, { action: 'item.rate', id: unrated, level: 'satisfied', solved: true })
    await w.resident(DEMO.residentA, { action: 'item.rate', id: again, level: 'unsatisfied', solved: false, opinion: '还是滴水' })
    const after = (await board(point.code)).data.headline
    expect(after).toMatchObject({ collected: 12, answeredClosed: 10, rated: 10, satisfactionRate: { value: 90, count: 9, of: 10 } })
    const g = await figures(point)
    expect(after).toEqual({ year: 2026, collected: g.collected, answeredClosed: g.answeredClosed, feedbackRate: g.feedbackRate, rated: g.rated, satisfactionRate: g.satisfaction })
  })
})
