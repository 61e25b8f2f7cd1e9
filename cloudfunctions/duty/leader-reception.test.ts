/**
 * 接访公示 of a 挂点 leader: put on duty at their point's opening like any cadre, posted to
 * residents with level, title and what they answer for (never a phone or openid), and the
 * opening bookable like any other.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contact, fresh, startWorld, type World } from '../testing'
import { addDutyPoint, DUTY_START } from './testing'

let w: World
beforeAll(async () => {
  w = await startWorld(DUTY_START)
})
afterAll(async () => {
  await w.stop()
})

describe('a leader receiving at their 挂点', () => {
  it('is posted with level, title and duties, and their opening is booked like any other', async () => {
    const p = await addDutyPoint(w)
    const admin = await w.addStaff({ name: '管理员', roles: ['admin'], points: [] })
    const leader = await w.addStaff({ name: '吴镇长', roles: ['leader'], points: [p.code] })
    const named = await w.staff(admin, { action: 'staff.setLeader', openid: leader, level: 'township', contactPoint: p.code, title: '副镇长', answersFor: '分管城建、环境整治' })
    expect(named.ok).toBe(true)
    const opening = p.march[1] // Wednesday 4 March, 14:30 约访
    expect((await w.staff(p.lead, { action: 'duty.set', openingId: opening, openids: [leader, p.a] })).ok).toBe(true)

    const slots = await w.resident(fresh('resident'), { action: 'slots.list', pointCode: p.code, from: '2026-03-04', days: 1 })
    const posted = slots.data.openings.find((o: { id: string }) => o.id === opening)
    expect(posted.onDuty).toEqual([
      { name: '吴镇长', duty: '分管城建、环境整治', leader: { level: 'township', levelLabel: '乡镇（街道）领导', title: '副镇长' } },
      { name: '甲干部', duty: '接待' },
    ])
    expect(JSON.stringify(slots.data)).not.toContain(leader)

    const resident = fresh('resident')
    const booked = await w.resident(resident, { action: 'booking.create', requestId: fresh('req'), slotId: posted.slots[0].id, category: '基础设施', topic: '村道修缮想当面问问', contact })
    expect(booked.data).toMatchObject({ status: 'booked', onDuty: [expect.objectContaining({ name: '吴镇长', leader: expect.objectContaining({ level: 'township' }) }), expect.anything()] })
  })
})
