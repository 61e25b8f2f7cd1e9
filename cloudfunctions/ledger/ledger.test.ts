import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chinaInstant } from '../../domain/kernel/time'
import { contact, diaryEvent, fresh, startWorld, type World } from '../testing'
import { householdAddress, makeArea, pointPeople } from './testing-areas'

// Friday 20 March 2026, 10:00 China time
const START = '2026-03-20T02:00:00Z'
let w: World
beforeAll(async () => {
  w = await startWorld(START)
})
afterAll(() => w.stop())

const month = (area: string, m = '2026-03') => ({ action: 'ledger.month', area, month: m })
const audits = async (actor: string) => (await w.db().collection('audit').where({ target: { $exists: true } }).limit(1000).get()).data.filter((a) => a.actor === actor)
const visitTo = (code: string, street: string, n: number, visitedAt: string, extra = {}) =>
  diaryEvent(code, visitedAt, { household: { address: householdAddress(street, n), met: '户主' }, ...extra })

describe('ledger.month: the area’s month made from the records', () => {
  it('the area’s cadre and the point’s leader read it (the leader audited); everyone else is refused before anything is read', async () => {
    const p = await pointPeople(w)
    const a = await makeArea(w, p.code, p.cadre, 10)
    expect(await w.staff(p.cadre, month(a.area))).toMatchObject({ ok: true, data: { area: { name: a.street + '片', mine: true }, can: { remark: true, confirm: false } } })
    expect(await audits(p.cadre)).toEqual([])
    expect(await w.staff(p.leader, month(a.area))).toMatchObject({ ok: true, data: { can: { remark: false, confirm: true } } })
    expect((await audits(p.leader)).map((x) => [x.action, x.target])).toEqual([['ledger.read', `${a.area}-2026-03`]])
    for (const who of [p.otherCadre, p.leaderThere, p.admin, p.resident]) {
      expect(await w.staff(who, month(a.area))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      expect(await w.staff(who, month('no-such-area'))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(await w.staff(p.cadre, month(a.area, '2026-04'))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '这个月还没到' } })
  })

  it('counts households known and visited (month and year), flags, and the matters raised from the area; nothing below 10 households', async () => {
    const p = await pointPeople(w)
    const a = await makeArea(w, p.code, p.cadre, 10, 2)
    const small = await makeArea(w, p.code, p.cadre, 9)
    w.clock.set('2026-02-10T02:00:00Z')
    expect((await w.staff(p.cadre, visitTo(p.code, a.street, 5, '2026-02-10'))).ok).toBe(true)
    w.clock.set(START)
    for (const n of [1, 2, 2]) expect((await w.staff(p.cadre, visitTo(p.code, a.street, n, '2026-03-12'))).ok).toBe(true)
    expect((await w.staff(p.cadre, visitTo(p.code, a.street, 3, '2026-03-12', { form: 'walkIn' }))).ok).toBe(true)
    const v = await w.staff(p.cadre, visitTo(p.code, a.street, 4, '2026-03-13'))
    const fromVisit = await w.staff(p.cadre, { action: 'visits.toItem', id: v.data.id, requestId: fresh('req'), category: '政策咨询', content: '想问问低保怎么申请，家里收入少', contact })
    expect(fromVisit.ok).toBe(true)
    const byAddress = await w.submit({ pointCode: p.code })
    await w.db().collection('items').doc(byAddress).update({ data: { contact: { ...contact, address: `新东社区${householdAddress(a.street, 7)}` } } })
    const elsewhere = await w.submit({ pointCode: p.code })

    const r = await w.staff(p.cadre, month(a.area))
    expect(r.data.figures).toMatchObject({ known: 10, visitedMonth: 3, visitedYear: 4, rateMonth: 30, rateYear: 40, goal: 100 })
    expect(r.data.figures.flags.find((f: { flag: string }) => f.flag === 'hardship')).toMatchObject({ label: '困难群众', count: 2 })
    expect(r.data.matters.map((m: { id: string }) => m.id).sort()).toEqual([fromVisit.data.id, byAddress].sort())
    expect(r.data.matters.map((m: { id: string }) => m.id)).not.toContain(elsewhere)
    expect((await w.staff(p.cadre, month(small.area))).data.figures).toBeNull()
  })
})

describe('ledger.remark and ledger.confirm', () => {
  it('remarks: the area’s cadre only, never a phone number; bad input writes nothing', async () => {
    const p = await pointPeople(w)
    const a = await makeArea(w, p.code, p.cadre, 10)
    const remark = (remarks: string) => ({ action: 'ledger.remark', area: a.area, month: '2026-03', remarks })
    expect(await w.staff(p.cadre, remark('电话 13812345678'))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect((await w.db().collection('ledgers').doc(`${a.area}-2026-03`).get()).data).toBeNull()
    for (const who of [p.leader, p.otherCadre, p.leaderThere, p.admin, p.resident]) expect((await w.staff(who, remark('本月走访了三户'))).error?.code).toBe('FORBIDDEN')
    expect((await w.db().collection('ledgers').doc(`${a.area}-2026-03`).get()).data).toBeNull()
    expect(await w.staff(p.cadre, remark('本月重点走访了困难户，楼道照明已报修'))).toMatchObject({ ok: true, data: { remarks: '本月重点走访了困难户，楼道照明已报修' } })
    expect((await w.staff(p.leader, month(a.area))).data.remarks).toBe('本月重点走访了困难户，楼道照明已报修')
  })

  it('a leader of the point confirms; the month is frozen: a later household edit changes it no more, and no remark or second confirmation is taken', async () => {
    const p = await pointPeople(w)
    const a = await makeArea(w, p.code, p.cadre, 10)
    const confirm = { action: 'ledger.confirm', area: a.area, month: '2026-03' }
    for (const who of [p.cadre, p.otherCadre, p.leaderThere, p.admin, p.resident]) expect((await w.staff(who, confirm)).error?.code).toBe('FORBIDDEN')
    expect((await w.db().collection('ledgers').doc(`${a.area}-2026-03`).get()).data).toBeNull()
    const done = await w.staff(p.leader, confirm)
    expect(done).toMatchObject({ ok: true, data: { confirmed: { byName: '点负责人' }, figures: { known: 10 }, can: { remark: false, confirm: false } } })
    expect((await audits(p.leader)).map((x) => x.action)).toContain('ledger.confirm')

    // later: a household is flagged 困难 and another moves out, both in March
    const at = chinaInstant('2026-03-20', '11:00')
    await w.db().collection('households').doc(a.households[0]).update({ data: { flags: ['hardship'], changes: [{ kind: 'flagOn', flag: 'hardship', at }] } })
    await w.db().collection('households').doc(a.households[1]).update({ data: { status: 'movedOut', changes: [{ kind: 'movedOut', at }] } })
    const after = await w.staff(p.cadre, month(a.area))
    expect(after.data.figures).toEqual(done.data.figures)
    expect(after.data.madeAt).toBe(done.data.madeAt)
    expect(await w.staff(p.cadre, { action: 'ledger.remark', area: a.area, month: '2026-03', remarks: '补一句' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await w.staff(p.leader, confirm)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    // an unconfirmed area sees the edit at once: below 10 known, no figures
    const b = await makeArea(w, p.code, p.cadre, 10)
    await w.db().collection('households').doc(b.households[0]).update({ data: { status: 'movedOut', changes: [{ kind: 'movedOut', at }] } })
    expect((await w.staff(p.cadre, month(b.area))).data.figures).toBeNull()
  })
})

describe('ledger.areas: the picker', () => {
  it('a cadre sees their own areas, a leader every area of the point, others none of them', async () => {
    const p = await pointPeople(w)
    const mine = await makeArea(w, p.code, p.cadre, 1)
    const theirs = await makeArea(w, p.code, p.otherCadre, 1)
    const ids = async (who: string) => ((await w.staff(who, { action: 'ledger.areas' })).data?.areas ?? []).map((x: { id: string }) => x.id)
    expect(await ids(p.cadre)).toEqual([mine.area])
    expect((await ids(p.leader)).sort()).toEqual([mine.area, theirs.area].sort())
    expect(await ids(p.leaderThere)).toEqual([])
    for (const who of [p.admin, p.resident]) expect((await w.staff(who, { action: 'ledger.areas' })).error?.code).toBe('FORBIDDEN')
  })
})
