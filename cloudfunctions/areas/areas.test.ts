/** 包片区: dividing a point into areas, who sees which, retiring one, and a cadre's handover. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWorld, type World } from '../testing'
import { areaWorld, countOf, newArea, newHousehold } from './testing-areas'

let w: World
// Monday 2 March 2026, 10:00 China time
beforeAll(async () => {
  w = await startWorld('2026-03-02T02:00:00Z')
})
afterAll(async () => {
  await w.stop()
})

describe('areas.save and areas.list', () => {
  it('a leader divides the point and assigns cadres; the leader sees every area, a cadre their own', async () => {
    const p = await areaWorld(w)
    const saved = await w.staff(p.lead, { action: 'areas.save', pointCode: p.code, name: '1–3栋', units: ['1栋', '2栋', '3栋'], cadre: p.cadre })
    expect(saved).toMatchObject({ ok: true, data: { pointCode: p.code, name: '1–3栋', units: ['1栋', '2栋', '3栋'], cadre: { openid: p.cadre, name: '包片干部' }, households: 0, active: true, mine: false } })
    await w.staff(p.lead, { action: 'areas.save', pointCode: p.code, name: '老街片', units: ['老街'], cadre: p.colleague })
    const names = async (who: string) => {
      const r = await w.staff(who, { action: 'areas.list', pointCode: p.code })
      return r.ok ? (r.data.areas as { name: string }[]).map((a) => a.name) : r.error.code
    }
    expect(await names(p.lead)).toEqual(['1–3栋', '老街片'])
    expect(await names(p.cadre)).toEqual(['1–3栋'])
    expect(await names(p.colleague)).toEqual(['老街片'])
    for (const who of [p.leaderThere, p.admin, p.resident]) expect(await names(who)).toBe('FORBIDDEN')
    // an edit: renamed and given to the colleague
    const edited = await w.staff(p.lead, { action: 'areas.save', pointCode: p.code, id: saved.data.id, name: '1–4栋', units: ['1栋', '2栋', '3栋', '4栋'], cadre: p.colleague })
    expect(edited.data).toMatchObject({ id: saved.data.id, name: '1–4栋', cadre: { openid: p.colleague } })
    expect(await names(p.cadre)).toEqual([])
  })

  it('only the point’s leader saves; the cadre must work at the point; bad input writes nothing', async () => {
    const p = await areaWorld(w)
    const event = { action: 'areas.save', pointCode: p.code, name: '4–6栋', units: ['4栋'], cadre: p.cadre }
    for (const who of [p.cadre, p.colleague, p.leaderThere, p.admin, p.resident]) expect((await w.staff(who, event)).error?.code).toBe('FORBIDDEN')
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ cadre: p.leaderThere }, /不是本说事点的干部/],
      [{ cadre: 'nobody-here' }, /不是在岗的工作人员/],
      [{ units: [] }, /至少填写一个/],
      [{ units: ['4栋', '4栋'] }, /重复/],
      [{ name: '' }, /片区名称/],
      [{ id: 'no-such-area' }, /不是本说事点的/],
    ]
    for (const [extra, message] of cases) {
      const r = await w.staff(p.lead, { ...event, ...extra })
      expect({ extra, message: r.error?.message }).toEqual({ extra, message: expect.stringMatching(message) })
    }
    expect(await countOf(w, 'areas', { pointCode: p.code })).toBe(0)
    await newArea(w, p, { name: '4–6栋' })
    expect((await w.staff(p.lead, event)).error?.message).toMatch(/已经有叫「4–6栋」的片区/)
  })

  it('a leader of another point cannot rewrite an area here, whatever id is given', async () => {
    const p = await areaWorld(w)
    const id = await newArea(w, p)
    const r = await w.staff(p.leaderThere, { action: 'areas.save', pointCode: p.otherCode, id, name: '夺来的', units: ['1栋'], cadre: p.leaderThere })
    expect(r.error?.code).toBe('FORBIDDEN')
    expect((await w.db().collection('areas').doc(id).get()).data).toMatchObject({ pointCode: p.code, cadre: p.cadre })
  })
})

describe('areas.retire', () => {
  it('retires an empty area; one with households living in it is refused', async () => {
    const p = await areaWorld(w)
    const empty = await newArea(w, p)
    const lived = await newArea(w, p)
    await newHousehold(w, p, lived)
    for (const who of [p.cadre, p.leaderThere, p.admin]) expect((await w.staff(who, { action: 'areas.retire', id: empty })).error?.code).toBe('FORBIDDEN')
    expect((await w.staff(p.leaderThere, { action: 'areas.retire', id: 'no-such' })).error?.code).toBe('FORBIDDEN')
    expect((await w.staff(p.lead, { action: 'areas.retire', id: lived })).error?.message).toMatch(/还住着 1 户/)
    expect((await w.staff(p.lead, { action: 'areas.retire', id: empty })).data).toMatchObject({ active: false })
    const listed = await w.staff(p.lead, { action: 'areas.list', pointCode: p.code })
    expect((listed.data.areas as { id: string }[]).map((a) => a.id)).toEqual([lived])
  })
})

describe('handover', () => {
  it('a deactivated cadre’s areas pass to the successor with the deactivation', async () => {
    const p = await areaWorld(w)
    const [a, b] = [await newArea(w, p), await newArea(w, p)]
    const colleagues = await newArea(w, p, { cadre: p.colleague })
    const r = await w.staff(p.admin, { action: 'staff.deactivate', openid: p.cadre, transferTo: p.colleague })
    expect(r.ok).toBe(true)
    for (const id of [a, b, colleagues]) expect((await w.db().collection('areas').doc(id).get()).data?.cadre).toBe(p.colleague)
    const listed = await w.staff(p.colleague, { action: 'areas.list', pointCode: p.code })
    expect((listed.data.areas as { id: string }[]).map((x) => x.id).sort()).toEqual([a, b, colleagues].sort())
  })

  it('refuses a successor who does not work at the area’s point, and moves nothing', async () => {
    const p = await areaWorld(w)
    const a = await newArea(w, p)
    const r = await w.staff(p.admin, { action: 'staff.deactivate', openid: p.cadre, transferTo: p.leaderThere })
    expect(r.error?.message).toMatch(/不能接手那里的事项/)
    expect((await w.db().collection('areas').doc(a).get()).data).toMatchObject({ cadre: p.cadre })
  })
})
