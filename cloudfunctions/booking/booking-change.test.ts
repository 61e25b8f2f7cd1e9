/**
 * What a booking tells its resident, queued by lib/booking-change in the change's own
 * transaction: 预约成功, an office cancellation with its reason, a move, the reminder the
 * evening before (from the timer). Each once, to the booking's resident, in the 消息 box
 * and the outbox.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contact, fresh, startWorld, type World } from '../testing'
import { moveBookingTx } from './booking-change'
import type { OutboxRecord } from '../messages/outbox'
import type { BookingRecord } from '../kernel/records'
import { runTransactionWithRetry } from '../kernel/transaction'

// Monday 2 March 2026, 10:00 China time
const START = '2026-03-02T02:00:00Z'
let w: World

beforeAll(async () => {
  w = await startWorld(START)
})
afterAll(async () => {
  await w.stop()
})

/** A point of its own with Wednesday 14:30–15:30 约访 (2 slots of 2), and a booking of the first by a fresh resident. */
async function booked(date = '2026-03-04') {
  w.clock.set(START)
  const { code, lead } = await w.addPoint()
  await w.db().collection('schedules').doc(`schedule-${code}`).set({
    data: { pointCode: code, rules: [{ weekday: 3, start: '14:30', end: '15:30', kind: 'booking', slotMinutes: 30, places: 2 }], exceptions: [] },
  })
  const resident = fresh('resident')
  const slots = await w.resident(resident, { action: 'slots.list', pointCode: code, from: date, days: 1 })
  const [first, second] = slots.data.openings[0].slots as { id: string }[]
  const requestId = fresh('req')
  const b = await w.resident(resident, { action: 'booking.create', requestId, slotId: first.id, category: '政策咨询', topic: '问问高龄补贴', contact })
  if (!b.ok) throw new Error(JSON.stringify(b))
  return { code, lead, resident, id: b.data.id as string, requestId, openingId: slots.data.openings[0].id as string, second: second.id }
}

async function box(openid: string) {
  const r = await w.resident(openid, { action: 'messages.list', limit: 50 })
  if (!r.ok) throw new Error(JSON.stringify(r))
  return r.data.items as { title: string; body: string; page: string; template: string }[]
}

async function outboxOf(openid: string): Promise<OutboxRecord[]> {
  return (await w.db().collection('outbox').where({ recipient: openid }).limit(100).get()).data as OutboxRecord[]
}

const rawBooking = async (id: string) => (await w.db().collection('bookings').doc(id).get()).data as BookingRecord

describe('booking messages', () => {
  it('预约成功 once to the resident, with the time, the place and what about; the same request again adds nothing', async () => {
    const { code, resident, requestId, id } = await booked()
    const slotId = (await rawBooking(id)).slotId
    await w.resident(resident, { action: 'booking.create', requestId, slotId, category: '政策咨询', topic: '问问高龄补贴', contact })
    const messages = await box(resident)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatchObject({ title: '预约成功', template: 'booking', page: 'pages/mine/index' })
    expect(messages[0].body).toContain('3月4日（星期三）14:30–15:00')
    expect(messages[0].body).toContain(`测试说事点${code}`)
    expect(messages[0].body).toContain('政策咨询：问问高龄补贴')
    const [out] = await outboxOf(resident)
    expect(out.data).toEqual({
      thing1: { value: '政策咨询：问问高龄补贴' },
      time2: { value: '2026年3月4日 14:30' },
      thing3: { value: `测试说事点${code}`.slice(0, 20) },
      phrase4: { value: '预约成功' },
      thing5: { value: '请按时前往，来不了请提前取消' },
    })
  })

  it('an office cancellation tells the resident why, once; a cancellation by the resident tells them nothing', async () => {
    const { lead, resident, id } = await booked()
    const reason = '值班干部临时到镇里开会，这次接待取消了，请另约时间'
    expect((await w.staff(lead, { action: 'booking.cancelByStaff', id, reason })).ok).toBe(true)
    expect((await w.staff(lead, { action: 'booking.cancelByStaff', id, reason })).error.code).toBe('CONFLICT')
    const cancelled = (await box(resident)).filter((m) => m.title === '预约已被取消')
    expect(cancelled).toHaveLength(1)
    expect(cancelled[0].body).toContain(`原因：${reason}`)
    expect(cancelled[0].body).toContain('重新预约')
    const out = (await outboxOf(resident)).find((m) => m.data.phrase4.value === '已取消')!
    // WeChat's thing field takes 20 characters: the reason is cut there; the box has it whole
    expect(out.data.thing5.value).toBe(`${[...reason].slice(0, 19).join('')}…`)

    const other = await booked()
    await w.resident(other.resident, { action: 'booking.cancel', id: other.id })
    expect((await box(other.resident)).map((m) => m.title)).toEqual(['预约成功'])
  })

  it('a move takes the new place, frees the old, and tells the resident the new time and why', async () => {
    const { code, resident, id, openingId, second } = await booked()
    const b = await rawBooking(id)
    const startAt = new Date('2026-03-04T07:00:00Z')
    const to = { slot: { id: second, pointCode: code, capacity: 2 }, openingId, startAt, endAt: new Date('2026-03-04T07:30:00Z') }
    const queued: string[] = []
    await runTransactionWithRetry(w.db(), (tx) => moveBookingTx(tx, b, to, '前一个时段值班干部有事', new Date(START), queued))
    expect(queued).toEqual([]) // the resident gave no quota: told in the box (below), nothing left to send
    expect((await rawBooking(id)).startAt).toEqual(startAt)
    const slots = await w.resident(resident, { action: 'slots.list', pointCode: code, from: '2026-03-04', days: 1 })
    expect(slots.data.openings[0].slots.map((s: { left: number }) => s.left)).toEqual([2, 1])
    const moved = (await box(resident)).find((m) => m.title === '预约时间有调整')!
    expect(moved.body).toContain('由 3月4日（星期三）14:30–15:00 改到 3月4日（星期三）15:00–15:30')
    expect(moved.body).toContain('原因：前一个时段值班干部有事')
    const mine = await w.resident(resident, { action: 'booking.listMine' })
    expect(mine.data.items[0]).toMatchObject({ start: '15:00', changeReason: '前一个时段值班干部有事' })
  })
})
