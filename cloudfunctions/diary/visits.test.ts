/** 民情日记: recording a visit, who may read it, bad input, and 登记为诉求 from it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contact, DEMO, fresh, startWorld, type World } from '../testing'

let w: World
// Monday 2 March 2026, 10:00 China time
beforeAll(async () => {
  w = await startWorld('2026-03-02T02:00:00Z')
})
afterAll(async () => {
  await w.stop()
})

const HEARD = '老人说楼道的灯坏了半个月，晚上上下楼看不见，担心摔倒'

const visitEvent = (pointCode: string, extra: Record<string, unknown> = {}) => ({
  action: 'visits.create',
  requestId: fresh('req'),
  pointCode,
  form: 'homeVisit',
  visitedAt: '2026-03-01',
  household: { address: '幸福路12号3单元501', met: '王大爷和老伴' },
  heard: HEARD,
  difficulties: '老伴腿脚不便，买菜困难',
  done: '答应周五前联系物业修灯',
  ...extra,
})

/** A point with its lead (cadre and leader there), a second cadre, and a leader of another point. */
async function pointWithPeople() {
  const { code, lead } = await w.addPoint()
  const cadre = await w.addStaff({ name: '李干部', roles: ['cadre'], points: [code] })
  const other = await w.addPoint()
  return { code, lead, cadre, otherLeader: other.lead, otherCode: other.code }
}

const visitsBy = async (author: string) => (await w.db().collection('visits').where({ author }).count()).total
const auditOf = async (actor: string, target: string) =>
  (await w.db().collection('audit').where({ actor, target }).get()).data as { action: string }[]

describe('民情日记: recording a visit', () => {
  it('keeps what the cadre wrote; the same requestId twice makes one entry', async () => {
    const { code, cadre } = await pointWithPeople()
    const event = visitEvent(code)
    const [a, b] = await Promise.all([w.staff(cadre, event), w.staff(cadre, event)])
    expect(a.ok && b.ok).toBe(true)
    expect(a.data.id).toBe(b.data.id)
    expect(await visitsBy(cadre)).toBe(1)
    const got = await w.staff(cadre, { action: 'visits.get', id: a.data.id })
    expect(got.data).toMatchObject({
      form: 'homeVisit',
      visitedAt: '2026-03-01',
      household: { address: '幸福路12号3单元501', met: '王大爷和老伴' },
      heard: HEARD,
      done: '答应周五前联系物业修灯',
      author: { openid: cadre, name: '李干部' },
      mine: true,
      follows: [],
      items: [],
    })
    // the author's own read is not an audited one
    expect(await auditOf(cadre, a.data.id)).toEqual([])
  })

  it('refuses bad input with a clear message and writes nothing', async () => {
    const { code, cadre, otherCode } = await pointWithPeople()
    const foreign = await w.submit({ pointCode: otherCode })
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ visitedAt: '2026-03-03' }, /今天以后/],
      [{ visitedAt: '2026-01-29' }, /31 天/],
      [{ visitedAt: '2026-02-30' }, /日期不存在/],
      [{ form: 'party' }, /走访形式/],
      [{ heard: '他说有事打他电话 138 1234 5678' }, /不记电话号码、身份证号和银行卡号/],
      [{ household: { address: '幸福路12号', met: '王大爷 330102196001011234' } }, /不记电话号码、身份证号和银行卡号/],
      [{ household: { address: '幸福路12号', met: '王大爷', phone: '13812345678' } }, /无法识别/],
      [{ heard: '' }, /听到的情况/],
      [{ followsItemIds: [foreign] }, /不是本说事点/],
      [{ followsItemIds: ['no-such-matter'] }, /不存在/],
    ]
    for (const [extra, message] of cases) {
      const r = await w.staff(cadre, visitEvent(code, extra))
      expect(r.error?.code, JSON.stringify(extra)).toBe('INVALID_INPUT')
      expect(r.error.message).toMatch(message)
    }
    expect(await visitsBy(cadre)).toBe(0)
  })

  it('refuses a phone, ID or bank card number however it is written, and writes nothing', async () => {
    const { code, cadre } = await pointWithPeople()
    for (const extra of [
      { heard: '他说有事打 一三九 八七六五 四三二一' },
      { done: '留了电话 138.7654.3210，下周再联系' },
      { difficulties: '手机 +86 138—1234—5678 打不通' },
      { done: '补贴打到他的卡 6222 0212 3456 7890 128 上' },
      { heard: '他家座机 0571—8765—4321' },
      { heard: '王大爷说身份证 3 3 0 1 0 2 1 9 6 0 0 1 0 1 1 2 3  X 丢了，要补办' },
    ]) {
      const r = await w.staff(cadre, visitEvent(code, extra))
      expect(r.error, JSON.stringify(extra)).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/不记电话号码、身份证号和银行卡号/) })
    }
    expect(await visitsBy(cadre)).toBe(0)
    // an address with floors and household counts is what a diary is for
    expect((await w.staff(cadre, visitEvent(code, { heard: '楼里六户都说一楼窗口办事慢，幸福路 88 弄 3 号六楼的老人腿脚不便' }))).ok).toBe(true)
  })

  it('is written only by cadres, leaders and deputies of the point', async () => {
    const { code, otherLeader } = await pointWithPeople()
    expect((await w.staff(DEMO.residentA, visitEvent(code))).error.code).toBe('FORBIDDEN')
    expect((await w.staff(otherLeader, visitEvent(code))).error.code).toBe('FORBIDDEN')
    expect((await w.staff(DEMO.admin, visitEvent(code))).error.code).toBe('FORBIDDEN')
    expect((await w.db().collection('visits').where({ pointCode: code }).count()).total).toBe(0)
  })
})

describe('民情日记 is confidential', () => {
  it('is read by its author and the leaders of its point only; a leader’s read is audited', async () => {
    const { code, cadre, otherLeader } = await pointWithPeople()
    const colleague = await w.addStaff({ name: '同事', roles: ['cadre', 'deputy'], points: [code] })
    const leader = await w.addStaff({ name: '书记', roles: ['leader'], points: [code] })
    const id = (await w.staff(cadre, visitEvent(code))).data.id as string

    for (const stranger of [colleague, otherLeader]) {
      const r = await w.staff(stranger, { action: 'visits.get', id })
      expect(r.error.code).toBe('NOT_FOUND')
      expect(JSON.stringify(r)).not.toContain('王大爷')
    }
    const resident = await w.staff(DEMO.residentA, { action: 'visits.get', id })
    expect(resident.error.code).toBe('FORBIDDEN')
    expect(JSON.stringify(resident)).not.toContain('王大爷')
    // a matter id is no way in, and a made-up id looks the same as a hidden one
    expect((await w.staff(colleague, { action: 'visits.get', id: 'no-such-visit' })).error).toEqual(
      (await w.staff(colleague, { action: 'visits.get', id })).error,
    )

    // rights first: one who keeps no diary is refused alike, whether the entry exists or not
    for (const asked of [id, 'no-such-visit']) expect((await w.staff(DEMO.admin, { action: 'visits.get', id: asked })).error.code).toBe('FORBIDDEN')

    const read = await w.staff(leader, { action: 'visits.get', id })
    expect(read.data).toMatchObject({ heard: HEARD, mine: false })
    expect((await auditOf(leader, id)).map((a) => a.action)).toEqual(['visit.read'])
    expect(await auditOf(colleague, id)).toEqual([])
  })

  it('lists a cadre’s diary to them and to their leaders, as dates, forms and masked households', async () => {
    const { code, cadre, otherLeader } = await pointWithPeople()
    const colleague = await w.addStaff({ name: '同事', roles: ['cadre'], points: [code] })
    const leader = await w.addStaff({ name: '书记', roles: ['leader'], points: [code] })
    await w.staff(cadre, visitEvent(code))
    await w.staff(cadre, visitEvent(code, { visitedAt: '2026-02-27', form: 'walkIn' }))

    const own = await w.staff(cadre, { action: 'visits.list', month: '2026-03' })
    expect(own.data.visits).toEqual([
      expect.objectContaining({ visitedAt: '2026-03-01', form: 'homeVisit', household: '幸福路****', follows: 0, items: 0 }),
    ])
    expect(JSON.stringify(own.data)).not.toContain('楼道')
    expect((await w.staff(cadre, { action: 'visits.list' })).data.visits.map((v: { visitedAt: string }) => v.visitedAt)).toEqual(['2026-03-01', '2026-02-27'])

    const byLeader = await w.staff(leader, { action: 'visits.list', cadre, month: '2026-02' })
    expect(byLeader.data.visits).toHaveLength(1)
    expect((await w.db().collection('audit').where({ actor: leader, action: 'visits.list' }).count()).total).toBe(1)

    for (const stranger of [colleague, otherLeader, DEMO.residentA]) {
      const r = await w.staff(stranger, { action: 'visits.list', cadre })
      expect(r.error.code).toBe('FORBIDDEN')
      expect(JSON.stringify(r)).not.toContain('幸福路')
    }
  })

  it('is unknown to the resident function', async () => {
    const { code, cadre } = await pointWithPeople()
    const id = (await w.staff(cadre, visitEvent(code))).data.id as string
    for (const event of [{ action: 'visits.get', id }, { action: 'visits.list' }, { action: 'visits.list', cadre }]) {
      const r = await w.resident(DEMO.residentA, event)
      expect(r).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: '不支持的操作' } })
    }
  })
})

describe('登记为诉求 from a visit', () => {
  const toItem = (id: string, requestId = fresh('req')) => ({
    action: 'visits.toItem',
    id,
    requestId,
    category: '基础设施',
    content: '幸福路12号3单元楼道灯坏了半个月，老人晚上上下楼看不见',
    contact: { ...contact, name: '王大爷', address: '幸福路12号3单元501' },
  })

  it('numbers a matter for the household, the visiting cadre responsible; the same requestId makes one; the visit lists them', async () => {
    const { code, cadre, lead } = await pointWithPeople()
    const visit = (await w.staff(cadre, visitEvent(code))).data.id as string
    const before = await w.submit({ pointCode: code })
    const beforeNo = Number((await w.rawItem(before))?.no)

    const requestId = fresh('req')
    const [a, b] = await Promise.all([w.staff(cadre, toItem(visit, requestId)), w.staff(cadre, toItem(visit, requestId))])
    expect(a.data.id).toBe(b.data.id)
    expect(Number(a.data.no)).toBe(beforeNo + 1)
    expect(a.data).toMatchObject({ status: 'submitted', assignee: { openid: cadre, name: '李干部' }, category: '基础设施' })
    expect(await w.rawItem(a.data.id)).toMatchObject({ ownerOpenid: '', source: 'visit', registeredBy: cadre, pointCode: code })
    const second = await w.staff(cadre, toItem(visit))
    expect(Number(second.data.no)).toBe(beforeNo + 2)

    const got = await w.staff(cadre, { action: 'visits.get', id: visit })
    expect(got.data.items.map((i: { no: string }) => i.no)).toEqual([a.data.no, second.data.no])
    // in the cadre's workbench, waiting to be accepted
    const queue = await w.staff(cadre, { action: 'queue', tab: 'pending' })
    expect(queue.data.items.map((i: { no: string }) => i.no)).toEqual(expect.arrayContaining([a.data.no, second.data.no]))
    // the lead cadre's matter submitted before is not theirs
    expect(queue.data.items.map((i: { id: string }) => i.id)).not.toContain(before)
    expect(lead).not.toBe(cadre)
  })

  it('only by the author: another cadre gets NOT_FOUND, a leader FORBIDDEN, and nothing is registered', async () => {
    const { code, cadre } = await pointWithPeople()
    const colleague = await w.addStaff({ name: '同事', roles: ['cadre'], points: [code] })
    const leader = await w.addStaff({ name: '书记', roles: ['leader'], points: [code] })
    const visit = (await w.staff(cadre, visitEvent(code))).data.id as string
    const items = async () => (await w.db().collection('items').where({ pointCode: code }).count()).total
    expect((await w.staff(colleague, toItem(visit))).error.code).toBe('NOT_FOUND')
    expect((await w.staff(leader, toItem(visit))).error.code).toBe('FORBIDDEN')
    expect((await w.staff(DEMO.residentA, toItem(visit))).error.code).toBe('FORBIDDEN')
    const bad = await w.staff(cadre, { ...toItem(visit), contact: { name: '王大爷', phone: '123', address: '幸福路12号' } })
    expect(bad.error.code).toBe('INVALID_INPUT')
    expect(await items()).toBe(0)
    expect((await w.staff(cadre, { action: 'visits.get', id: visit })).data.items).toEqual([])
  })
})

describe('回访: a visit that follows up matters', () => {
  it('offers the cadre’s answered matters, keeps the link on the visit and shows it from the matter to those who may read it', async () => {
    const { code, lead, cadre } = await pointWithPeople()
    const id = await w.submit({ pointCode: code }) // routed to the lead cadre
    await w.staff(lead, { action: 'item.accept', id, track: 'local', importance: 'normal', tier: 'cadre' })
    await w.staff(lead, { action: 'item.reply', id, answer: '路灯已经修好', unit: '社区居委会', handler: '点负责人' })
    const candidates = await w.staff(lead, { action: 'visits.candidates', pointCode: code })
    expect(candidates.data.items).toEqual([expect.objectContaining({ id, why: 'replied', status: 'replied' })])
    expect((await w.staff(cadre, { action: 'visits.candidates', pointCode: code })).data.items).toEqual([])

    const timeline = (await w.rawItem(id))?.timeline
    const visit = await w.staff(lead, visitEvent(code, { form: 'followUp', followsItemIds: [id] }))
    expect(visit.data.follows).toEqual([expect.objectContaining({ id, status: 'replied' })])
    // the matter's timeline, read by every cadre of the point, says nothing of the diary
    expect((await w.rawItem(id))?.timeline).toEqual(timeline)
    expect((await w.staff(lead, { action: 'visits.ofItem', itemId: id })).data.visits).toEqual([
      expect.objectContaining({ id: visit.data.id, form: 'followUp', follows: 1 }),
    ])
    expect((await w.staff(cadre, { action: 'visits.ofItem', itemId: id })).data.visits).toEqual([])
  })
})
