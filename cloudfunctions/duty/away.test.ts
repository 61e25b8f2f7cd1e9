/** A cadre deactivated or away leaves their duties uncovered, for staff and on the resident's posted roster. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { addDutyPoint, DUTY_START, rosterOf } from './testing'
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

async function rotated() {
  const p = await addDutyPoint(w)
  // a, b, c, a, b, c, a, b over March
  const r = await w.staff(p.lead, { action: 'duty.rotate', pointCode: p.code, month: '2026-03', order: [p.a, p.b, p.c] })
  if (!r.ok) throw new Error(JSON.stringify(r))
  return p
}

const uncovered = (month: { openings: { uncovered: boolean }[] }) => month.openings.map((o) => o.uncovered)

describe('away and deactivated', () => {
  it('a cadre marks themselves away: that day’s duty is uncovered, the roster itself unchanged; clearing it covers it again', async () => {
    const p = await rotated()
    const away = await w.staff(p.a, { action: 'staff.setAway', openid: p.a, from: '2026-03-03', to: '2026-03-04', reason: '外出培训' })
    expect(away.data).toEqual({ openid: p.a, away: [{ from: '2026-03-03', to: '2026-03-04', reason: '外出培训' }] })
    const month = await rosterOf(w, p.lead, p.code)
    expect(uncovered(month)).toEqual([true, false, false, false, false, false, false, false])
    expect(month.openings[0].onDuty).toEqual([expect.objectContaining({ openid: p.a, state: 'away' })])
    expect(month.cadres.find((c) => c.openid === p.a)?.away).toHaveLength(1)
    // the resident's posted roster: nobody on the 4th morning, 乙 in the afternoon
    const slots = await w.resident(DEMO.residentA, { action: 'slots.list', pointCode: p.code, from: '2026-03-04', days: 1 })
    expect(slots.data.openings.map((o: { onDuty: unknown[] }) => o.onDuty)).toEqual([[], [{ name: '乙干部', duty: '接待' }]])

    expect((await w.staff(p.a, { action: 'staff.clearAway', openid: p.a, from: '2026-03-03' })).data.away).toEqual([])
    expect(uncovered(await rosterOf(w, p.lead, p.code)).some(Boolean)).toBe(false)
  })

  it('a deactivated cadre’s duties all show uncovered', async () => {
    const p = await rotated()
    const off = await w.staff(DEMO.admin, { action: 'staff.deactivate', openid: p.b, transferTo: p.lead })
    expect(off.ok).toBe(true)
    const month = await rosterOf(w, p.lead, p.code)
    expect(uncovered(month)).toEqual([false, true, false, false, true, false, false, true])
    expect(month.openings[1].onDuty[0]).toMatchObject({ openid: p.b, state: 'inactive' })
    // a rotation over the month now fills just those, passing 乙 by
    const fill = await w.staff(p.lead, { action: 'duty.rotate', pointCode: p.code, month: '2026-03', order: [p.a, p.c] })
    expect(fill.data.assigned).toBe(3)
    expect(uncovered(await rosterOf(w, p.lead, p.code)).some(Boolean)).toBe(false)
  })

  it('the leader marks a cadre away; a plain cadre cannot mark another, nor a leader of another point; bad dates write nothing', async () => {
    const p = await rotated()
    const other = await addDutyPoint(w)
    const event = { action: 'staff.setAway', openid: p.c, from: '2026-03-10', to: '2026-03-12', reason: '病假' }
    expect((await w.staff(p.a, event)).error.code).toBe('FORBIDDEN')
    expect((await w.staff(other.lead, event)).error.code).toBe('FORBIDDEN')
    expect((await w.staff(DEMO.residentA, event)).error.code).toBe('FORBIDDEN')
    expect((await w.staff(p.lead, { ...event, to: '2026-03-09' })).error).toEqual({ code: 'INVALID_INPUT', message: '结束日期不能早于开始日期' })
    expect((await w.staff(p.lead, { ...event, to: '2026-09-09' })).error.code).toBe('INVALID_INPUT')
    expect((await w.staff(p.lead, { ...event, reason: '' })).error.code).toBe('INVALID_INPUT')
    expect((await w.db().collection('staff').doc(p.c).get()).data?.away).toBeUndefined()
    expect((await w.staff(p.lead, event)).ok).toBe(true)
    expect(uncovered(await rosterOf(w, p.lead, p.code))[2]).toBe(true)
    // nobody can be put on duty on a day they are away
    const set = await w.staff(p.lead, { action: 'duty.set', openingId: p.march[3], openids: [p.c] })
    expect(set.error).toEqual({ code: 'INVALID_INPUT', message: '丙干部 3月11日请假或外出，不能值班' })
  })
})
