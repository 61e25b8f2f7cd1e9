/** 回访 of a 代登记 matter: the cadre records the rating the resident gave, marked as theirs. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { acceptEvent, contact, DEMO, fresh, replyEvent, startWorld, type World } from '../testing'

let w: World
// Monday 2 March 2026, 10:00 China time
const START = '2026-03-02T02:00:00Z'

beforeAll(async () => {
  w = await startWorld(START)
})
afterAll(async () => {
  await w.stop()
})
beforeEach(() => {
  w.clock.set(START)
})

/** A 代登记 matter at a point of its own, accepted and replied by the point's lead cadre. */
async function repliedWalkIn() {
  const { code, lead } = await w.addPoint()
  const other = await w.addStaff({ name: '同点干部', roles: ['cadre'], points: [code] })
  const leader = await w.addStaff({ name: '同点领导', roles: ['leader'], points: [code] })
  const r = await w.staff(lead, {
    action: 'item.registerForResident',
    requestId: fresh('req'),
    pointCode: code,
    category: '基础设施',
    content: '老人说楼道的灯坏了，晚上上下楼看不见',
    contact: { ...contact, name: '王大爷' },
  })
  const id = r.data.id as string
  await w.staff(lead, acceptEvent(id))
  await w.staff(lead, replyEvent(id))
  return { code, lead, other, leader, id }
}

const record = (id: string, extra: object = {}) => ({ action: 'item.recordRating', id, level: 'satisfied', solved: true, visitedAt: '2026-03-02', note: '老人说灯修好了', ...extra })

describe('a rating recorded by the cadre on a 回访', () => {
  it('only the responsible cadre or a leader of the point records it; nobody else learns anything, nothing is written', async () => {
    const { id, other } = await repliedWalkIn()
    const before = await w.rawItem(id)
    expect((await w.staff(DEMO.residentA, record(id))).error.code).toBe('FORBIDDEN')
    expect((await w.staff(DEMO.cadre1, record(id))).error.code).toBe('FORBIDDEN') // another point's cadre
    expect((await w.staff(other, record(id))).error.code).toBe('FORBIDDEN') // this point, not responsible
    expect((await w.resident(DEMO.residentA, { action: 'item.rate', id, level: 'satisfied', solved: true })).error.code).toBe('NOT_FOUND')
    expect(await w.rawItem(id)).toEqual(before)
  })

  it('refuses bad input with the rule broken, and writes nothing', async () => {
    const { id, lead } = await repliedWalkIn()
    const before = await w.rawItem(id)
    const cases: [object, string][] = [
      [{ level: 'great' }, '请选择'],
      [{ solved: undefined }, '解决'],
      [{ visitedAt: '2026-03-03' }, '回访日期不能晚于今天'],
      [{ visitedAt: '2026-03-01' }, '回访日期不能早于答复的日期'],
      [{ visitedAt: '2026/03/02' }, '请选择日期'],
      [{ level: 'unsatisfied', note: '' }, '意见'],
    ]
    for (const [bad, message] of cases) {
      const r = await w.staff(lead, record(id, bad))
      expect(r.error.code).toBe('INVALID_INPUT')
      expect(r.error.message).toContain(message)
    }
    expect(await w.rawItem(id)).toEqual(before)
  })

  it('closes the matter with the rating marked as recorded by the cadre, never as the resident’s own', async () => {
    const { id, lead } = await repliedWalkIn()
    const r = await w.staff(lead, record(id))
    expect(r.data).toMatchObject({ status: 'closed', closedReason: 'rated' })
    expect(r.data.rating).toEqual({ level: 'satisfied', solved: true, opinion: '老人说灯修好了', at: expect.any(String), recordedBy: '点负责人', visitedAt: '2026-03-02' })
    expect(r.data.timeline.find((e: { type: string }) => e.type === 'rate').text).toMatch(/^干部回访记录（2026-03-02）：满意/)
    const stored = await w.rawItem(id)
    expect(stored?.rating).toMatchObject({ level: 'satisfied', recordedBy: lead, visitedAt: '2026-03-02' })
    expect(stored?.ratings).toEqual([stored?.rating])
    // recorded once: the matter is closed now
    expect((await w.staff(lead, record(id))).error.code).toBe('CONFLICT')
  })

  it('counts in 数字 as recorded by the cadre, never in the residents’ own 满意率', async () => {
    const { id, code, lead } = await repliedWalkIn()
    await w.staff(lead, record(id))
    const f = await w.staff(lead, { action: 'figures.get', pointCode: code, from: '2026-03-01', to: '2026-03-31' })
    expect(f.data).toMatchObject({ collected: 1, cadreRecorded: 1, rated: 0, satisfied: 0 })
  })

  it('a leader of the point may record it too', async () => {
    const { id, leader } = await repliedWalkIn()
    const r = await w.staff(leader, record(id, { level: 'basic' }))
    expect(r.data).toMatchObject({ status: 'closed', rating: { level: 'basic', recordedBy: '同点领导' } })
  })

  it('不满意 reopens it for a second handling and a 回访, as the resident’s own would', async () => {
    const { id, lead } = await repliedWalkIn()
    w.clock.set('2026-03-03T02:00:00Z')
    const r = await w.staff(lead, record(id, { level: 'unsatisfied', solved: false, visitedAt: '2026-03-03', note: '灯修了又坏' }))
    expect(r.data).toMatchObject({ status: 'in_progress', flags: { followUp: true }, dueAt: expect.any(String) })
    expect(r.data.timeline.at(-1).type).toBe('reopen')
    await w.staff(lead, replyEvent(id))
    const second = await w.staff(lead, record(id, { visitedAt: '2026-03-03' }))
    expect(second.data.status).toBe('closed')
    expect((await w.rawItem(id))?.ratings).toHaveLength(2)
  })

  it('a matter with a WeChat owner is rated by the resident, not recorded by the cadre', async () => {
    const id = await w.submit({ category: '政策咨询' })
    await w.staff(DEMO.cadre1, acceptEvent(id))
    await w.staff(DEMO.cadre1, replyEvent(id))
    const view = await w.staff(DEMO.cadre1, { action: 'item.get', id })
    expect(view.data.can['item.recordRating']).toBe(false)
    const before = await w.rawItem(id)
    const r = await w.staff(DEMO.cadre1, record(id))
    expect(r.error.code).toBe('FORBIDDEN')
    expect(r.error.message).toContain('居民本人')
    expect(await w.rawItem(id)).toEqual(before)
    expect((await w.resident(DEMO.residentA, { action: 'item.rate', id, level: 'satisfied', solved: true })).data.status).toBe('closed')
  })

  it('is offered only once the matter is replied', async () => {
    const { code, lead } = await w.addPoint()
    const r = await w.staff(lead, { action: 'item.registerForResident', requestId: fresh('req'), pointCode: code, category: '基础设施', content: '老人说楼道的灯坏了，晚上上下楼看不见', contact })
    expect(r.data.can['item.recordRating']).toBe(false)
    expect((await w.staff(lead, record(r.data.id))).error.code).toBe('CONFLICT')
  })
})
