/** 约访: slots with places left, booking under contention, the rules, cancelling, the no-show ban and the rate limit. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { RATE_LIMITS } from '../../domain/policy/defaults'
import { contact, DEMO, fresh, startWorld, type World } from '../testing'

// Monday 2 March 2026, 10:00 China time; xd01 opens every Wednesday
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

const book = (openid: string, slotId: string, requestId = fresh('req')) =>
  w.resident(openid, { action: 'booking.create', requestId, slotId, category: '政策咨询', topic: '想问问高龄补贴怎么申请', contact })

async function slotsOn(pointCode: string, date: string) {
  const r = await w.resident(DEMO.residentA, { action: 'slots.list', pointCode, from: date, days: 1 })
  if (!r.ok) throw new Error(JSON.stringify(r))
  return r.data.openings as { id: string; kind: string; slots: { id: string; start: string; left: number; capacity: number }[] }[]
}

/** A point of its own (with its lead cadre) with one 约访 opening every Wednesday from 14:30 to `end`, in 30-minute slots of `places` places. */
async function pointWith(places: number, end = '15:00') {
  const { code, lead } = await w.addPoint()
  await w
    .db()
    .collection('schedules')
    .doc(`schedule-${code}`)
    .set({ data: { pointCode: code, rules: [{ weekday: 3, start: '14:30', end, kind: 'booking', slotMinutes: 30, places }], exceptions: [] } })
  const [opening] = await slotsOn(code, '2026-03-04')
  return { code, lead, slot: opening.slots[0].id }
}

describe('slots', () => {
  it('lists the demo point’s Wednesday: walk-in in the morning, six 约访 slots of 2 places in the afternoon', async () => {
    const openings = await slotsOn(DEMO.pointCode, '2026-03-04')
    expect(openings.map((o) => o.kind)).toEqual(['walkIn', 'booking'])
    expect(openings[1].slots.map((s) => `${s.start} ${s.left}/${s.capacity}`)).toEqual(['14:30 2/2', '15:00 2/2', '15:30 2/2', '16:00 2/2', '16:30 2/2', '17:00 2/2'])
    expect((await slotsOn(DEMO.pointCode, '2026-03-05'))).toEqual([])
  })
})

describe('booking under contention', () => {
  it('100 residents for the last place: exactly one booking, 99 told 该时段已约满; a cancellation frees one place', async () => {
    const { code, slot } = await pointWith(1)
    const people = Array.from({ length: 100 }, () => fresh('booker'))
    const results = await Promise.all(people.map((p) => book(p, slot)))
    const won = results.filter((r) => r.ok)
    expect(won).toHaveLength(1)
    expect(results.filter((r) => !r.ok).every((r) => r.error.code === 'CONFLICT' && r.error.message.includes('该时段已约满'))).toBe(true)
    expect((await slotsOn(code, '2026-03-04'))[0].slots[0].left).toBe(0)
    const winner = people[results.findIndex((r) => r.ok)]
    expect((await w.resident(winner, { action: 'booking.cancel', id: won[0].data.id })).data.status).toBe('cancelled')
    expect((await slotsOn(code, '2026-03-04'))[0].slots[0].left).toBe(1)
  })

  it('50 residents for 10 places: exactly 10 bookings; the same requestId twice is one booking', async () => {
    const { code, slot } = await pointWith(10)
    const results = await Promise.all(Array.from({ length: 50 }, () => book(fresh('booker'), slot)))
    expect(results.filter((r) => r.ok)).toHaveLength(10)
    expect((await slotsOn(code, '2026-03-04'))[0].slots[0].left).toBe(0)

    const other = await pointWith(3)
    const me = fresh('booker')
    const [a, b] = await Promise.all([book(me, other.slot, 'same-request-1'), book(me, other.slot, 'same-request-1')])
    expect(a.data.id).toBe(b.data.id)
    expect((await slotsOn(other.code, '2026-03-04'))[0].slots[0].left).toBe(2)
  })
})

describe('the rules, each refused with its message and nothing written', () => {
  it('no past slots, at least 2 hours’ notice, at most 30 days ahead', async () => {
    const { code, slot } = await pointWith(5)
    w.clock.set('2026-03-04T05:00:00Z') // 13:00 on the day: 1.5 hours before
    expect((await book(fresh('booker'), slot)).error.message).toContain('提前 2 小时')
    w.clock.set('2026-03-04T07:00:00Z')
    expect((await book(fresh('booker'), slot)).error.message).toContain('已经过去')
    w.clock.set('2026-02-01T02:00:00Z')
    expect((await book(fresh('booker'), slot)).error.message).toContain('30 天内')
    w.clock.set(START)
    expect((await slotsOn(code, '2026-03-04'))[0].slots[0].left).toBe(5)
  })

  it('one slot per opening, at most 2 open bookings', async () => {
    const me = fresh('booker')
    const { code } = await pointWith(2, '15:30')
    const [first] = await slotsOn(code, '2026-03-04')
    expect((await book(me, first.slots[0].id)).ok).toBe(true)
    expect((await book(me, first.slots[1].id)).error.message).toContain('这次开放您已经约了')
    const [next] = await slotsOn(code, '2026-03-11')
    expect((await book(me, next.slots[0].id)).ok).toBe(true)
    const [third] = await slotsOn(code, '2026-03-18')
    expect((await book(me, third.slots[0].id)).error.message).toContain('同时最多 2 个')
    const mine = await w.resident(me, { action: 'booking.listMine' })
    expect(mine.data.items.map((b: { date: string; start: string }) => `${b.date} ${b.start}`)).toEqual(['2026-03-11 14:30', '2026-03-04 14:30'])
  })

  it('cancelling is free until 2 hours before; a slot that does not exist is refused', async () => {
    const { slot } = await pointWith(2)
    const me = fresh('booker')
    const booked = await book(me, slot)
    w.clock.set('2026-03-04T05:00:00Z')
    expect((await w.resident(me, { action: 'booking.cancel', id: booked.data.id })).error.message).toContain('2 小时内')
    expect((await book(me, 'xd01_20260304_1430_1445')).error.code).toBe('INVALID_INPUT')
    expect((await book(me, 'nonsense')).error.code).toBe('INVALID_INPUT')
  })

  it('nobody cancels or sees another resident’s booking', async () => {
    const { slot } = await pointWith(2)
    const booked = await book(DEMO.residentA, slot)
    expect((await w.resident(DEMO.residentB, { action: 'booking.cancel', id: booked.data.id })).error.code).toBe('NOT_FOUND')
    const theirs = await w.resident(DEMO.residentB, { action: 'booking.listMine' })
    expect(theirs.data.items.map((b: { id: string }) => b.id)).not.toContain(booked.data.id)
  })

  it('a booking nobody settled stops reading 已预约: 待确认 that day, then 已过期', async () => {
    const { slot } = await pointWith(2)
    const me = fresh('booker')
    const booked = await book(me, slot)
    expect(booked.data.shown).toBe('booked')
    const shown = async () => (await w.resident(me, { action: 'booking.listMine' })).data.items.map((b: { shown: string; status: string }) => `${b.status}/${b.shown}`)
    w.clock.set('2026-03-04T07:00:00Z') // 15:00, the slot has ended
    expect(await shown()).toEqual(['booked/awaiting'])
    w.clock.set('2026-03-04T16:00:00Z') // the next day began
    expect(await shown()).toEqual(['booked/expired'])
  })
})

/** A point of its own with one 约访 slot of 2 places every Wednesday 14:30–15:00, its lead cadre, and its slot on a day. */
async function weeklyPoint() {
  const { code, lead, slot } = await pointWith(2)
  // slot ids name the point, the day, the opening's start and the slot's (domain/schedule/openings.ts)
  const slotOn = (ymd: string) => slot.replace('_20260304_', `_${ymd.replaceAll('-', '')}_`)
  return { code, lead, slotOn }
}

const count = async (name: string, where: object) => (await w.db().collection(name).where(where).count()).total

describe('the no-show ban', () => {
  it('after 2 未到 within 90 days the resident cannot book for 30 days after the latest, and is told the day it lifts', async () => {
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
