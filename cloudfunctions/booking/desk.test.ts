/** 值班台: the day's bookings, 到场 / 未到 / 取消, and 登记为诉求 from a booking. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bookingAtNewPoint, contact, DEMO, fresh, startWorld, submitEvent, type World } from '../testing'

let w: World
// Monday 2 March 2026, 10:00 China time
const START = '2026-03-02T02:00:00Z'

beforeAll(async () => {
  w = await startWorld(START)
})
afterAll(async () => {
  await w.stop()
})

/** A point of its own with Wednesday 14:30–15:30 约访 (2 slots of 2), its lead cadre, and a booking by a fresh resident. */
async function booked() {
  w.clock.set(START)
  return bookingAtNewPoint(w)
}

describe('值班台', () => {
  it('the cadre sees the day’s bookings with masked contact, checks one in and registers it as the resident’s matter', async () => {
    const { code, lead, resident, id } = await booked()
    w.clock.set('2026-03-04T06:00:00Z') // 14:00 on the day
    const desk = await w.staff(lead, { action: 'desk.today', pointCode: code })
    expect(desk.data.date).toBe('2026-03-04')
    expect(desk.data.bookings).toEqual([expect.objectContaining({ id, status: 'booked', start: '14:30', topic: '问问高龄补贴', name: '张**', phone: '138****5678' })])
    expect((await w.staff(lead, { action: 'booking.toItem', id, category: '政策咨询', content: '咨询高龄补贴的申请条件和材料' })).error.code).toBe('CONFLICT')
    expect((await w.staff(lead, { action: 'booking.checkIn', id })).data.status).toBe('checkedIn')
    const item = await w.staff(lead, { action: 'booking.toItem', id, category: '政策咨询', content: '咨询高龄补贴的申请条件和材料' })
    expect(item.data).toMatchObject({ status: 'submitted', assignee: { openid: lead } })
    const again = await w.staff(lead, { action: 'booking.toItem', id, category: '政策咨询', content: '咨询高龄补贴的申请条件和材料' })
    expect(again.data.id).toBe(item.data.id)
    // the resident follows it in 我的
    const mine = await w.resident(resident, { action: 'item.listMine' })
    expect(mine.data.items.map((i: { id: string }) => i.id)).toEqual([item.data.id])
  })

  it('answers the day’s openings at the point, each booking under its opening; a day without any is empty', async () => {
    const { code, lead, id } = await booked()
    const desk = await w.staff(lead, { action: 'desk.today', pointCode: code, date: '2026-03-04' })
    expect(desk.data.openings).toEqual([{ id: `${code}_20260304_1430`, pointCode: code, start: '14:30', end: '15:30', kind: 'booking', onDuty: [], mine: false }])
    expect(desk.data.bookings).toEqual([expect.objectContaining({ id, openingId: `${code}_20260304_1430`, pointCode: code })])
    const thursday = await w.staff(lead, { action: 'desk.today', pointCode: code, date: '2026-03-05' })
    expect(thursday.data).toEqual({ date: '2026-03-05', openings: [], bookings: [], walkIns: [] })
  })

  it('lists the day’s walk-ins registered at the desk as they came, contact masked; not a resident’s own submission or another day’s', async () => {
    const { code, lead } = await booked()
    const walkIn = (name: string) =>
      w.staff(lead, { action: 'item.registerForResident', requestId: fresh('req'), pointCode: code, category: '基础设施', content: '老人说楼道的灯坏了，晚上看不见', contact: { ...contact, name } })
    w.clock.set('2026-03-03T15:59:00Z') // 23:59 the day before
    await walkIn('赵大娘')
    w.clock.set('2026-03-04T01:30:00Z') // 9:30
    const first = await walkIn('王大爷')
    w.clock.set('2026-03-04T02:15:00Z') // 10:15
    const second = await walkIn('钱奶奶')
    await w.resident(fresh('resident'), submitEvent({ pointCode: code }))
    const desk = await w.staff(lead, { action: 'desk.today', pointCode: code })
    expect(desk.data.walkIns).toEqual([
      expect.objectContaining({ id: first.data.id, at: '09:30', name: '王**', status: 'submitted' }),
      expect.objectContaining({ id: second.data.id, at: '10:15', name: '钱**', status: 'submitted' }),
    ])
    expect(JSON.stringify(desk.data.walkIns)).not.toContain('5678')
  })

  it('says who is on duty for each opening, and whether the caller is', async () => {
    const { code, lead } = await booked()
    const colleague = await w.addStaff({ name: '同点干部', roles: ['cadre'], points: [code] })
    const openingId = `${code}_20260304_1430`
    expect((await w.staff(lead, { action: 'duty.set', openingId, openids: [lead] })).ok).toBe(true)
    const mine = await w.staff(lead, { action: 'desk.today', date: '2026-03-04' })
    expect(mine.data.openings).toEqual([expect.objectContaining({ id: openingId, onDuty: [{ name: '点负责人', duty: '综合接待' }], mine: true })])
    const theirs = await w.staff(colleague, { action: 'desk.today', date: '2026-03-04' })
    // the colleague still sees the point's bookings (to cover for someone), not as their own duty
    expect(theirs.data.openings).toEqual([expect.objectContaining({ id: openingId, mine: false })])
    expect(theirs.data.bookings).toHaveLength(1)
  })

  it('未到 only after the slot, and it counts towards the rule; an office cancellation frees the place with a reason', async () => {
    const { lead, resident, id } = await booked()
    w.clock.set('2026-03-04T06:00:00Z')
    expect((await w.staff(lead, { action: 'booking.noShow', id })).error.code).toBe('INVALID_INPUT')
    w.clock.set('2026-03-04T08:00:00Z')
    expect((await w.staff(lead, { action: 'booking.noShow', id })).data.status).toBe('noShow')
    const booker = (await w.db().collection('bookers').doc(`booker-${resident}`).get()).data
    expect(booker?.noShows).toHaveLength(1)

    const other = await booked()
    const cancelled = await w.staff(other.lead, { action: 'booking.cancelByStaff', id: other.id, reason: '值班干部临时外出开会' })
    expect(cancelled.data.status).toBe('cancelled')
    const seen = await w.resident(other.resident, { action: 'booking.listMine' })
    expect(seen.data.items[0]).toMatchObject({ status: 'cancelled', cancelledBy: 'office', cancelReason: '值班干部临时外出开会' })
    const slots = await w.resident(other.resident, { action: 'slots.list', pointCode: other.code, from: '2026-03-04', days: 1 })
    expect(slots.data.openings[0].slots[0].left).toBe(2)
  })

  it('a resident cannot read the desk or check in; a cadre of another point cannot act on this point’s bookings', async () => {
    const { code, id } = await booked()
    expect((await w.staff(DEMO.residentA, { action: 'desk.today' })).error.code).toBe('FORBIDDEN')
    expect((await w.staff(DEMO.residentA, { action: 'booking.checkIn', id })).error.code).toBe('FORBIDDEN')
    expect((await w.staff(DEMO.cadre1, { action: 'booking.checkIn', id })).error.code).toBe('NOT_FOUND')
    expect((await w.staff(DEMO.cadre1, { action: 'desk.today', pointCode: code })).error.code).toBe('FORBIDDEN')
    expect((await w.staff(DEMO.cadre1, { action: 'booking.cancelByStaff', id, reason: '随便取消' })).error.code).toBe('NOT_FOUND')
  })
})
