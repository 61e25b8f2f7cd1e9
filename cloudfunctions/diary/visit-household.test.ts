/** 民情日记 and 包片: an entry picks a household of the caller's areas, or adds one on the spot; the quota counts households. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { diaryEvent, startWorld, type World } from '../testing'
import { areaWorld, countOf, newArea, newHousehold } from '../areas/testing-areas'

let w: World
// Monday 2 March 2026, 10:00 China time
beforeAll(async () => {
  w = await startWorld('2026-03-02T02:00:00Z')
})
afterAll(async () => {
  await w.stop()
})

const visit = (who: string, pointCode: string, extra: Record<string, unknown>) => w.staff(who, diaryEvent(pointCode, '2026-03-01', extra))
const countOfMine = async (who: string) => ((await w.staff(who, { action: 'visits.month', month: '2026-03' })).data.mine as { count: number }[])[0]?.count ?? 0

describe('a diary entry and the household it went to', () => {
  it('picks a household of the caller’s area: it keeps the household’s address and counts once however the address was typed', async () => {
    const p = await areaWorld(w)
    const area = await newArea(w, p)
    const id = await newHousehold(w, p, area, { address: '幸福路12号3单元501' })
    const picked = await visit(p.cadre, p.code, { householdId: id, household: { address: '随便写的', met: '王大爷' } })
    expect(picked.data).toMatchObject({ householdId: id, household: { address: '幸福路12号3单元501', met: '王大爷' } })
    // picked again, and typed in another spelling: one household
    await visit(p.cadre, p.code, { householdId: id, household: { address: '幸福路12号3单元501', met: '老伴' } })
    const typed = await visit(p.cadre, p.code, { household: { address: '幸福路１２号 3单元501室', met: '王大爷' } })
    expect(typed.data.householdId).toBe(id)
    expect(await countOfMine(p.cadre)).toBe(1)
    const stored = (await w.db().collection('visits').where({ author: p.cadre }).limit(10).get()).data
    expect(new Set(stored.map((v) => v.householdKey)).size).toBe(1)
  })

  it('adds an unknown address as a new household of the caller’s area in the same request', async () => {
    const p = await areaWorld(w)
    const area = await newArea(w, p)
    const event = diaryEvent(p.code, '2026-03-01', { household: { address: '光明路7号1单元302', met: '李阿姨' }, newHousehold: { area, head: '李桂芳', members: 2 } })
    const [a, b] = await Promise.all([w.staff(p.cadre, event), w.staff(p.cadre, event)])
    expect(a.data.id).toBe(b.data.id)
    const households = await w.staff(p.cadre, { action: 'households.list', area })
    expect(households.data.households).toEqual([expect.objectContaining({ id: a.data.householdId, address: '光明路7号1单元302', head: '李桂芳', members: 2, flags: [] })])
    expect(await countOf(w, 'households', { area })).toBe(1)
  })

  it('refuses a household or area the caller may not keep, and writes nothing', async () => {
    const p = await areaWorld(w)
    const theirs = await newArea(w, p, { cadre: p.colleague })
    const foreign = await newHousehold(w, { ...p, cadre: p.colleague }, theirs)
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ householdId: foreign }, /不在您负责的片区/],
      [{ householdId: 'no-such-household' }, /不在您负责的片区/],
      [{ household: { address: '光明路9号', met: '周师傅' }, newHousehold: { area: theirs, head: '周强', members: 1 } }, /您负责的片区/],
      [{ household: { address: '光明路9号', met: '周师傅' }, newHousehold: { area: 'no-such-area', head: '周强', members: 1 } }, /您负责的片区/],
      [{ household: { address: '光明路9号', met: '周师傅' }, newHousehold: { area: theirs, head: '周强 13812345678', members: 1 } }, /不记电话号码/],
      [{ householdId: foreign, newHousehold: { area: theirs, head: '周强', members: 1 } }, /不用再添加/],
    ]
    for (const [extra, message] of cases) {
      const r = await visit(p.cadre, p.code, extra)
      expect({ extra, message: r.error?.message }).toEqual({ extra, message: expect.stringMatching(message) })
    }
    expect(await countOf(w, 'visits', { author: p.cadre })).toBe(0)
    expect(await countOf(w, 'households', { pointCode: p.code })).toBe(1)
  })

  it('a point without areas keeps the free address', async () => {
    const p = await areaWorld(w)
    const r = await visit(p.cadre, p.code, { household: { address: '和平路5号', met: '吴先生' } })
    expect(r.data).toMatchObject({ householdId: null, household: { address: '和平路5号' } })
    expect(await countOfMine(p.cadre)).toBe(1)
  })
})
