import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { fresh, startWorld, type World } from '../testing'
import { clueEvent, makeOversight, type Oversight } from './testing-discipline'

// 2026-11-28 10:00 China time
const START = '2026-11-28T02:00:00Z'
let w: World
let o: Oversight
beforeAll(async () => {
  w = await startWorld(START)
  o = await makeOversight(w)
})
afterAll(async () => w?.stop())
beforeEach(() => w.clock.set(START))

const cluesOf = async (filer: string) => (await w.db().collection('discipline').where({ filer }).limit(100).get()).data
const outboxOf = async (recipient: string) => (await w.db().collection('outbox').where({ recipient }).limit(100).get()).data
const ratesOf = async (filer: string) => (await w.db().collection('ratelimits').doc(`discipline-${filer}`).get()).data

describe('discipline.file by a resident', () => {
  it('goes to the committee at the township above the point; they are told in neutral words; the filer sees it', async () => {
    const resident = fresh('resident')
    const r = await w.resident(resident, clueEvent(o.pointA))
    expect(r).toMatchObject({ ok: true, data: { state: 'filed', stateLabel: '已报送，待接收', receiver: '青溪镇', about: '村委会某干部', reply: null } })
    const [stored] = await cluesOf(resident)
    expect(stored).toMatchObject({ node: o.townA, pointCode: o.pointA, filedAs: 'resident', filerName: null })
    const told = await outboxOf(o.committeeA)
    expect(told.map((m) => m.page)).toEqual(['staff/pages/discipline/index'])
    expect(JSON.stringify(told)).not.toContain('低保')
    const box = (await w.db().collection('messages').where({ recipient: o.committeeA }).limit(10).get()).data
    expect(box.map((m) => [m.title, m.body])).toEqual([['您有一份新材料待查看', '请进入小程序查看。']])
    expect((await outboxOf(o.committeeCounty)).length).toBe(0)
    const mine = await w.resident(resident, { action: 'discipline.mine' })
    expect(mine.data.items.map((i: { id: string }) => i.id)).toEqual([r.data.id])
    expect((await w.db().collection('audit').where({ target: `discipline:${r.data.id}` }).limit(10).get()).data.map((a) => a.action)).toEqual(['discipline.file'])
  })

  it('retried with the same request: one clue, one count, one message', async () => {
    const resident = fresh('resident')
    const event = clueEvent(o.pointA)
    const [a, b] = await Promise.all([w.resident(resident, event), w.resident(resident, event)])
    const c = await w.resident(resident, event)
    expect([a.data.id, b.data.id]).toEqual([c.data.id, c.data.id])
    expect((await cluesOf(resident)).length).toBe(1)
    expect((await ratesOf(resident))?.stamps).toHaveLength(1)
    expect((await outboxOf(o.committeeA)).filter((m) => m.event === `clue:${c.data.id}:filed`)).toHaveLength(1)
  })

  it('is rate-limited like submissions', async () => {
    const resident = fresh('resident')
    for (let i = 0; i < 3; i++) expect((await w.resident(resident, clueEvent(o.pointA))).ok).toBe(true)
    expect(await w.resident(resident, clueEvent(o.pointA))).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
    expect((await cluesOf(resident)).length).toBe(3)
  })

  it('bad input writes nothing: short content, another’s photo, an unknown point, a staff member not of the point', async () => {
    const resident = fresh('resident')
    const bad = [
      clueEvent(o.pointA, { content: '太短' }),
      clueEvent(o.pointA, { photos: ['cloud://local-shuoshi.bucket/uploads/someone-else/a.jpg'] }),
      clueEvent('nosuchpoint'),
      clueEvent(o.pointA, { about: { staff: o.leaderB } }),
      clueEvent(o.pointA, { about: { staff: 'nobody-at-all' } }),
      clueEvent(o.pointA, { about: '' }),
    ]
    for (const e of bad) expect((await w.resident(resident, e)).error?.code).toMatch(/INVALID_INPUT|NOT_FOUND/)
    expect(await cluesOf(resident)).toEqual([])
    expect(await ratesOf(resident)).toBeNull()
  })

  it('about a staff member holding the township: above it, to the county', async () => {
    const resident = fresh('resident')
    const r = await w.resident(resident, clueEvent(o.pointA, { about: { staff: o.leaderA } }))
    expect(r.data).toMatchObject({ receiver: '青溪县', about: '镇领导' })
    expect((await cluesOf(resident))[0]).toMatchObject({ node: o.county, about: { staff: o.leaderA, name: '镇领导' } })
  })

  it('the people a filer may pick: the point’s and its chain’s cadres and leaders, never the committee', async () => {
    const r = await w.resident(fresh('resident'), { action: 'discipline.people', pointCode: o.pointA })
    const ids = r.data.people.map((p: { openid: string }) => p.openid)
    expect(ids).toEqual(expect.arrayContaining([o.pointLeader, o.cadre, o.leaderA, o.countyLeader]))
    expect(ids).not.toContain(o.committeeA)
    expect(ids).not.toContain(o.leaderB)
  })
})

describe('discipline.file: no receiver', () => {
  it('a point with no committee above it anywhere: refused with a clear message, nothing written', async () => {
    const v = await w.addPoint({ orgPath: ['NOWHERE', 'NOWHERE-A', 'NOWHERE-A1'], org: 'NOWHERE-A1' } as object)
    const resident = fresh('resident')
    const r = await w.resident(resident, clueEvent(v.code))
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('上级党委联系人') } })
    expect(await cluesOf(resident)).toEqual([])
    expect(await ratesOf(resident)).toBeNull()
  })
})

describe('discipline.file by a cadre (staff function)', () => {
  it('a cadre or leader of the point files; the receivers see their name; nothing is written on any matter', async () => {
    const id = await w.submit({ pointCode: o.pointA })
    const before = await w.rawItem(id)
    const r = await w.staff(o.cadre, clueEvent(o.pointA))
    expect(r).toMatchObject({ ok: true, data: { state: 'filed', receiver: '青溪镇' } })
    expect((await cluesOf(o.cadre))[0]).toMatchObject({ filedAs: 'staff', filerName: '村干部钱' })
    expect(await w.rawItem(id)).toEqual(before)
  })

  it('refused before anything is read: the committee, admins, department staff, a cadre of another point', async () => {
    for (const who of [o.committeeA, o.townAdmin, o.deploymentAdmin, o.staffA]) {
      expect((await w.staff(who, clueEvent(o.pointA))).error?.code).toBe('FORBIDDEN')
      expect((await w.staff(who, { action: 'discipline.people', pointCode: o.pointA })).error?.code).toBe('FORBIDDEN')
    }
    expect((await w.staff(o.leaderB, clueEvent(o.pointA))).error?.code).toBe('FORBIDDEN')
    for (const who of [o.committeeA, o.townAdmin, o.deploymentAdmin, o.staffA, o.leaderB]) expect(await cluesOf(who)).toEqual([])
  })
})
