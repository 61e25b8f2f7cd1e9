/** Bookings a schedule change strands: listed for the admin, moved or cancelled, places kept right. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contact, DEMO, fresh, startWorld, type World } from '../testing'

let w: World
// Monday 2 March 2026, 10:00 China time
const START = '2026-03-02T02:00:00Z'

// Wednesdays 14:30–15:30 约访: two 30-minute slots of 2 places
const RULES = [{ weekday: 3, start: '14:30', end: '15:30', kind: 'booking', slotMinutes: 30, places: 2 }]

beforeAll(async () => {
  w = await startWorld(START)
})
afterAll(async () => {
  await w.stop()
})

/** A point of its own with the rules saved (version 1) and its lead cadre, also its leader. */
async function point() {
  w.clock.set(START)
  const { code, lead } = await w.addPoint()
  const saved = await w.staff(lead, { action: 'schedule.save', pointCode: code, rules: RULES, exceptions: [], version: 0 })
  if (!saved.ok) throw new Error(JSON.stringify(saved))
  const slot = (date: string, start: string) => `${code}_${date.replace(/-/g, '')}_1430_${start.replace(':', '')}`
  const book = async (slotId: string, resident = fresh('resident')) => {
    const b = await w.resident(resident, { action: 'booking.create', requestId: fresh('req'), slotId, category: '政策咨询', topic: '问问高龄补贴', contact })
    if (!b.ok) throw new Error(JSON.stringify(b))
    return { id: b.data.id as string, resident }
  }
  const save = (fields: object, version = 1) => w.staff(lead, { action: 'schedule.save', pointCode: code, rules: RULES, exceptions: [], version, ...fields })
  const booked = async (slotId: string) => ((await w.db().collection('slots').doc(slotId).get()).data?.booked as number | undefined) ?? 0
  const raw = async (id: string) => (await w.db().collection('bookings').doc(id).get()).data
  return { code, lead, slot, book, save, booked, raw }
}

describe('stranded bookings', () => {
  it('a holiday on a booked Wednesday strands the booking; the resident still sees it; moving it frees the old place and takes the new', async () => {
    const p = await point()
    const from = p.slot('2026-03-04', '14:30')
    const to = p.slot('2026-03-11', '15:00')
    const { id, resident } = await p.book(from)

    const saved = await p.save({ exceptions: [{ date: '2026-03-04', closed: true, reason: '上级检查' }] })
    expect(saved.data.stranded).toBe(1)
    expect(saved.data.months[0].warnings).toEqual(['本月只开放 3 次，说事点每月应不少于 4 次'])
    const listed = await w.staff(p.lead, { action: 'schedule.stranded', pointCode: p.code })
    expect(listed.data.bookings).toEqual([
      { id, date: '2026-03-04', start: '14:30', end: '15:00', category: '政策咨询', topic: '问问高龄补贴', name: '张**', phone: '138****5678', reason: '当天不开放：上级检查' },
    ])
    // the choices start with the next open Wednesday, with the places left
    expect(listed.data.choices[0]).toMatchObject({ date: '2026-03-11', slots: [{ id: p.slot('2026-03-11', '14:30'), left: 2 }, { id: to, left: 2 }] })
    // nothing is taken from the resident until the office acts
    const mine = await w.resident(resident, { action: 'booking.listMine' })
    expect(mine.data.items[0]).toMatchObject({ id, status: 'booked', date: '2026-03-04', start: '14:30' })

    const moved = await w.staff(DEMO.admin, { action: 'booking.move', id, slotId: to, reason: '3月4日上级检查，说事点暂停开放' })
    expect(moved.data).toEqual({ id, date: '2026-03-11', start: '15:00', end: '15:30' })
    expect(await p.booked(from)).toBe(0)
    expect(await p.booked(to)).toBe(1)
    expect(await p.raw(id)).toMatchObject({ status: 'booked', slotId: to, changeReason: '3月4日上级检查，说事点暂停开放' })
    const after = await w.resident(resident, { action: 'booking.listMine' })
    expect(after.data.items).toHaveLength(1)
    expect(after.data.items[0]).toMatchObject({ id, status: 'booked', date: '2026-03-11', start: '15:00' })
    // the resident still holds one open booking, at its new time
    const booker = (await w.db().collection('bookers').doc(`booker-${resident}`).get()).data
    expect(booker?.open).toEqual([{ id, openingId: `${p.code}_20260311_1430`, startAt: new Date('2026-03-11T07:00:00Z') }])
    expect((await w.staff(p.lead, { action: 'schedule.stranded', pointCode: p.code })).data.bookings).toEqual([])
    expect((await w.staff(p.lead, { action: 'schedule.get', pointCode: p.code })).data.stranded).toBe(0)
  })

  it('a move into a full slot is refused with CONFLICT and changes nothing', async () => {
    const p = await point()
    const from = p.slot('2026-03-04', '14:30')
    const full = p.slot('2026-03-11', '14:30')
    const { id } = await p.book(from)
    await p.book(full)
    await p.book(full)
    await p.save({ exceptions: [{ date: '2026-03-04', closed: true, reason: '上级检查' }] })
    const before = await p.raw(id)

    const refused = await w.staff(p.lead, { action: 'booking.move', id, slotId: full, reason: '3月4日暂停开放' })
    expect(refused.error).toEqual({ code: 'CONFLICT', message: '该时段已约满，请选择其他时段' })
    expect(await p.raw(id)).toEqual(before)
    expect(await p.booked(from)).toBe(1)
    expect(await p.booked(full)).toBe(2)
    expect((await w.staff(p.lead, { action: 'schedule.stranded', pointCode: p.code })).data.bookings.map((b: { id: string }) => b.id)).toEqual([id])
  })

  it('cutting a slot’s places strands the latest booked; an admin cancels it with a reason the resident sees, and the place is freed', async () => {
    const p = await point()
    const slot = p.slot('2026-03-04', '15:00')
    await p.book(slot)
    w.clock.set('2026-03-02T02:05:00Z')
    const late = await p.book(slot)
    const saved = await p.save({ rules: [{ ...RULES[0], places: 1 }] })
    expect(saved.data.stranded).toBe(1)
    const listed = await w.staff(DEMO.admin, { action: 'schedule.stranded', pointCode: p.code })
    expect(listed.data.bookings).toEqual([expect.objectContaining({ id: late.id, reason: '这个时段的名额已减为 1 个' })])

    const cancelled = await w.staff(DEMO.admin, { action: 'booking.cancelByStaff', id: late.id, reason: '该时段名额调整，请改约其他时间' })
    expect(cancelled.data.status).toBe('cancelled')
    expect(await p.booked(slot)).toBe(1)
    const seen = await w.resident(late.resident, { action: 'booking.listMine' })
    expect(seen.data.items[0]).toMatchObject({ status: 'cancelled', cancelledBy: 'office', cancelReason: '该时段名额调整，请改约其他时间' })
    expect((await w.staff(DEMO.admin, { action: 'schedule.stranded', pointCode: p.code })).data.bookings).toEqual([])
  })

  it('a slot the new rules no longer make strands its booking; a past or unknown slot, or a second place in one opening, is refused', async () => {
    const p = await point()
    const { id, resident } = await p.book(p.slot('2026-03-04', '15:00'))
    const other = await p.book(p.slot('2026-03-11', '14:30'), resident)
    const saved = await p.save({ rules: [{ ...RULES[0], slotMinutes: 60, places: 2 }] })
    // 15:00 is gone; 14:30 stays (it now ends at 15:30)
    expect(saved.data.stranded).toBe(1)
    const listed = await w.staff(p.lead, { action: 'schedule.stranded', pointCode: p.code })
    expect(listed.data.bookings.map((b: { id: string; reason: string }) => [b.id, b.reason])).toEqual([[id, '这个时段已不在排班中']])
    const move = (slotId: string) => w.staff(p.lead, { action: 'booking.move', id, slotId, reason: '时段调整为一小时' })
    expect((await move(p.slot('2026-03-04', '15:00'))).error).toEqual({ code: 'INVALID_INPUT', message: '没有这个时段，请重新选择' })
    // a slot of another point is not one of this booking's
    expect((await move(`${DEMO.pointCode}_20260304_1430_1430`)).error).toEqual({ code: 'INVALID_INPUT', message: '没有这个时段，请重新选择' })
    // the resident's other booking is in the 11th's opening already
    expect((await move(p.slot('2026-03-11', '14:30'))).error).toEqual({ code: 'INVALID_INPUT', message: '这位居民在这次开放已经有一个预约，请选择其他时间' })
    expect((await move(p.slot('2026-03-04', '14:30'))).data).toMatchObject({ date: '2026-03-04', start: '14:30', end: '15:30' })
    // at 15:00 on the 4th: no move into a slot that has begun, nor of a booking that has
    w.clock.set('2026-03-04T07:00:00Z')
    expect((await w.staff(p.lead, { action: 'booking.move', id: other.id, slotId: p.slot('2026-03-04', '14:30'), reason: '改到本周' })).error).toEqual({
      code: 'INVALID_INPUT',
      message: '这个时段已经过去了，请选择其他时段',
    })
    expect((await move(p.slot('2026-03-18', '14:30'))).error).toEqual({ code: 'CONFLICT', message: '这个预约已经不能调整了' })
  })

  it('a resident, a cadre of the point or a leader of another point cannot list or move; a booking of another point is not found', async () => {
    const p = await point()
    const { id } = await p.book(p.slot('2026-03-04', '14:30'))
    await p.save({ exceptions: [{ date: '2026-03-04', closed: true, reason: '上级检查' }] })
    const cadre = await w.addStaff({ roles: ['cadre'], points: [p.code] })
    const otherLeader = await w.addStaff({ roles: ['leader'], points: [DEMO.pointCode] })
    const to = p.slot('2026-03-11', '14:30')
    for (const who of [DEMO.residentA, cadre]) {
      expect((await w.staff(who, { action: 'booking.move', id, slotId: to, reason: '暂停开放' })).error.code).toBe('FORBIDDEN')
    }
    expect((await w.staff(otherLeader, { action: 'schedule.stranded', pointCode: p.code })).error.code).toBe('FORBIDDEN')
    expect((await w.staff(otherLeader, { action: 'booking.move', id, slotId: to, reason: '暂停开放' })).error.code).toBe('NOT_FOUND')
    expect((await p.raw(id))?.slotId).toBe(p.slot('2026-03-04', '14:30'))
    expect(await p.booked(to)).toBe(0)
  })
})
