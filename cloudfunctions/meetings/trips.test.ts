import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { acceptEvent, DEMO, fresh, startWorld, type World } from '../testing'

// Monday 2026-03-02, 10:00 China time
const START = '2026-03-02T02:00:00Z'
let w: World
let crashAfter: ((key: string) => void) | null = null

beforeAll(async () => {
  w = await startWorld(START, (clock) => ({
    resident: { now: clock.now, submitLimitPerHour: 1000 },
    staff: { now: clock.now, afterRecordStep: (key) => crashAfter?.(key) },
    scheduler: { now: clock.now },
  }))
})
afterAll(async () => {
  await w.stop()
})
beforeEach(() => {
  w.clock.set(START)
  crashAfter = null
})

async function point() {
  const p = await w.addPoint()
  const cadre = await w.addStaff({ name: '李秀英', roles: ['cadre'], points: [p.code] })
  return { ...p, cadre }
}

/** A matter accepted as 上报上级 by the point's lead cadre; taken to `department` on `takenAt` when given. */
async function escalated(p: { code: string; lead: string }, department?: string, takenAt?: string) {
  const owner = fresh('resident')
  const id = await w.submit({ pointCode: p.code, owner })
  await w.staff(p.lead, acceptEvent(id, { track: 'escalate' }))
  if (department) {
    const r = await w.staff(p.lead, { action: 'item.escalate', id, department, takenAt })
    if (!r.ok) throw new Error(JSON.stringify(r))
  }
  return { id, owner }
}

const pending = async (who: string, code: string) => (await w.staff(who, { action: 'trips.pending', pointCode: code })).data
const plan = (who: string, code: string, itemIds: string[], date = '2026-03-10') => w.staff(who, { action: 'trips.plan', pointCode: code, date, itemIds })
const entries = async (id: string) => ((await w.rawItem(id))?.timeline as { type: string; text: string }[]).filter((e) => e.type === 'escalate' || e.type === 'escalation_answer')
const tripsAt = async (code: string) => (await w.db().collection('trips').where({ pointCode: code }).get()).data

describe('who may plan and record trips', () => {
  it('a resident, a cadre of another point, and a cadre for a matter not theirs are refused; nothing is written', async () => {
    const p = await point()
    const other = await point()
    const m = await escalated(p, '区交通局', '2026-03-02')
    expect((await w.staff(m.owner, { action: 'trips.pending' })).error.code).toBe('FORBIDDEN')
    for (const who of [m.owner, other.lead, other.cadre]) expect((await plan(who, p.code, [m.id])).error.code).toBe('FORBIDDEN')
    // the point's cadre, but the matter is the lead cadre's
    expect((await plan(p.cadre, p.code, [m.id])).error.code).toBe('FORBIDDEN')
    expect((await pending(p.cadre, p.code)).groups).toEqual([])
    expect(await tripsAt(p.code)).toHaveLength(0)

    const trip = await plan(p.lead, p.code, [m.id])
    const record = { action: 'trips.record', id: trip.data.id, results: [{ itemId: m.id, takenAt: '2026-03-02' }] }
    for (const who of [m.owner, other.lead, p.cadre]) expect((await w.staff(who, record)).error.code).toBe('FORBIDDEN')
    expect(await entries(m.id)).toHaveLength(1)
    // an outsider reads nothing of it; the point's cadre may
    for (const who of [m.owner, other.lead]) {
      expect((await w.staff(who, { action: 'trips.get', id: trip.data.id })).error.code).toBe('FORBIDDEN')
      expect((await w.staff(who, { action: 'trips.list', pointCode: p.code })).error.code).toBe('FORBIDDEN')
    }
    expect((await w.staff(p.cadre, { action: 'trips.get', id: trip.data.id })).data).toMatchObject({ canRecord: false })
    expect((await w.staff(p.cadre, { action: 'trips.list', pointCode: p.code })).data.trips).toHaveLength(1)
  })

  it('rights first: whoever holds no right to trips is refused alike for a trip that exists and one that does not', async () => {
    const p = await point()
    const m = await escalated(p, '区交通局', '2026-03-02')
    const trip = await plan(p.lead, p.code, [m.id])
    const deputy = await w.addStaff({ name: '代理人', roles: ['deputy'], points: [p.code] })
    for (const id of [trip.data.id, 'no-such-trip']) {
      for (const who of [deputy, DEMO.admin]) {
        expect((await w.staff(who, { action: 'trips.get', id })).error.code).toBe('FORBIDDEN')
        expect((await w.staff(who, { action: 'trips.record', id, results: [{ itemId: m.id, takenAt: '2026-03-02' }] })).error.code).toBe('FORBIDDEN')
      }
    }
    expect((await w.staff(p.cadre, { action: 'trips.get', id: 'no-such-trip' })).error.code).toBe('NOT_FOUND')
  })
})

describe('matters waiting for a trip', () => {
  it('are grouped by department and flagged after 7 days without a trip, on China’s calendar', async () => {
    const p = await point()
    const notTaken = await escalated(p)
    const transport = await escalated(p, '区交通局', '2026-03-02')
    w.clock.set('2026-03-09T02:00:00Z')
    const housing = await escalated(p, '区住建局', '2026-03-09')
    const answered = await escalated(p, '区水利局', '2026-03-09')
    await w.staff(p.lead, { action: 'item.escalationAnswer', id: answered.id, answer: '已安排清淤' })

    w.clock.set('2026-03-09T15:59:59Z') // Monday the 9th, 23:59:59 in China: 7 days, still in time
    const inTime = await pending(p.lead, p.code)
    expect(inTime.overdue).toBe(0)
    expect(inTime.groups.flatMap((g: { items: { id: string }[] }) => g.items.map((i) => i.id)).sort()).toEqual([notTaken.id, transport.id, housing.id].sort())

    w.clock.set('2026-03-09T16:00:00Z') // Tuesday the 10th in China
    const late = await pending(p.lead, p.code)
    expect(late.overdue).toBe(2)
    const summary = late.groups.map((g: { department: string | null; overdueTrip: boolean; items: { id: string; daysWaiting: number; overdueTrip: boolean }[] }) => [
      g.department,
      g.overdueTrip,
      g.items.map((i) => [i.id, i.daysWaiting, i.overdueTrip]),
    ])
    expect(summary).toEqual([
      ['区交通局', true, [[transport.id, 8, true]]],
      [null, true, [[notTaken.id, 8, true]]],
      ['区住建局', false, [[housing.id, 1, false]]],
    ])
  })
})

describe('recording a trip', () => {
  it('escalates, follows up and records answers through the matters’ own changes, and tells the residents', async () => {
    const p = await point()
    const first = await escalated(p)
    const again = await escalated(p, '区交通局', '2026-03-02')
    const answer = await escalated(p, '区住建局', '2026-03-02')
    w.clock.set('2026-03-10T02:00:00Z')
    const trip = await plan(p.lead, p.code, [first.id, again.id, answer.id])
    expect(trip.data).toMatchObject({ status: 'planned', items: [{ department: null }, { department: '区交通局' }, { department: '区住建局' }] })
    expect((await pending(p.lead, p.code)).groups[0].items[0].plannedTrip).toEqual({ id: trip.data.id, date: '2026-03-10' })

    const r = await w.staff(p.lead, {
      action: 'trips.record',
      id: trip.data.id,
      results: [
        { itemId: first.id, takenAt: '2026-03-10', department: '区水利局', answer: '已列入今年清淤计划' },
        { itemId: again.id, takenAt: '2026-03-10' },
        { itemId: answer.id, takenAt: '2026-03-10', answer: '同意加装电梯补助' },
      ],
    })
    expect(r.data).toMatchObject({ status: 'recorded', results: [{ written: true }, { written: true, department: '区交通局' }, { written: true }] })
    expect((await entries(first.id)).map((e) => e.text)).toEqual([
      '2026-03-10 由点负责人代为上报区水利局，将跟进答复',
      '区水利局答复：已列入今年清淤计划',
    ])
    expect((await entries(again.id)).at(-1)?.text).toBe('2026-03-10 由点负责人到区交通局跟进，尚待答复')
    const mine = (await w.resident(again.owner, { action: 'item.get', id: again.id })).data
    expect(mine.timeline.at(-1).text).toContain('到区交通局跟进')
    const messages = (await w.db().collection('messages').where({ recipient: answer.owner }).get()).data
    expect(messages.filter((m) => (m.body as string).includes('同意加装电梯补助'))).toHaveLength(1)

    // the week starts again for the matter followed up; the answered ones wait no more
    const left = await pending(p.lead, p.code)
    expect(left.groups.map((g: { department: string; items: { id: string; lastTakenAt: string }[] }) => [g.department, g.items.map((i) => [i.id, i.lastTakenAt])])).toEqual([
      ['区交通局', [[again.id, '2026-03-10']]],
    ])
    expect((await w.staff(p.lead, { action: 'trips.record', id: trip.data.id, results: [{ itemId: again.id, takenAt: '2026-03-10' }] })).error.code).toBe(
      'CONFLICT',
    )
  })

  it('refuses what cannot be true, and writes nothing', async () => {
    const p = await point()
    const notTaken = await escalated(p)
    const taken = await escalated(p, '区交通局', '2026-03-02')
    const stray = await escalated(p, '区交通局', '2026-03-02')
    const trip = await plan(p.lead, p.code, [notTaken.id, taken.id])
    const record = (results: object[]) => w.staff(p.lead, { action: 'trips.record', id: trip.data.id, results })
    const refusals = [
      await record([{ itemId: notTaken.id, takenAt: '2026-03-02' }]), // where to?
      await record([{ itemId: taken.id, takenAt: '2026-03-03' }]), // not yet
      await record([{ itemId: taken.id, takenAt: '2026-03-02', department: '区民政局' }]), // waits for another
      await record([{ itemId: stray.id, takenAt: '2026-03-02' }]), // not on this trip
      await record([{ itemId: notTaken.id, takenAt: '2026-03-02', department: '区民政局' }, { itemId: taken.id, takenAt: '2026-03-01' }]),
    ]
    for (const r of refusals) expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await entries(notTaken.id)).toHaveLength(0)
    expect(await entries(taken.id)).toHaveLength(1)
    expect((await w.staff(p.lead, { action: 'trips.get', id: trip.data.id })).data.status).toBe('planned')
  })

  it('after a crash between a matter’s two steps, a retry finishes and writes nothing twice', async () => {
    const p = await point()
    const m = await escalated(p)
    const trip = await plan(p.lead, p.code, [m.id])
    const record = { action: 'trips.record', id: trip.data.id, results: [{ itemId: m.id, takenAt: '2026-03-02', department: '区水利局', answer: '已派人勘察' }] }
    crashAfter = (key) => {
      if (key.endsWith(':escalate')) throw new Error('killed between the steps')
    }
    expect((await w.staff(p.lead, record)).error.code).toBe('INTERNAL')
    crashAfter = null
    expect((await entries(m.id)).map((e) => e.type)).toEqual(['escalate'])
    const retry = await w.staff(p.lead, record)
    expect(retry.data.status).toBe('recorded')
    expect((await entries(m.id)).map((e) => e.type)).toEqual(['escalate', 'escalation_answer'])
  })
})
