/** 约访 limits on one resident: the no-show ban with the day it lifts, and the daily rate limit. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RATE_LIMITS } from '../../domain/policy/defaults'
import { contact, fresh, startWorld, type World } from '../testing'

// Monday 2 March 2026, 10:00 China time
const START = '2026-03-02T02:00:00Z'
let w: World

beforeAll(async () => {
  w = await startWorld(START)
})
afterAll(async () => {
  await w.stop()
})

const book = (openid: string, slotId: string) =>
  w.resident(openid, { action: 'booking.create', requestId: fresh('req'), slotId, category: '政策咨询', topic: '想问问高龄补贴怎么申请', contact })

/** A point of its own with one 约访 slot of 2 places every Wednesday 14:30–15:00, and its lead cadre. */
async function weeklyPoint() {
  const { code, lead } = await w.addPoint()
  await w
    .db()
    .collection('schedules')
    .doc(`schedule-${code}`)
    .set({ data: { pointCode: code, rules: [{ weekday: 3, start: '14:30', end: '15:00', kind: 'booking', slotMinutes: 30, places: 2 }], exceptions: [] } })
  // slot ids name the point, the day, the opening's start and the slot's (domain/schedule/openings.ts)
  const slotOn = (ymd: string) => `${code}_${ymd.replaceAll('-', '')}_1430_1430`
  return { code, lead, slotOn }
}

const count = async (name: string, where: object) => (await w.db().collection(name).where(where).count()).total

describe('the no-show ban', () => {
  it('after 2 未到 within 90 days the resident cannot book for 30 days after the latest, and is told the day it lifts', async () => {
    w.clock.set(START)
    const { lead, slotOn } = await weeklyPoint()
    const me = fresh('booker')
    const missed = async (ymd: string) => {
      const b = await book(me, slotOn(ymd))
      expect(b.ok).toBe(true)
      w.clock.set(`${ymd}T08:00:00Z`) // 16:00 that day, the slot is over
      expect((await w.staff(lead, { action: 'booking.noShow', id: b.data.id })).data.status).toBe('noShow')
    }
    await missed('2026-03-04')
    // one 未到 is bad luck: the resident books again
    await missed('2026-03-11')

    const refused = await book(me, slotOn('2026-03-18'))
    // 16:00 on 11 March + 30 days: 16:00 on 10 April
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '90 天内有 2 次预约未到，2026-04-10 之后可以再预约' } })
    expect(await count('bookings', { ownerOpenid: me })).toBe(2)
    expect(await count('slots', { _id: slotOn('2026-03-18') })).toBe(0)

    w.clock.set('2026-04-10T07:59:59Z')
    expect((await book(me, slotOn('2026-04-15'))).error.message).toContain('2026-04-10 之后可以再预约')
    w.clock.set('2026-04-10T08:00:00Z')
    expect(await book(me, slotOn('2026-04-15'))).toMatchObject({ ok: true, data: { date: '2026-04-15', status: 'booked' } })
  })
})

describe('the booking rate limit', () => {
  it(`refuses the booking after ${RATE_LIMITS.bookingsPerDay} in a day as RATE_LIMITED and writes nothing; others go on, and so does the resident a day later`, async () => {
    w.clock.set(START)
    const { slotOn } = await weeklyPoint()
    const me = fresh('booker')
    const slot = slotOn('2026-03-04')
    // book and cancel again and again: each booking passes every rule on its own
    for (let i = 0; i < RATE_LIMITS.bookingsPerDay; i++) {
      const b = await book(me, slot)
      expect(b.ok).toBe(true)
      expect((await w.resident(me, { action: 'booking.cancel', id: b.data.id })).ok).toBe(true)
    }
    const stamps = async () => (await w.db().collection('ratelimits').doc(`booking-${me}`).get()).data?.stamps
    const before = { bookings: await count('bookings', { ownerOpenid: me }), stamps: await stamps() }

    const limited = await book(me, slot)
    expect(limited).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', message: `预约太频繁：每天最多预约 ${RATE_LIMITS.bookingsPerDay} 次，请明天再试` } })
    expect({ bookings: await count('bookings', { ownerOpenid: me }), stamps: await stamps() }).toEqual(before)
    expect((await w.resident(me, { action: 'slots.list', pointCode: slot.split('_')[0], from: '2026-03-04', days: 1 })).data.openings[0].slots[0].left).toBe(2)

    expect((await book(fresh('booker'), slot)).ok).toBe(true)
    w.clock.advance(24 * 60 * 60 * 1000)
    expect((await book(me, slot)).ok).toBe(true)
  })
})
