/** The posted roster (接访公示) on the resident's side: who is on duty for each opening, and for a booking. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { addDutyPoint, DUTY_START } from '../duty/testing'
import { contact, fresh, startWorld, type World } from '../testing'

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

describe('onDuty for residents', () => {
  it('slots.list names who is on duty and what for, with no phone; an opening nobody covers names nobody', async () => {
    const p = await addDutyPoint(w)
    // the routing table is the cadres' 分工
    await w.db().collection('points').doc(`point-${p.code}`).update({ data: { routing: { 环境卫生: p.b, 物业管理: p.b } } })
    await w.staff(p.lead, { action: 'duty.set', openingId: p.march[0], openids: [p.a] })
    await w.staff(p.lead, { action: 'duty.set', openingId: p.march[1], openids: [p.b, p.lead] })
    const slots = await w.resident(fresh('resident'), { action: 'slots.list', pointCode: p.code, days: 14 })
    const onDuty = slots.data.openings.map((o: { onDuty: unknown }) => o.onDuty)
    expect(onDuty).toEqual([
      [{ name: '甲干部', duty: '接待' }],
      [
        { name: '乙干部', duty: '环境卫生、物业管理' },
        { name: '点负责人', duty: '综合接待' },
      ],
      [],
      [],
    ])
    expect(JSON.stringify(slots.data)).not.toMatch(/duty-a|138/)
  })

  it('a booking carries the cadre on duty, when made and in 我的', async () => {
    const p = await addDutyPoint(w)
    await w.staff(p.lead, { action: 'duty.set', openingId: p.march[1], openids: [p.c] })
    const resident = fresh('resident')
    const slots = await w.resident(resident, { action: 'slots.list', pointCode: p.code, from: '2026-03-04', days: 1 })
    const slotId = slots.data.openings[1].slots[0].id
    const made = await w.resident(resident, { action: 'booking.create', requestId: fresh('req'), slotId, category: '政策咨询', topic: '问问高龄补贴', contact })
    expect(made.data.onDuty).toEqual([{ name: '丙干部', duty: '接待' }])
    // the duty changes hands: 我的 shows who is on duty now
    await w.staff(p.lead, { action: 'duty.set', openingId: p.march[1], openids: [p.a] })
    const mine = await w.resident(resident, { action: 'booking.listMine' })
    expect(mine.data.items[0].onDuty).toEqual([{ name: '甲干部', duty: '接待' }])
  })
})
