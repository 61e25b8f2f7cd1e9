/** 上门走访, the resident's side: asking, seeing, cancelling; the rules refused with nothing written. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { fresh, startWorld, visitEvent, type World } from '../testing'

// Monday 2 March 2026, 10:00 China time
const START = '2026-03-02T02:00:00Z'
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

const visitsOf = async (openid: string) => (await w.db().collection('homeVisits').where({ ownerOpenid: openid }).limit(100).get()).data

describe('asking for a 上门走访', () => {
  it('makes one waiting request per requestId, seen in full by its resident', async () => {
    const { code } = await w.addPoint()
    const resident = fresh('resident')
    const event = visitEvent(code)
    const [a, b] = await Promise.all([w.resident(resident, event), w.resident(resident, event)])
    expect(a.data.id).toBe(b.data.id)
    expect(a.data).toMatchObject({
      status: 'pending',
      pointCode: code,
      address: '新东社区幸福路12号3单元501',
      preferred: { dates: ['2026-03-03', '2026-03-05'], time: 'am' },
      scheduled: null,
    })
    const mine = await w.resident(resident, { action: 'homeVisit.listMine' })
    expect(mine.data.items.map((v: { id: string }) => v.id)).toEqual([a.data.id])
    expect(await w.resident(fresh('other'), { action: 'homeVisit.listMine' })).toMatchObject({ ok: true, data: { items: [] } })
  })

  it('refuses bad input with the rule broken, and writes nothing', async () => {
    const { code } = await w.addPoint()
    const resident = fresh('resident')
    const cases: [Record<string, unknown>, string][] = [
      [{ preferred: { dates: ['2026-03-02'], time: 'am' } }, '方便的日期请从明天起选'],
      [{ preferred: { dates: ['2026-04-20'], time: 'am' } }, '方便的日期请选 30 天以内的'],
      [{ preferred: { dates: [], time: 'am' } }, '请至少选一个方便的日期'],
      [{ preferred: { dates: ['2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'], time: 'am' } }, '最多选 3 个日期'],
      [{ preferred: { dates: ['2026-03-03', '2026-03-03'], time: 'am' } }, '同一天选了两次'],
      [{ preferred: { dates: ['2026-03-03'], time: 'evening' } }, '请选择上午还是下午'],
      [{ topic: '看' }, '想说的事至少 2 个字'],
      [{ address: '家' }, '上门地址至少 4 个字'],
      [{ contact: { name: '王秀英', phone: '12345' } }, '请填写正确的 11 位手机号'],
    ]
    for (const [overrides, message] of cases) {
      const r = await w.resident(resident, visitEvent(code, overrides))
      expect(r.error, message).toEqual({ code: 'INVALID_INPUT', message })
    }
    expect((await w.resident(resident, visitEvent('nosuchpoint'))).error.code).toBe('NOT_FOUND')
    expect(await visitsOf(resident)).toEqual([])
  })

  it('is rate-limited like other writes: 3 a day, the fourth refused and not written', async () => {
    const { code } = await w.addPoint()
    const resident = fresh('resident')
    for (let i = 0; i < 3; i++) expect((await w.resident(resident, visitEvent(code))).ok).toBe(true)
    const fourth = await w.resident(resident, visitEvent(code))
    expect(fourth.error.code).toBe('RATE_LIMITED')
    expect(await visitsOf(resident)).toHaveLength(3)
    w.clock.set('2026-03-03T02:00:01Z')
    expect((await w.resident(resident, visitEvent(code, { preferred: { dates: ['2026-03-05'], time: 'any' } }))).ok).toBe(true)
  })

  it('the resident cancels a request that waits; nobody else can', async () => {
    const { code } = await w.addPoint()
    const resident = fresh('resident')
    const { data } = await w.resident(resident, visitEvent(code))
    expect((await w.resident(fresh('other'), { action: 'homeVisit.cancel', id: data.id })).error.code).toBe('NOT_FOUND')
    expect((await w.resident(resident, { action: 'homeVisit.cancel', id: data.id })).data).toMatchObject({ status: 'cancelled', cancelledBy: 'resident' })
    expect((await w.resident(resident, { action: 'homeVisit.cancel', id: data.id })).data.status).toBe('cancelled')
  })
})
