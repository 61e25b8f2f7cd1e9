import { describe, expect, it } from 'vitest'
import { fresh } from '../testing'
import { countyWorld } from '../departments/testing-org'
import { entry, makeStudio, savePlan } from './testing-studio'

// Wednesday 2026-11-25 10:00 China time: December is next month, within the week before it
const START = '2026-11-25T02:00:00Z'
const world = countyWorld(START)

describe('studio.list', () => {
  it('the studios the caller works at: the liaison and deputies theirs, a leader above every one below, a talk point’s cadre none', async () => {
    const { w, c } = world
    const s = await makeStudio(w, c)
    const codes = async (who: string) => ((await w.staff(who, { action: 'studio.list' })).data.studios as { code: string }[]).map((x) => x.code)
    expect(await codes(s.liaison)).toEqual([s.code])
    expect(await codes(s.deputies[1])).toEqual([s.code])
    expect(await codes(c.leaderA)).toContain(s.code)
    expect(await codes(c.leaderB)).not.toContain(s.code)
    expect(await codes(c.cadreA)).toEqual([])
    expect((await w.staff(fresh('nobody'), { action: 'studio.list' })).error.code).toBe('FORBIDDEN')
  })
})

describe('studio.plan and studio.savePlan', () => {
  it('the liaison sees the rotation’s proposal and the warnings, saves a short plan (warned), then meets the minimum and publishes', async () => {
    const { w, c } = world
    const s = await makeStudio(w, c)
    const empty = await w.staff(s.liaison, { action: 'studio.plan', pointCode: s.code, month: '2026-12' })
    expect(empty).toMatchObject({ ok: true, data: { entries: [], published: false, can: { save: true } } })
    expect(empty.data.warnings).toHaveLength(2)
    expect(empty.data.proposal.map((e: { date: string; deputies: { name: string }[] }) => `${e.date} ${e.deputies.map((d) => d.name).join(',')}`)).toEqual([
      '2026-12-04 钱代表',
      '2026-12-11 孙代表',
      '2026-12-18 李代表',
      '2026-12-25 钱代表',
      '2026-12-25 钱代表,孙代表,李代表',
    ])
    const short = await w.staff(s.liaison, savePlan(s, '2026-12', [entry('2026-12-04', 'reception', [s.deputies[0]])]))
    expect(short.data.warnings).toEqual(['本月只安排接待或走访 1 次，每月应不少于 2 次', '本月没有安排集体活动，每月应至少 1 次'])
    const full = [entry('2026-12-04', 'reception', [s.deputies[0]]), entry('2026-12-11', 'visit', [s.deputies[1]]), entry('2026-12-25', 'meeting', s.deputies, 'pm')]
    const published = await w.staff(s.liaison, savePlan(s, '2026-12', full, { publish: true }))
    expect(published).toMatchObject({ ok: true, data: { warnings: [], published: true } })
    expect(published.data.entries[0]).toMatchObject({ date: '2026-12-04', half: 'am', kind: 'reception', deputies: [{ name: '钱代表' }] })
    // saved again without `publish`: stays published; a deputy reads it and may not change it
    expect((await w.staff(s.lead, savePlan(s, '2026-12', full))).data.published).toBe(true)
    expect((await w.staff(s.deputies[0], { action: 'studio.plan', pointCode: s.code, month: '2026-12' })).data).toMatchObject({ published: true, can: { save: false } })
    // January's rotation continues after December's last reception (孙代表)
    expect((await w.staff(s.liaison, { action: 'studio.plan', pointCode: s.code, month: '2027-01' })).data.proposal[0].deputies[0].name).toBe('李代表')
  })

  it('a resident reads only a published month, with the deputies’ names', async () => {
    const { w, c } = world
    const s = await makeStudio(w, c)
    const resident = fresh('resident')
    await w.staff(s.liaison, savePlan(s, '2026-12', [entry('2026-12-04', 'reception', [s.deputies[0]])]))
    expect((await w.resident(resident, { action: 'studio.plan', pointCode: s.code, month: '2026-12' })).data).toMatchObject({ entries: [], quarter: '2026-Q4', myRating: null })
    await w.staff(s.liaison, savePlan(s, '2026-12', [entry('2026-12-04', 'reception', [s.deputies[0]])], { publish: true }))
    const seen = await w.resident(resident, { action: 'studio.plan', pointCode: s.code, month: '2026-12' })
    expect(seen.data.entries).toEqual([{ date: '2026-12-04', half: 'am', kind: 'reception', deputies: [{ openid: s.deputies[0], name: '钱代表' }], note: '' }])
    expect((await w.resident(resident, { action: 'studio.plan', pointCode: c.pointA, month: '2026-12' })).error).toEqual({ code: 'INVALID_INPUT', message: '这里不是两代表工作室' })
  })

  it('rights first: deputies, cadres and other studios’ liaisons cannot save; nobody outside reads; bad plans write nothing', async () => {
    const { w, c } = world
    const s = await makeStudio(w, c)
    const other = await makeStudio(w, c)
    const plan = [entry('2026-12-04', 'reception', [s.deputies[0]])]
    for (const who of [s.deputies[0], c.cadreA, other.liaison, c.staffA]) {
      const r = await w.staff(who, savePlan(s, '2026-12', plan))
      expect({ who, r }).toMatchObject({ who, r: { ok: false, error: { code: 'FORBIDDEN' } } })
    }
    for (const who of [c.cadreA, other.liaison, c.staffA]) expect((await w.staff(who, { action: 'studio.plan', pointCode: s.code, month: '2026-12' })).error.code).toBe('FORBIDDEN')
    // refused before the point is read: an unknown studio answers the same
    expect((await w.staff(other.liaison, { action: 'studio.plan', pointCode: 'nowhere', month: '2026-12' })).error.code).toBe('FORBIDDEN')
    const bad = [
      savePlan(s, '2026-12', [entry('2027-01-01', 'reception', [s.deputies[0]])]),
      savePlan(s, '2026-12', [entry('2026-12-04', 'reception', [other.deputies[0]])]),
      savePlan(s, '2026-12', [entry('2026-12-04', 'reception', [])]),
      savePlan(s, '2026-12', [entry('2026-12-04', 'party', [s.deputies[0]])]),
      savePlan(s, '2027-03', plan),
      savePlan(s, '2026-10', plan),
    ]
    for (const event of bad) expect((await w.staff(s.liaison, event)).error.code).toBe('INVALID_INPUT')
    expect(await w.db().collection('studioPlans').doc(`${s.code}-2026-12`).get().then((r) => r.data)).toBeFalsy()
  })

  it('the timer warns the liaison and leaders of a studio whose next month is short, once', async () => {
    const { w, c } = world
    const s = await makeStudio(w, c)
    const ready = await makeStudio(w, c)
    await w.staff(ready.liaison, savePlan(ready, '2026-12', [entry('2026-12-04', 'reception', [ready.deputies[0]]), entry('2026-12-11', 'visit', [ready.deputies[1]]), entry('2026-12-25', 'meeting', ready.deputies, 'pm')], { publish: true }))
    const told = async (who: string) => (await w.db().collection('outbox').where({ recipient: who }).limit(100).get()).data.filter((m) => String(m.event).startsWith(`studio-plan:${s.code}`) || String(m.event).startsWith(`studio-plan:${ready.code}`))
    w.clock.set('2026-11-20T02:00:00Z') // eleven days before: too early
    await w.sys.call('scheduler', null, { action: 'tick' })
    expect(await told(s.liaison)).toHaveLength(0)
    w.clock.set(START)
    await w.sys.call('scheduler', null, { action: 'tick' })
    await w.sys.call('scheduler', null, { action: 'tick' })
    expect((await told(s.liaison)).map((m) => m.event)).toEqual([`studio-plan:${s.code}:2026-12:short`])
    expect(await told(s.lead)).toHaveLength(1)
    expect(await told(s.deputies[0])).toHaveLength(0)
    expect(await told(ready.liaison)).toHaveLength(0)
  })
})
