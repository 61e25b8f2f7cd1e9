import { describe, expect, it } from 'vitest'
import { fresh } from '../testing'
import { clueEvent, oversightWorld } from './testing-discipline'

const START = '2026-11-28T02:00:00Z'
const t = oversightWorld(START)

async function filed(resident = fresh('resident')) {
  const r = await t.w.resident(resident, clueEvent(t.o.pointA))
  if (!r.ok) throw new Error(JSON.stringify(r))
  return { id: r.data.id as string, resident }
}
const auditOf = async (id: string) => (await t.w.db().collection('audit').where({ target: `discipline:${id}` }).limit(100).get()).data.map((a) => [a.actor, a.action])

describe('the receivers: the committee at the node it went to', () => {
  it('list, read, acknowledge, answer and close; the filer is told neutrally and reads the reply; every read and step audited', async () => {
    const { id, resident } = await filed()
    const list = await t.w.staff(t.o.committeeA, { action: 'discipline.list' })
    expect(list.data.items.find((i: { id: string }) => i.id === id)).toMatchObject({ state: 'filed', pointName: expect.any(String), about: '村委会某干部' })
    const got = await t.w.staff(t.o.committeeA, { action: 'discipline.get', id })
    expect(got.data).toMatchObject({ filer: { kind: '居民', openid: resident }, content: expect.stringContaining('低保'), can: { 'discipline.ack': true, 'discipline.close': false } })
    expect(await t.w.staff(t.o.committeeA, { action: 'discipline.ack', id })).toMatchObject({ ok: true, data: { state: 'acknowledged' } })
    const reply = await t.w.staff(t.o.committeeA, { action: 'discipline.reply', id, reply: '已立案核查，结果将另行告知。' })
    expect(reply.data).toMatchObject({ state: 'replied', reply: '已立案核查，结果将另行告知。', can: { 'discipline.close': true } })
    expect(await t.w.staff(t.o.committeeA, { action: 'discipline.close', id })).toMatchObject({ ok: true, data: { state: 'closed', steps: [{ label: '报送' }, { label: '接收', by: '镇纪委李' }, { label: '答复反映人' }, { label: '办结' }] } })
    const mine = await t.w.resident(resident, { action: 'discipline.mine' })
    expect(mine.data.items[0]).toMatchObject({ id, state: 'closed', reply: '已立案核查，结果将另行告知。' })
    expect(JSON.stringify(mine.data)).not.toContain('镇纪委李')
    const box = (await t.w.db().collection('messages').where({ recipient: resident }).limit(10).get()).data
    expect(box.map((m) => [m.title, m.page])).toEqual(Array(3).fill(['您提交的材料有新进展', 'pages/mine/index']))
    expect(await auditOf(id)).toEqual(
      expect.arrayContaining([[resident, 'discipline.file'], [t.o.committeeA, 'discipline.get'], [t.o.committeeA, 'discipline.ack'], [t.o.committeeA, 'discipline.reply'], [t.o.committeeA, 'discipline.close']]),
    )
    const listed = (await t.w.db().collection('audit').where({ target: `discipline:nodes:${t.o.townA}` }).limit(10).get()).data
    expect(listed.length).toBeGreaterThan(0)
  })

  it('a step out of turn is refused and changes nothing', async () => {
    const { id } = await filed()
    expect(await t.w.staff(t.o.committeeA, { action: 'discipline.close', id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '请先答复反映人，再办结' } })
    expect((await t.w.db().collection('discipline').doc(id).get()).data).toMatchObject({ state: 'filed', steps: [{ step: 'file' }] })
  })

  it('a step retried changes nothing and tells nothing twice', async () => {
    const { id, resident } = await filed()
    const twice = async (e: object) => [await t.w.staff(t.o.committeeA, e), await t.w.staff(t.o.committeeA, e)]
    for (const r of await twice({ action: 'discipline.ack', id })) expect(r).toMatchObject({ ok: true, data: { state: 'acknowledged' } })
    for (const r of await twice({ action: 'discipline.reply', id, reply: '已核查，情况属实。' })) expect(r).toMatchObject({ ok: true, data: { state: 'replied' } })
    for (const r of await twice({ action: 'discipline.close', id })) expect(r).toMatchObject({ ok: true, data: { state: 'closed' } })
    expect((await t.w.db().collection('discipline').doc(id).get()).data?.steps.map((s: { step: string }) => s.step)).toEqual(['file', 'ack', 'reply', 'close'])
    expect((await t.w.db().collection('outbox').where({ recipient: resident }).limit(10).get()).data).toHaveLength(3)
    expect((await t.w.staff(t.o.committeeA, { action: 'discipline.reply', id, reply: '再答复一次' })).error).toMatchObject({ code: 'CONFLICT', message: '这条线索已经办结，不能再答复' })
  })

  it('bad input writes nothing', async () => {
    const { id } = await filed()
    for (const e of [{ action: 'discipline.reply', id, reply: '' }, { action: 'discipline.reply', id }, { action: 'discipline.get', id: '../x' }, { action: 'discipline.ack', id, extra: 1 }]) {
      expect((await t.w.staff(t.o.committeeA, e)).error?.code).toBe('INVALID_INPUT')
    }
    expect((await t.w.db().collection('discipline').doc(id).get()).data).toMatchObject({ state: 'filed', steps: [{ step: 'file' }] })
  })

  it('everyone else is refused before anything is read, alike for a clue that exists and one that does not', async () => {
    const { id } = await filed()
    const others = [t.o.pointLeader, t.o.cadre, t.o.leaderA, t.o.countyLeader, t.o.townAdmin, t.o.deploymentAdmin, t.o.staffA, t.o.committeeB, t.o.committeeCounty]
    for (const who of others) {
      for (const target of [id, 'no-such-clue']) {
        for (const e of [{ action: 'discipline.get', id: target }, { action: 'discipline.ack', id: target }, { action: 'discipline.reply', id: target, reply: '答复内容' }, { action: 'discipline.close', id: target }]) {
          const r = await t.w.staff(who, e)
          expect({ who, action: e.action, code: r.error?.code }).toEqual({ who, action: e.action, code: 'FORBIDDEN' })
        }
      }
    }
    for (const who of [t.o.pointLeader, t.o.cadre, t.o.leaderA, t.o.townAdmin, t.o.deploymentAdmin, t.o.staffA]) expect((await t.w.staff(who, { action: 'discipline.list' })).error?.code).toBe('FORBIDDEN')
    // the county's contacts hold another node: an empty list, never township A's clue
    expect((await t.w.staff(t.o.committeeCounty, { action: 'discipline.list' })).data.items.map((i: { id: string }) => i.id)).not.toContain(id)
    expect((await t.w.db().collection('discipline').doc(id).get()).data).toMatchObject({ state: 'filed' })
    expect((await auditOf(id)).filter(([actor]) => others.includes(actor))).toEqual([])
  })

  it('a committee contact who is no longer active reads nothing', async () => {
    const { id } = await filed()
    const gone = await t.w.addStaff({ name: '离任', roles: ['committee'], points: [], nodes: [t.o.townA], active: false } as object)
    expect((await t.w.staff(gone, { action: 'discipline.get', id })).error?.code).toBe('FORBIDDEN')
  })
})

describe('inviting a committee contact', () => {
  it('at a township or the county only, never at a village or a point', async () => {
    const invite = (node: string) => t.w.staff(t.o.deploymentAdmin, { action: 'invite.create', name: '纪委联系人', role: 'committee', node })
    expect((await invite(t.o.townA)).ok).toBe(true)
    expect((await invite(t.o.county)).ok).toBe(true)
    expect(await invite(`${t.o.townA}1`)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('乡镇') } })
    expect((await invite(t.o.pointA)).error?.code).toBe('INVALID_INPUT')
  })
})
