/**
 * 上门走访, the point's side: who may list and take requests, what they see of the
 * resident, the race of two cadres taking one request, and what the resident then sees.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { DEMO, fresh, startWorld, visitEvent, type World } from '../testing'

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

/** A point of its own with its leader, two cadres, and a waiting request by a fresh resident. */
async function requested() {
  const { code, lead } = await w.addPoint()
  const cadreA = await w.addStaff({ name: '李卫东', roles: ['cadre'], points: [code] })
  const cadreB = await w.addStaff({ name: '赵红梅', roles: ['cadre'], points: [code] })
  const resident = fresh('resident')
  const r = await w.resident(resident, visitEvent(code))
  if (!r.ok) throw new Error(JSON.stringify(r))
  return { code, lead, cadreA, cadreB, resident, id: r.data.id as string }
}

const schedule = (openid: string, id: string, date = '2026-03-05', time = '09:30') => w.staff(openid, { action: 'homeVisit.schedule', id, date, time })
const bookingsOf = async (resident: string) => (await w.db().collection('bookings').where({ ownerOpenid: resident }).limit(10).get()).data
const rawVisit = async (id: string) => (await w.db().collection('homeVisits').doc(id).get()).data

describe('who may list and take requests', () => {
  it('a resident can neither list nor take; a cadre of another point cannot, and learns nothing', async () => {
    const { code, id } = await requested()
    expect((await w.staff(DEMO.residentA, { action: 'homeVisit.list' })).error.code).toBe('FORBIDDEN')
    expect((await w.staff(DEMO.residentA, { action: 'homeVisit.schedule', id, date: '2026-03-05', time: '09:30' })).error.code).toBe('FORBIDDEN')
    expect((await w.staff(DEMO.cadre1, { action: 'homeVisit.list', pointCode: code })).error.code).toBe('FORBIDDEN')
    const own = await w.staff(DEMO.cadre1, { action: 'homeVisit.list' })
    expect(own.data.items.map((v: { id: string }) => v.id)).not.toContain(id)
    expect((await schedule(DEMO.cadre1, id)).error.code).toBe('NOT_FOUND')
    expect((await schedule(DEMO.cadre1, 'no-such-request')).error.code).toBe('NOT_FOUND')
    expect(await rawVisit(id)).toMatchObject({ status: 'pending', cadre: null })
  })

  it('bad input is refused with the rule, nothing written', async () => {
    const { cadreA, resident, id } = await requested()
    const cases: [string, string, string][] = [
      ['2026-03-05', '21:00', '上门时间请定在 07:00 到 20:00 之间'],
      ['2026-03-01', '09:30', '上门时间已经过去了，请重新选择'],
      ['2026-06-01', '09:30', '只能安排 60 天以内的上门走访'],
      ['2026-02-30', '09:30', '日期不存在'],
      ['2026-03-05', '9点半', '请选择上门时间'],
    ]
    for (const [date, time, message] of cases) expect((await schedule(cadreA, id, date, time)).error, message).toEqual({ code: 'INVALID_INPUT', message })
    expect(await rawVisit(id)).toMatchObject({ status: 'pending', cadre: null })
    expect(await bookingsOf(resident)).toEqual([])
  })
})

describe('taking a request', () => {
  it('cadres see the waiting request masked; the one who takes it sees it whole, the others still masked, the leader whole', async () => {
    const { code, lead, cadreA, cadreB, id } = await requested()
    const before = await w.staff(cadreA, { action: 'homeVisit.list', pointCode: code, status: 'pending' })
    expect(before.data.items).toEqual([
      expect.objectContaining({ id, status: 'pending', name: '王**', phone: '139****5678', address: '新东社区幸福****', masked: true, preferred: { dates: ['2026-03-03', '2026-03-05'], time: 'am' } }),
    ])
    const taken = await schedule(cadreA, id)
    expect(taken.data).toMatchObject({ status: 'scheduled', date: '2026-03-05', start: '09:30', name: '王秀英', phone: '13912345678', address: '新东社区幸福路12号3单元501', mine: true, cadre: { openid: cadreA, name: '李卫东' } })
    const other = await w.staff(cadreB, { action: 'homeVisit.list', pointCode: code })
    expect(other.data.items[0]).toMatchObject({ status: 'scheduled', masked: true, mine: false, name: '王**' })
    const leader = await w.staff(lead, { action: 'homeVisit.list', pointCode: code, status: 'scheduled' })
    expect(leader.data.items[0]).toMatchObject({ masked: false, phone: '13912345678' })
    expect((await w.staff(lead, { action: 'homeVisit.list', pointCode: code, status: 'pending' })).data.items).toEqual([])
  })

  it('two cadres taking one request at once: one wins, the other is told CONFLICT; one booking', async () => {
    const { cadreA, cadreB, resident, id } = await requested()
    const results = await Promise.all([schedule(cadreA, id, '2026-03-05', '09:30'), schedule(cadreB, id, '2026-03-06', '15:00')])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    const lost = results.find((r) => !r.ok)!
    expect(lost.error.code).toBe('CONFLICT')
    const winner = results.find((r) => r.ok)!.data
    expect(lost.error.message).toBe(`${winner.cadre.name}已经安排了这次上门走访`)
    const bookings = await bookingsOf(resident)
    expect(bookings).toHaveLength(1)
    expect(bookings[0]).toMatchObject({ kind: 'home', cadre: winner.cadre, slotId: null, status: 'booked' })
    // the winner asking again (a lost answer) gets what they set
    expect((await schedule(winner.cadre.openid, id, winner.date, winner.start)).data.status).toBe('scheduled')
  })

  it('the resident sees the date and the cadre in 我的 and is told once; cannot cancel it online', async () => {
    const { cadreA, resident, id } = await requested()
    await schedule(cadreA, id)
    await schedule(cadreA, id)
    const visits = await w.resident(resident, { action: 'homeVisit.listMine' })
    expect(visits.data.items[0]).toMatchObject({ status: 'scheduled', scheduled: { date: '2026-03-05', start: '09:30', cadreName: '李卫东' } })
    const bookings = await w.resident(resident, { action: 'booking.listMine' })
    expect(bookings.data.items[0]).toMatchObject({ kind: 'home', status: 'booked', date: '2026-03-05', start: '09:30', end: '10:30', cadreName: '李卫东' })
    const messages = (await w.resident(resident, { action: 'messages.list' })).data.items as { title: string; body: string }[]
    expect(messages).toHaveLength(1)
    expect(messages[0].title).toBe('上门走访已安排')
    expect(messages[0].body).toContain('李卫东将在 3月5日（星期四）09:30–10:30 到您家走访')
    expect((await w.resident(resident, { action: 'homeVisit.cancel', id })).error.code).toBe('CONFLICT')
    expect((await w.resident(resident, { action: 'booking.cancel', id: bookings.data.items[0].id })).error.code).toBe('INVALID_INPUT')
  })

  it('the office cancelling the visit cancels the request and tells the resident why', async () => {
    const { cadreA, cadreB, resident, id } = await requested()
    await schedule(cadreA, id)
    const [booking] = await bookingsOf(resident)
    const r = await w.staff(cadreB, { action: 'booking.cancelByStaff', id: booking._id, reason: '李卫东临时出差，改天再约' })
    expect(r.data.status).toBe('cancelled')
    expect(await rawVisit(id)).toMatchObject({ status: 'cancelled', cancelledBy: 'office', cancelReason: '李卫东临时出差，改天再约' })
    const titles = ((await w.resident(resident, { action: 'messages.list' })).data.items as { title: string }[]).map((m) => m.title)
    expect(titles.sort()).toEqual(['上门走访已安排', '上门走访已被取消'])
    expect((await schedule(cadreB, id)).error.code).toBe('CONFLICT')
  })

  it('a visit is not on the point’s desk: it happens at the resident’s home', async () => {
    const { code, cadreA, id } = await requested()
    await schedule(cadreA, id)
    const desk = await w.staff(cadreA, { action: 'desk.today', pointCode: code, date: '2026-03-05' })
    expect(desk.data.bookings).toEqual([])
    const list = await w.staff(cadreA, { action: 'homeVisit.list', pointCode: code, status: 'scheduled' })
    expect(list.data.items[0].bookingId).toEqual(expect.any(String))
  })
})
