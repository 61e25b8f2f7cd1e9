/** 换班: a cadre on duty asks another; the roster changes only when they accept, and only if nothing changed meanwhile. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { addDutyPoint, DUTY_START, namesOn, rosterOf } from './testing'
import { DEMO, startWorld, type World } from '../testing'

let w: World

beforeAll(async () => {
  w = await startWorld(DUTY_START)
})
afterAll(async () => {
  await w.stop()
})
beforeEach(() => {
  w.clock.set(DUTY_START)
})

/** March rotated a, b, c, a, b, c, a, b. */
async function rotated() {
  const p = await addDutyPoint(w)
  const r = await w.staff(p.lead, { action: 'duty.rotate', pointCode: p.code, month: '2026-03', order: [p.a, p.b, p.c] })
  if (!r.ok) throw new Error(JSON.stringify(r))
  return p
}

describe('duty swaps', () => {
  it('甲 asks 乙 to trade; the roster is unchanged until 乙 accepts, then both openings change', async () => {
    const p = await rotated()
    const before = namesOn(await rosterOf(w, p.lead, p.code))
    const ask = await w.staff(p.a, { action: 'duty.swapRequest', openingId: p.march[0], withOpenid: p.b, theirOpeningId: p.march[1] })
    expect(ask.data).toMatchObject({ status: 'pending', from: { openid: p.a, name: '甲干部' }, to: { openid: p.b, name: '乙干部' }, their: { id: p.march[1], date: '2026-03-04', start: '14:30' } })
    expect(namesOn(await rosterOf(w, p.lead, p.code))).toEqual(before)
    // 乙 sees it; 丙 neither sees nor answers it
    expect((await rosterOf(w, p.b, p.code)).swaps.map((s) => s.id)).toEqual([ask.data.id])
    expect((await rosterOf(w, p.c, p.code)).swaps).toEqual([])
    expect((await w.staff(p.c, { action: 'duty.swapAnswer', id: ask.data.id, accept: true })).error.code).toBe('NOT_FOUND')
    expect((await w.staff(p.a, { action: 'duty.swapAnswer', id: ask.data.id, accept: true })).error.code).toBe('NOT_FOUND')

    const yes = await w.staff(p.b, { action: 'duty.swapAnswer', id: ask.data.id, accept: true })
    expect(yes.data.status).toBe('accepted')
    expect(namesOn(await rosterOf(w, p.lead, p.code))).toEqual([p.b, p.a, ...before.slice(2)])
    expect((await rosterOf(w, p.b, p.code)).swaps).toEqual([])
    expect((await w.staff(p.b, { action: 'duty.swapAnswer', id: ask.data.id, accept: true })).error.code).toBe('CONFLICT')
  })

  it('a handover without anything in return; declined, nothing changes', async () => {
    const p = await rotated()
    const before = namesOn(await rosterOf(w, p.lead, p.code))
    const ask = await w.staff(p.a, { action: 'duty.swapRequest', openingId: p.march[3], withOpenid: p.c })
    expect(ask.data.their).toBeNull()
    expect((await w.staff(p.c, { action: 'duty.swapAnswer', id: ask.data.id, accept: false })).data.status).toBe('declined')
    expect(namesOn(await rosterOf(w, p.lead, p.code))).toEqual(before)
    // asked again, accepted: 丙 takes it
    const again = await w.staff(p.a, { action: 'duty.swapRequest', openingId: p.march[3], withOpenid: p.c })
    expect((await w.staff(p.c, { action: 'duty.swapAnswer', id: again.data.id, accept: true })).ok).toBe(true)
    expect(namesOn(await rosterOf(w, p.lead, p.code))[3]).toBe(p.c)
  })

  it('stale: the roster changed after the request, so accepting is refused and nothing changes', async () => {
    const p = await rotated()
    const ask = await w.staff(p.a, { action: 'duty.swapRequest', openingId: p.march[0], withOpenid: p.b, theirOpeningId: p.march[1] })
    await w.staff(p.lead, { action: 'duty.set', openingId: p.march[1], openids: [p.c] })
    const late = await w.staff(p.b, { action: 'duty.swapAnswer', id: ask.data.id, accept: true })
    expect(late.error).toEqual({ code: 'CONFLICT', message: '值班表在申请之后变了，这个换班申请已失效，请重新申请' })
    expect(namesOn(await rosterOf(w, p.lead, p.code)).slice(0, 2)).toEqual([p.a, p.c])
    expect((await w.db().collection('swaps').doc(ask.data.id).get()).data?.status).toBe('stale')
  })

  it('accepting while the leader changes the roster: either the trade happened whole, or it went stale and nothing traded', async () => {
    for (let round = 0; round < 5; round++) {
      const p = await rotated()
      const ask = await w.staff(p.a, { action: 'duty.swapRequest', openingId: p.march[0], withOpenid: p.b, theirOpeningId: p.march[1] })
      const [answer] = await Promise.all([
        w.staff(p.b, { action: 'duty.swapAnswer', id: ask.data.id, accept: true }),
        w.staff(p.lead, { action: 'duty.set', openingId: p.march[0], openids: [p.c] }),
      ])
      const status = (await w.db().collection('swaps').doc(ask.data.id).get()).data?.status
      const roster = namesOn(await rosterOf(w, p.lead, p.code))
      expect(roster[0]).toBe(p.c)
      if (answer.ok) expect({ status, their: roster[1] }).toEqual({ status: 'accepted', their: p.a })
      else expect({ code: answer.error.code, status, their: roster[1] }).toEqual({ code: 'CONFLICT', status: 'stale', their: p.b })
    }
  })

  it('the requester may withdraw; then it cannot be accepted', async () => {
    const p = await rotated()
    const ask = await w.staff(p.a, { action: 'duty.swapRequest', openingId: p.march[0], withOpenid: p.c })
    expect((await w.staff(p.a, { action: 'duty.swapRequest', openingId: p.march[0], withOpenid: p.b })).error.code).toBe('CONFLICT')
    expect((await w.staff(p.c, { action: 'duty.swapWithdraw', id: ask.data.id })).error.code).toBe('NOT_FOUND')
    expect((await w.staff(p.a, { action: 'duty.swapWithdraw', id: ask.data.id })).data.status).toBe('withdrawn')
    expect((await w.staff(p.c, { action: 'duty.swapAnswer', id: ask.data.id, accept: true })).error.code).toBe('CONFLICT')
    expect(namesOn(await rosterOf(w, p.lead, p.code))[0]).toBe(p.a)
  })

  it('only the cadre on duty may ask, with a cadre of the point who is not on it already; bad input writes nothing', async () => {
    const p = await rotated()
    const other = await addDutyPoint(w)
    const ask = { action: 'duty.swapRequest', openingId: p.march[0], withOpenid: p.c }
    expect((await w.staff(p.b, ask)).error.code).toBe('FORBIDDEN')
    expect((await w.staff(DEMO.residentA, ask)).error.code).toBe('FORBIDDEN')
    expect((await w.staff(other.a, ask)).error.code).toBe('FORBIDDEN')
    expect((await w.staff(p.a, { ...ask, withOpenid: other.b })).error.code).toBe('INVALID_INPUT')
    expect((await w.staff(p.a, { ...ask, withOpenid: p.a })).error.code).toBe('INVALID_INPUT')
    // 乙 is not on duty for the 11th morning (丙 is)
    expect((await w.staff(p.a, { ...ask, withOpenid: p.b, theirOpeningId: p.march[2] })).error.code).toBe('INVALID_INPUT')
    expect((await w.staff(p.a, { ...ask, theirOpeningId: 'xyz' })).error.code).toBe('INVALID_INPUT')
    w.clock.set('2026-03-04T02:00:00Z') // 10:00 on the 4th: that duty has begun
    expect((await w.staff(p.a, ask)).error.code).toBe('INVALID_INPUT')
    const { data } = await w.db().collection('swaps').where({ pointCode: p.code }).limit(10).get()
    expect(data).toEqual([])
  })
})
