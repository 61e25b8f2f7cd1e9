/**
 * The reminder the evening before a booking, from the timer: from 18:00 China time (the
 * same instants whatever the machine's zone: run under TZ=UTC and TZ=America/New_York),
 * once per booking however often or however cut short the timer runs, never for a
 * cancelled booking.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contact, fresh, startWorld, type World } from '../testing'
import { queueBookingReminders } from './booking-reminders'

// Monday 2 March 2026, 10:00 China time
const START = '2026-03-02T02:00:00Z'
let w: World

beforeAll(async () => {
  w = await startWorld(START)
})
afterAll(async () => {
  await w.stop()
})

const tick = async () => {
  const r = await w.sys.call('scheduler', null, { action: 'tick' })
  if (!r.ok) throw new Error(JSON.stringify(r))
  return r.data
}

/** A point of its own with Wednesday 14:30–17:30 约访 (6 slots of 2), and `n` bookings by fresh residents on `date`. */
async function bookings(n: number, date = '2026-03-04') {
  w.clock.set(START)
  const { code, lead } = await w.addPoint()
  await w.db().collection('schedules').doc(`schedule-${code}`).set({
    data: { pointCode: code, rules: [{ weekday: 3, start: '14:30', end: '17:30', kind: 'booking', slotMinutes: 30, places: 2 }], exceptions: [] },
  })
  const slots = await w.resident(fresh('r'), { action: 'slots.list', pointCode: code, from: date, days: 1 })
  const out: { resident: string; id: string }[] = []
  for (let i = 0; i < n; i++) {
    const resident = fresh('resident')
    const slotId = slots.data.openings[0].slots[Math.floor(i / 2)].id
    const b = await w.resident(resident, { action: 'booking.create', requestId: fresh('req'), slotId, category: '政策咨询', topic: '问问高龄补贴', contact })
    if (!b.ok) throw new Error(JSON.stringify(b))
    out.push({ resident, id: b.data.id })
  }
  return { code, lead, bookings: out }
}

async function reminders(openid: string) {
  const r = await w.resident(openid, { action: 'messages.list', limit: 50 })
  return (r.data.items as { title: string; body: string }[]).filter((m) => m.title === '明天有预约')
}

describe('the reminder the evening before', () => {
  it('from 18:00 China time on the day before, once, however often the timer runs', async () => {
    const { code, bookings: [{ resident }] } = await bookings(1)
    w.clock.set('2026-03-03T09:59:00Z') // Tuesday 17:59 China time
    await tick()
    expect(await reminders(resident)).toHaveLength(0)
    w.clock.set('2026-03-03T10:00:00Z') // Tuesday 18:00
    await tick()
    w.clock.set('2026-03-03T11:00:00Z')
    await Promise.all([tick(), tick()])
    const got = await reminders(resident)
    expect(got).toHaveLength(1)
    expect(got[0].body).toBe(`明天 3月4日（星期三）14:30–15:00 在测试说事点${code}，事由：政策咨询：问问高龄补贴。请按时前往。`)
  })

  it('not two days ahead, not on the day itself, never for a cancelled booking', async () => {
    const { lead, bookings: [kept, dropped] } = await bookings(2, '2026-03-11')
    await w.staff(lead, { action: 'booking.cancelByStaff', id: dropped.id, reason: '说事点那天停电' })
    w.clock.set('2026-03-09T10:30:00Z') // Monday 18:30: two days before
    await tick()
    expect(await reminders(kept.resident)).toHaveLength(0)
    w.clock.set('2026-03-10T15:59:00Z') // Tuesday 23:59
    await tick()
    expect(await reminders(kept.resident)).toHaveLength(1)
    expect(await reminders(dropped.resident)).toHaveLength(0)
  })

  it('a run cut off by its budget leaves the rest to the next, and nobody is reminded twice', async () => {
    const { bookings: list } = await bookings(6, '2026-03-18')
    const now = new Date('2026-03-17T12:00:00Z') // Tuesday 20:00
    let budget = 3
    const first = await queueBookingReminders(w.db(), now, () => budget-- <= 0)
    expect(first.queued).toBeGreaterThan(0)
    expect(first.queued).toBeLessThan(6)
    const second = await queueBookingReminders(w.db(), now, () => false)
    expect(first.queued + second.queued).toBe(6)
    expect((await queueBookingReminders(w.db(), now, () => false)).queued).toBe(0)
    for (const b of list) expect(await reminders(b.resident)).toHaveLength(1)
  })
})
