import { describe, expect, it } from 'vitest'
import { fresh } from '../testing'
import { clueEvent, oversightWorld } from './testing-discipline'

// 2026-11-28 10:00 China time
const START = '2026-11-28T02:00:00Z'
const t = oversightWorld(START)

const cluesOf = async (filer: string) => (await t.w.db().collection('discipline').where({ filer }).limit(100).get()).data
const outboxOf = async (recipient: string) => (await t.w.db().collection('outbox').where({ recipient }).limit(100).get()).data
const ratesOf = async (filer: string) => (await t.w.db().collection('ratelimits').doc(`discipline-${filer}`).get()).data

describe('discipline.file by a resident', () => {
  it('goes to the committee at the township above the point; they are told in neutral words; the filer sees it', async () => {
    const resident = fresh('resident')
    const r = await t.w.resident(resident, clueEvent(t.o.pointA))
    expect(r).toMatchObject({ ok: true, data: { state: 'filed', stateLabel: '已报送，待接收', receiver: '青溪镇', about: '村委会某干部', reply: null } })
    const [stored] = await cluesOf(resident)
    expect(stored).toMatchObject({ node: t.o.townA, pointCode: t.o.pointA, filedAs: 'resident', filerName: null })
    // this clue's messages only: other tests of the file file theirs in the same world
    const ofThis = (m: Record<string, unknown>) => String(m.event).includes(r.data.id)
    const told = (await outboxOf(t.o.committeeA)).filter(ofThis)
    expect(told.map((m) => m.page)).toEqual(['staff/pages/discipline/index'])
    expect(JSON.stringify(told)).not.toContain('低保')
    const box = (await t.w.db().collection('messages').where({ recipient: t.o.committeeA }).limit(100).get()).data.filter((m) => told.some((o) => o._id === m._id))
    expect(box.map((m) => [m.title, m.body])).toEqual([['您有一份新材料待查看', '请进入小程序查看。']])
    expect((await outboxOf(t.o.committeeCounty)).filter(ofThis).length).toBe(0)
    const mine = await t.w.resident(resident, { action: 'discipline.mine' })
    expect(mine.data.items.map((i: { id: string }) => i.id)).toEqual([r.data.id])
    expect((await t.w.db().collection('audit').where({ target: `discipline:${r.data.id}` }).limit(10).get()).data.map((a) => a.action)).toEqual(['discipline.file'])
  })

  it('retried with the same request: one clue, one count, one message', async () => {
    const resident = fresh('resident')
    const event = clueEvent(t.o.pointA)
    const [a, b] = await Promise.all([t.w.resident(resident, event), t.w.resident(resident, event)])
    const c = await t.w.resident(resident, event)
    expect([a.data.id, b.data.id]).toEqual([c.data.id, c.data.id])
    expect((await cluesOf(resident)).length).toBe(1)
    expect((await ratesOf(resident))?.stamps).toHaveLength(1)
    expect((await outboxOf(t.o.committeeA)).filter((m) => m.event === `clue:${c.data.id}:filed`)).toHaveLength(1)
  })

  it('is rate-limited like submissions', async () => {
    const resident = fresh('resident')
    for (let i = 0; i < 3; i++) expect((await t.w.resident(resident, clueEvent(t.o.pointA))).ok).toBe(true)
    expect(await t.w.resident(resident, clueEvent(t.o.pointA))).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
    expect((await cluesOf(resident)).length).toBe(3)
  })

  it('bad input writes nothing: short content, another’s photo, an unknown point, a staff member not of the point', async () => {
    const resident = fresh('resident')
    const bad = [
      clueEvent(t.o.pointA, { content: '太短' }),
      clueEvent(t.o.pointA, { photos: ['cloud://local-shuoshi.bucket/uploads/someone-else/a.jpg'] }),
      clueEvent('nosuchpoint'),
      clueEvent(t.o.pointA, { about: { staff: t.o.leaderB } }),
      clueEvent(t.o.pointA, { about: { staff: 'nobody-at-all' } }),
      clueEvent(t.o.pointA, { about: '' }),
    ]
    for (const e of bad) expect((await t.w.resident(resident, e)).error?.code).toMatch(/INVALID_INPUT|NOT_FOUND/)
    expect(await cluesOf(resident)).toEqual([])
    expect(await ratesOf(resident)).toBeNull()
  })

  it('about a staff member holding the township: above it, to the county', async () => {
    const resident = fresh('resident')
    const r = await t.w.resident(resident, clueEvent(t.o.pointA, { about: { staff: t.o.leaderA } }))
    expect(r.data).toMatchObject({ receiver: '青溪县', about: '镇领导' })
    expect((await cluesOf(resident))[0]).toMatchObject({ node: t.o.county, about: { staff: t.o.leaderA, name: '镇领导' } })
  })

  it('the people a filer may pick: the point’s and its chain’s cadres and leaders, never the committee', async () => {
    const r = await t.w.resident(fresh('resident'), { action: 'discipline.people', pointCode: t.o.pointA })
    const ids = r.data.people.map((p: { openid: string }) => p.openid)
    expect(ids).toEqual(expect.arrayContaining([t.o.pointLeader, t.o.cadre, t.o.leaderA, t.o.countyLeader]))
    expect(ids).not.toContain(t.o.committeeA)
    expect(ids).not.toContain(t.o.leaderB)
  })
})

describe('discipline.file: no receiver', () => {
  it('a point with no committee above it anywhere: refused with a clear message, nothing written', async () => {
    const v = await t.w.addPoint({ orgPath: ['NOWHERE', 'NOWHERE-A', 'NOWHERE-A1'], org: 'NOWHERE-A1' } as object)
    const resident = fresh('resident')
    const r = await t.w.resident(resident, clueEvent(v.code))
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('上级党委联系人') } })
    expect(await cluesOf(resident)).toEqual([])
    expect(await ratesOf(resident)).toBeNull()
  })
})

describe('discipline.file by a cadre (staff function)', () => {
  it('a cadre or leader of the point files; the receivers see their name; nothing is written on any matter', async () => {
    const id = await t.w.submit({ pointCode: t.o.pointA })
    const before = await t.w.rawItem(id)
    const r = await t.w.staff(t.o.cadre, clueEvent(t.o.pointA))
    expect(r).toMatchObject({ ok: true, data: { state: 'filed', receiver: '青溪镇' } })
    expect((await cluesOf(t.o.cadre))[0]).toMatchObject({ filedAs: 'staff', filerName: '村干部钱' })
    expect(await t.w.rawItem(id)).toEqual(before)
  })

  it('refused before anything is read: the committee, admins, department staff, a cadre of another point', async () => {
    for (const who of [t.o.committeeA, t.o.townAdmin, t.o.deploymentAdmin, t.o.staffA]) {
      expect((await t.w.staff(who, clueEvent(t.o.pointA))).error?.code).toBe('FORBIDDEN')
      expect((await t.w.staff(who, { action: 'discipline.people', pointCode: t.o.pointA })).error?.code).toBe('FORBIDDEN')
    }
    expect((await t.w.staff(t.o.leaderB, clueEvent(t.o.pointA))).error?.code).toBe('FORBIDDEN')
    for (const who of [t.o.committeeA, t.o.townAdmin, t.o.deploymentAdmin, t.o.staffA, t.o.leaderB]) expect(await cluesOf(who)).toEqual([])
  })
})
