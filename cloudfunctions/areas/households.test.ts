/** An area's households: who may read and keep them, what is audited, the changes recorded, and what is refused. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWorld, type World } from '../testing'
import { areaWorld, auditOf, countOf, householdEvent, newArea, newHousehold, type AreaWorld } from './testing-areas'

let w: World
// Monday 2 March 2026, 10:00 China time
beforeAll(async () => {
  w = await startWorld('2026-03-02T02:00:00Z')
})
afterAll(async () => {
  await w.stop()
})

/** Every caller of the table but those who may: refused alike, whether or not the target exists. */
const outsiders = (p: AreaWorld) => [p.colleague, p.leaderThere, p.admin, p.resident]

describe('who reads an area’s households', () => {
  it('its cadre and the point’s leader; the leader’s reads are audited, the cadre’s are not; everyone else is FORBIDDEN', async () => {
    const p = await areaWorld(w)
    const area = await newArea(w, p)
    const id = await newHousehold(w, p, area, { address: '幸福路12号3单元501' })
    for (const who of [p.cadre, p.lead]) {
      const list = await w.staff(who, { action: 'households.list', area })
      expect(list.data).toMatchObject({ area: { id: area }, households: [{ id, address: '幸福路12号3单元501', head: '王建华', members: 3, flags: ['aloneElderly'], status: 'active' }] })
      expect((await w.staff(who, { action: 'households.get', id })).data).toMatchObject({ id, note: '老人独居，女儿每周来看一次', changes: [] })
    }
    expect(await auditOf(w, p.cadre)).toEqual([])
    expect((await auditOf(w, p.lead)).map((a) => [a.action, a.target])).toEqual([
      ['households.list', area],
      ['household.read', id],
    ])
    for (const who of outsiders(p)) {
      for (const event of [
        { action: 'households.list', area },
        { action: 'households.list', area: 'no-such-area' },
        { action: 'households.get', id },
        { action: 'households.get', id: 'no-such-household' },
        { action: 'households.moveOut', id, at: '2026-03-01' },
        householdEvent(area),
        householdEvent(area, { id }),
      ]) {
        const r = await w.staff(who, event)
        expect({ who, event: event.action, code: r.error?.code }).toEqual({ who, event: event.action, code: 'FORBIDDEN' })
        expect(JSON.stringify(r)).not.toContain('幸福路')
      }
      expect(await auditOf(w, who)).toEqual([])
    }
    expect(await countOf(w, 'households', { area })).toBe(1)
  })

  it('a household cannot be edited through another area’s id', async () => {
    const p = await areaWorld(w)
    const mine = await newArea(w, p)
    const theirs = await newArea(w, p, { cadre: p.colleague })
    const id = await newHousehold(w, p, mine)
    expect((await w.staff(p.colleague, householdEvent(theirs, { id }))).error?.code).toBe('FORBIDDEN')
  })
})

describe('households.save', () => {
  it('records flags set and cleared; a first census records no move, a household added in a later month moved in', async () => {
    const p = await areaWorld(w)
    const area = await newArea(w, p)
    const id = await newHousehold(w, p, area, { flags: ['aloneElderly'] })
    const edited = await w.staff(p.cadre, householdEvent(area, { id, address: '幸福路8号2单元202', flags: ['hardship', 'dibao'], members: 2 }))
    expect(edited.data).toMatchObject({ id, address: '幸福路8号2单元202', members: 2, flags: ['hardship', 'dibao'] })
    expect(edited.data.changes.map((c: { kind: string; flag?: string }) => `${c.kind} ${c.flag}`)).toEqual(['flagOn hardship', 'flagOn dibao', 'flagOff aloneElderly'])
    // the same flags in another order change nothing
    const again = await w.staff(p.cadre, householdEvent(area, { id, address: '幸福路8号2单元202', flags: ['dibao', 'hardship'] }))
    expect(again.data.changes).toHaveLength(3)
    // an area set up in January: a household added in March has moved in
    await w.db().collection('areas').doc(area).update({ data: { createdAt: new Date('2026-01-10T02:00:00Z') } })
    const later = await w.staff(p.cadre, householdEvent(area))
    expect(later.data.changes).toEqual([{ kind: 'movedIn', at: '2026-03-02T10:00:00+08:00' }])
  })

  it('refuses a phone, ID or card number in the address, 户主 or note, and bad input, writing nothing', async () => {
    const p = await areaWorld(w)
    const area = await newArea(w, p)
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ note: '有事打她女儿电话 138 1234 5678' }, /不记电话号码、身份证号和银行卡号/],
      [{ note: '身份证 330102196001011234' }, /不记电话号码/],
      [{ head: '王建华 13812345678' }, /不记电话号码/],
      [{ address: '幸福路12号 6222 0212 3456 7890 123' }, /不记电话号码/],
      [{ members: 0 }, /至少 1 人/],
      [{ members: 2.5 }, /整数/],
      [{ flags: ['rich'] }, /标记无法识别/],
      [{ flags: ['hardship', 'hardship'] }, /重复/],
      [{ head: '' }, /户主/],
      [{ phone: '13812345678' }, /无法识别/],
    ]
    for (const [extra, message] of cases) {
      const r = await w.staff(p.cadre, householdEvent(area, extra))
      expect({ extra, message: r.error?.message }).toEqual({ extra, message: expect.stringMatching(message) })
    }
    expect(await countOf(w, 'households', { area })).toBe(0)
  })

  it('one household per address in a point, however the address is typed, even when two cadres add it at once', async () => {
    const p = await areaWorld(w)
    const [a, b] = [await newArea(w, p), await newArea(w, p, { cadre: p.colleague })]
    const [x, y] = await Promise.all([
      w.staff(p.cadre, householdEvent(a, { address: '和平路3号2单元101' })),
      w.staff(p.colleague, householdEvent(b, { address: '和平路３号 2单元101室' })),
    ])
    expect([x.ok, y.ok].sort()).toEqual([false, true])
    expect((x.ok ? y : x).error).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/已经有这个住址/) })
    expect(await countOf(w, 'households', { pointCode: p.code })).toBe(1)
    // another point may have the same address
    const other = await w.staff(p.leaderThere, { action: 'areas.save', pointCode: p.otherCode, name: '和平片', units: ['3号'], cadre: p.leaderThere })
    expect((await w.staff(p.leaderThere, householdEvent(other.data.id, { address: '和平路3号2单元101' }))).ok).toBe(true)
  })
})

describe('households.moveOut', () => {
  it('moves a household out on a day, kept for the ledger; the address is free again', async () => {
    const p = await areaWorld(w)
    const area = await newArea(w, p)
    const id = await newHousehold(w, p, area, { address: '光明路1号101' })
    for (const [at, message] of [['2026-03-03', /今天以后/], ['2026-02-28', /早于这户登记/]] as const) {
      expect((await w.staff(p.cadre, { action: 'households.moveOut', id, at })).error?.message).toMatch(message)
    }
    const r = await w.staff(p.lead, { action: 'households.moveOut', id, at: '2026-03-02' })
    expect(r.data).toMatchObject({ status: 'movedOut', changes: [{ kind: 'movedOut', at: '2026-03-02T00:00:00+08:00' }] })
    expect((await auditOf(w, p.lead)).map((x) => x.action)).toContain('household.moveOut')
    expect((await w.staff(p.cadre, { action: 'households.moveOut', id, at: '2026-03-02' })).error?.code).toBe('CONFLICT')
    expect((await w.staff(p.cadre, householdEvent(area, { id }))).error?.message).toMatch(/已经迁出/)
    const list = await w.staff(p.cadre, { action: 'households.list', area })
    expect(list.data.area.households).toBe(0)
    // a new family at the same address
    expect((await w.staff(p.cadre, householdEvent(area, { address: '光明路1号101' }))).ok).toBe(true)
  })
})
