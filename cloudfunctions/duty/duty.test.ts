/** 值班表: the month's openings with who is on duty, setting one, and generating a rotation. */
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

const dutyDoc = async (id: string) => (await w.db().collection('duties').doc(id).get()).data

describe('duty.list', () => {
  it('gives the month’s openings, all uncovered before anyone is on duty, and the point’s cadres', async () => {
    const p = await addDutyPoint(w)
    const month = await rosterOf(w, p.a, p.code)
    expect(month.openings.map((o) => o.id)).toEqual(p.march)
    expect(month.openings.every((o) => o.uncovered && o.onDuty.length === 0)).toBe(true)
    expect(month.cadres.map((c) => c.openid).sort()).toEqual([p.lead, p.a, p.b, p.c].sort())
    expect(month.viewer).toEqual({ openid: p.a, canManage: false })
    expect((await rosterOf(w, p.lead, p.code)).viewer.canManage).toBe(true)
    expect((await rosterOf(w, DEMO.admin, p.code)).viewer.canManage).toBe(true)
  })

  it('is refused to a resident and to a cadre of another point', async () => {
    const p = await addDutyPoint(w)
    expect((await w.staff(DEMO.residentA, { action: 'duty.list', pointCode: p.code, month: '2026-03' })).error.code).toBe('FORBIDDEN')
    expect((await w.staff(DEMO.cadre1, { action: 'duty.list', pointCode: p.code, month: '2026-03' })).error.code).toBe('FORBIDDEN')
    expect((await w.staff(p.a, { action: 'duty.list', pointCode: p.code, month: '2026-13' })).error.code).toBe('INVALID_INPUT')
  })
})

describe('duty.rotate', () => {
  it('goes round the order over the month, then continues next month after whoever was last', async () => {
    const p = await addDutyPoint(w)
    const r = await w.staff(p.lead, { action: 'duty.rotate', pointCode: p.code, month: '2026-03', order: [p.a, p.b, p.c] })
    expect(r.data).toEqual({ assigned: 8, startsWith: { openid: p.a, name: '甲干部' }, uncovered: 0 })
    const march = await rosterOf(w, p.a, p.code)
    expect(namesOn(march)).toEqual([p.a, p.b, p.c, p.a, p.b, p.c, p.a, p.b])
    expect(march.openings[0].onDuty[0]).toMatchObject({ name: '甲干部', duty: '接待', state: 'present' })
    expect(march.openings.some((o) => o.uncovered)).toBe(false)

    // March ended with 乙: April begins with 丙
    const april = await w.staff(p.lead, { action: 'duty.rotate', pointCode: p.code, month: '2026-04', order: [p.a, p.b, p.c] })
    expect(april.data.startsWith.openid).toBe(p.c)
    expect(namesOn(await rosterOf(w, p.a, p.code, '2026-04'))[0]).toBe(p.c)
  })

  it('again over an assigned month fills only what is uncovered; with replace it reassigns what has not started', async () => {
    const p = await addDutyPoint(w)
    await w.staff(p.lead, { action: 'duty.set', openingId: p.march[3], openids: [p.c] })
    await w.staff(p.lead, { action: 'duty.rotate', pointCode: p.code, month: '2026-03', order: [p.a, p.b] })
    const filled = namesOn(await rosterOf(w, p.a, p.code))
    expect(filled[3]).toBe(p.c)
    expect(filled.filter((x) => x === '')).toEqual([])
    const again = await w.staff(p.lead, { action: 'duty.rotate', pointCode: p.code, month: '2026-03', order: [p.a, p.b] })
    expect(again.data.assigned).toBe(0)
    expect(namesOn(await rosterOf(w, p.a, p.code))).toEqual(filled)

    // the 4th is over: it keeps its roster; the rest go to 丙 alone
    w.clock.set('2026-03-05T02:00:00Z')
    const replaced = await w.staff(p.lead, { action: 'duty.rotate', pointCode: p.code, month: '2026-03', order: [p.c], replace: true })
    expect(replaced.data.assigned).toBe(6)
    expect(namesOn(await rosterOf(w, p.a, p.code))).toEqual([...filled.slice(0, 2), p.c, p.c, p.c, p.c, p.c, p.c])
  })

  it('refuses a plain cadre, another point’s leader, and an order with someone not of the point, writing nothing', async () => {
    const p = await addDutyPoint(w)
    const other = await addDutyPoint(w)
    const rotate = { action: 'duty.rotate', pointCode: p.code, month: '2026-03', order: [p.a, p.b] }
    expect((await w.staff(p.a, rotate)).error.code).toBe('FORBIDDEN')
    expect((await w.staff(other.lead, rotate)).error.code).toBe('FORBIDDEN')
    expect((await w.staff(DEMO.residentA, rotate)).error.code).toBe('FORBIDDEN')
    const bad = await w.staff(p.lead, { ...rotate, order: [p.a, other.a] })
    expect(bad.error).toEqual({ code: 'INVALID_INPUT', message: '甲干部 不是本说事点的工作人员' })
    expect((await w.staff(p.lead, { ...rotate, order: [p.a, p.a] })).error.code).toBe('INVALID_INPUT')
    expect(await dutyDoc(p.march[0])).toBeNull()
  })
})

describe('duty.set', () => {
  it('puts people on duty for one opening; an admin may too', async () => {
    const p = await addDutyPoint(w)
    const one = await w.staff(p.lead, { action: 'duty.set', openingId: p.march[1], openids: [p.b, p.c] })
    expect(one.data).toMatchObject({ id: p.march[1], uncovered: false, onDuty: [{ openid: p.b, name: '乙干部' }, { openid: p.c, name: '丙干部' }] })
    expect(await dutyDoc(p.march[1])).toMatchObject({ pointCode: p.code, openids: [p.b, p.c], updatedBy: p.lead })
    expect((await w.staff(DEMO.admin, { action: 'duty.set', openingId: p.march[1], openids: [] })).data.uncovered).toBe(true)
  })

  it('refuses a resident, a plain cadre, another point’s leader; bad input and unknown openings are refused and nothing is written', async () => {
    const p = await addDutyPoint(w)
    const other = await addDutyPoint(w)
    const set = { action: 'duty.set', openingId: p.march[0], openids: [p.a] }
    expect((await w.staff(DEMO.residentA, set)).error.code).toBe('FORBIDDEN')
    expect((await w.staff(p.a, set)).error.code).toBe('FORBIDDEN')
    expect((await w.staff(other.lead, set)).error.code).toBe('FORBIDDEN')
    const retired = await w.addStaff({ name: '已离岗', roles: ['cadre', 'leader'], points: [p.code], active: false })
    expect((await w.staff(retired, set)).error.code).toBe('FORBIDDEN')
    expect((await w.staff(p.lead, { ...set, openids: [other.a] })).error.code).toBe('INVALID_INPUT')
    expect((await w.staff(p.lead, { ...set, openids: ['nobody-here'] })).error.code).toBe('INVALID_INPUT')
    expect((await w.staff(p.lead, { ...set, openids: [DEMO.admin] })).error.code).toBe('INVALID_INPUT')
    expect((await w.staff(p.lead, { ...set, openingId: 'not an opening' })).error.code).toBe('INVALID_INPUT')
    // Thursday: the point is not open
    const thursday = await w.staff(p.lead, { ...set, openingId: `${p.code}_20260305_0900` })
    expect(thursday.error).toEqual({ code: 'INVALID_INPUT', message: '说事点这天这个时间没有开放，请刷新值班表' })
    w.clock.set('2026-03-05T02:00:00Z')
    expect((await w.staff(p.lead, set)).error.code).toBe('INVALID_INPUT')
    expect(await dutyDoc(p.march[0])).toBeNull()
  })
})
