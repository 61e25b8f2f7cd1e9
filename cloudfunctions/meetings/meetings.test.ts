import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { acceptEvent, DEMO, fresh, startWorld, type World } from '../testing'

// Wednesday 2026-03-04, 10:00 China time
const START = '2026-03-04T02:00:00Z'
const TODAY = '2026-03-04'
let w: World
/** set by a test to stand a crash after a step of a record */
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

/** A point of its own with its leader (who also answers its matters) and a plain cadre. */
async function point() {
  const p = await w.addPoint()
  const cadre = await w.addStaff({ name: '李秀英', roles: ['cadre'], points: [p.code] })
  return { ...p, cadre }
}

/** 主持人 the leader, 记录人 the cadre, chosen from the point's staff. */
const att = (p: { lead: string; cadre: string }, extra: object = {}) => ({ chair: p.lead, recorder: p.cadre, cadres: [], ...extra })

/** A matter at `code` raised by a resident of its own, accepted with `tier`. */
async function matter(p: { code: string; lead: string }, tier: string) {
  const owner = fresh('resident')
  const id = await w.submit({ pointCode: p.code, owner })
  const r = await w.staff(p.lead, acceptEvent(id, { tier }))
  if (!r.ok) throw new Error(JSON.stringify(r))
  return { id, owner }
}

const create = (who: string, p: { code: string }, body: string, itemIds: string[], date = TODAY) =>
  w.staff(who, { action: 'meetings.create', pointCode: p.code, body, date, itemIds })

const meetingsAt = async (code: string) => (await w.db().collection('meetings').where({ pointCode: code }).get()).data
const decideEntries = async (id: string) => ((await w.rawItem(id))?.timeline as { type: string; text: string }[]).filter((e) => e.type === 'decide')
const messagesTo = async (openid: string) => (await w.db().collection('messages').where({ recipient: openid }).get()).data as { body: string }[]

describe('who may convene and record a meeting', () => {
  it('a resident, a cadre who is not a leader, and a leader of another point are refused, and nothing is written', async () => {
    const p = await point()
    const other = await point()
    const m = await matter(p, 'committee')
    for (const who of [m.owner, p.cadre, other.lead]) {
      const r = await create(who, p, '两委会', [m.id])
      expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(await meetingsAt(p.code)).toHaveLength(0)

    const made = await create(p.lead, p, '两委会', [m.id])
    expect(made.ok).toBe(true)
    const record = { action: 'meetings.record', id: made.data.id, attendance: att(p), decisions: [{ itemId: m.id, decision: '同意维修' }] }
    for (const who of [m.owner, p.cadre, other.lead]) {
      expect((await w.staff(who, record)).error.code).toBe('FORBIDDEN')
    }
    // a resident and an outsider see nothing of it; the point's cadre may read it
    expect((await w.staff(m.owner, { action: 'meetings.get', id: made.data.id })).error.code).toBe('FORBIDDEN')
    expect((await w.staff(other.lead, { action: 'meetings.get', id: made.data.id })).error.code).toBe('FORBIDDEN')
    expect((await w.staff(p.cadre, { action: 'meetings.get', id: made.data.id })).data.canRecord).toBe(false)
    expect((await w.staff(p.cadre, { action: 'meetings.waiting' })).error.code).toBe('FORBIDDEN')
    expect(await decideEntries(m.id)).toHaveLength(0)
  })

  it('rights first: whoever holds no right to meetings is refused alike for a meeting that exists and one that does not', async () => {
    const p = await point()
    const m = await matter(p, 'committee')
    const made = await create(p.lead, p, '两委会', [m.id])
    const deputy = await w.addStaff({ name: '代理人', roles: ['deputy'], points: [p.code] })
    for (const id of [made.data.id, 'no-such-meeting']) {
      expect((await w.staff(deputy, { action: 'meetings.get', id })).error.code).toBe('FORBIDDEN')
      expect((await w.staff(DEMO.admin, { action: 'meetings.get', id })).error.code).toBe('FORBIDDEN')
    }
    // one who may read meetings is told when there is none
    expect((await w.staff(p.cadre, { action: 'meetings.get', id: 'no-such-meeting' })).error.code).toBe('NOT_FOUND')
  })
})

describe('convening', () => {
  it('takes only open matters of the point whose tier needs that body', async () => {
    const p = await point()
    const committee = await matter(p, 'committee')
    const council = await matter(p, 'council')
    const elsewhere = await matter(await point(), 'committee')
    const wrongBody = await create(p.lead, p, '议事会', [committee.id])
    expect(wrongBody).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(wrongBody.error.message).toContain('不由议事会决定')
    expect((await create(p.lead, p, '两委会', [committee.id, elsewhere.id])).error.code).toBe('INVALID_INPUT')
    expect((await create(p.lead, p, '两委会', [committee.id, committee.id])).error.code).toBe('INVALID_INPUT')
    expect((await create(p.lead, p, '两委会', [committee.id], '2027-03-05')).error.code).toBe('INVALID_INPUT')
    expect(await meetingsAt(p.code)).toHaveLength(0)

    // what waits, by body, and which meeting it is on once convened
    const before = (await w.staff(p.lead, { action: 'meetings.waiting', pointCode: p.code })).data
    expect(before.groups.map((g: { body: string; items: unknown[] }) => [g.body, g.items.length])).toEqual([
      ['两委会', 1],
      ['议事会', 1],
      ['村民会议', 0],
    ])
    const made = await create(p.lead, p, '议事会', [council.id], '2026-03-11')
    expect(made.data).toMatchObject({ body: '议事会', date: '2026-03-11', status: 'planned', canRecord: false, agenda: [{ itemId: council.id }] })
    const after = (await w.staff(p.lead, { action: 'meetings.waiting', pointCode: p.code })).data
    expect(after.groups[1].items[0].plannedMeeting).toEqual({ id: made.data.id, date: '2026-03-11' })
  })

  it('a resent request convenes one meeting', async () => {
    const p = await point()
    const m = await matter(p, 'committee')
    const event = { action: 'meetings.create', requestId: fresh('req'), pointCode: p.code, body: '两委会', date: TODAY, itemIds: [m.id] }
    const [a, b] = await Promise.all([w.staff(p.lead, event), w.staff(p.lead, event)])
    expect(a.data.id).toBe(b.data.id)
    expect(await meetingsAt(p.code)).toHaveLength(1)
  })
})

describe('recording', () => {
  it('writes each decision on its matter’s timeline, tells each resident, and cannot be recorded twice', async () => {
    const p = await point()
    const a = await matter(p, 'committee')
    const b = await matter(p, 'committee')
    const made = await create(p.lead, p, '两委会', [a.id, b.id])
    const record = {
      action: 'meetings.record',
      id: made.data.id,
      attendance: att(p, { others: ['党员代表周国平'], absent: ['王志强'] }),
      decisions: [
        { itemId: a.id, decision: '同意由村集体出资维修路灯' },
        { itemId: b.id, decision: '先请供电所勘察，下次再议' },
      ],
    }
    const r = await w.staff(p.lead, record)
    expect(r.data).toMatchObject({ status: 'recorded', decidedCount: 2, decisions: [{ written: true }, { written: true }] })

    const mine = (await w.resident(a.owner, { action: 'item.get', id: a.id })).data
    expect(mine.timeline.at(-1)).toMatchObject({ type: 'decide', text: '两委会于 2026-03-04 研究决定：同意由村集体出资维修路灯' })
    expect((await messagesTo(a.owner)).filter((m) => m.body.includes('同意由村集体出资维修路灯'))).toHaveLength(1)
    expect((await messagesTo(b.owner)).filter((m) => m.body.includes('先请供电所勘察'))).toHaveLength(1)
    expect((await w.staff(p.lead, { action: 'item.get', id: b.id })).data.decision).toMatchObject({ meetingDate: TODAY })

    const again = await w.staff(p.lead, { ...record, decisions: [{ itemId: a.id, decision: '改为下月维修' }] })
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(await decideEntries(a.id)).toHaveLength(1)
    const waiting = (await w.staff(p.lead, { action: 'meetings.waiting', pointCode: p.code })).data
    expect(waiting.groups[0].items).toEqual([])
  })

  it('takes 主持人, 记录人 and 到会干部 from the point’s staff and keeps them by name; an old record with names alone still reads', async () => {
    const p = await point()
    const m = await matter(p, 'committee')
    const made = await create(p.lead, p, '两委会', [m.id])
    const third = await w.addStaff({ name: '王志强', roles: ['cadre', 'deputy'], points: [p.code] })
    const elsewhere = (await point()).cadre
    const rep = await w.addStaff({ name: '孙代表', roles: ['representative'], points: [p.code] })
    const record = (attendance: object) => ({ action: 'meetings.record', id: made.data.id, attendance, decisions: [{ itemId: m.id, decision: '同意维修' }] })
    // a name typed where a choice is asked, someone of another point, a representative, nobody chosen, a cadre twice
    for (const [attendance, words] of [
      [{ chair: '陈书记 张建国', recorder: p.cadre, cadres: [] }, '请选择主持人'],
      [att(p, { cadres: [elsewhere] }), '到会干部不是本说事点在岗的干部'],
      [att(p, { recorder: rep }), '记录人不是本说事点在岗的干部'],
      [{ recorder: p.cadre, cadres: [] }, '请选择主持人'],
      [att(p, { cadres: [third, third] }), '同一位干部选了两次'],
      [att(p, { others: ['李秀英'] }), '“李秀英”选了两次'],
    ] as const) {
      const r = await w.staff(p.lead, record(attendance))
      expect(r.error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining(words) })
    }
    expect(await decideEntries(m.id)).toHaveLength(0)
    const r = await w.staff(p.lead, record(att(p, { cadres: [third], others: ['党员代表周国平'] })))
    expect(r.data.attendance).toEqual({
      names: ['点负责人', '李秀英', '王志强', '党员代表周国平'],
      chair: { openid: p.lead, name: '点负责人' },
      recorder: { openid: p.cadre, name: '李秀英' },
      cadres: [{ openid: third, name: '王志强' }],
      others: ['党员代表周国平'],
    })
    // a meeting recorded before the choices: its names still read
    const old = await create(p.lead, p, '两委会', [(await matter(p, 'committee')).id])
    await w.db().collection('meetings').doc(old.data.id).update({ data: { status: 'recorded', attendance: { names: ['陈书记', '张建国'], absent: ['王志强'] } } })
    const read = await w.staff(p.lead, { action: 'meetings.get', id: old.data.id })
    expect(read.data.attendance).toEqual({ names: ['陈书记', '张建国'], absent: ['王志强'] })
  })

  it('a 村民会议 needs the head count and the votes; they are on the timeline with the outcome', async () => {
    const p = await point()
    const m = await matter(p, 'assembly')
    const made = await create(p.lead, p, '村民会议', [m.id])
    const event = (attendance: object, votes?: object) => ({
      action: 'meetings.record',
      id: made.data.id,
      attendance,
      decisions: [{ itemId: m.id, decision: '同意每户筹资 200 元修路', ...(votes ? { votes } : {}) }],
    })
    const noVotes = await w.staff(p.lead, event(att(p, { count: 120 })))
    expect(noVotes.error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('票数') })
    const tooMany = await w.staff(p.lead, event(att(p, { count: 100 }), { for: 80, against: 20, abstain: 10 }))
    expect(tooMany.error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('多于到会的 100 人') })
    const negative = await w.staff(p.lead, event(att(p, { count: 120 }), { for: -1, against: 20, abstain: 10 }))
    expect(negative.error.code).toBe('INVALID_INPUT')
    const noCount = await w.staff(p.lead, event(att(p), { for: 80, against: 20, abstain: 10 }))
    expect(noCount.error.code).toBe('INVALID_INPUT')
    expect(await decideEntries(m.id)).toHaveLength(0)
    expect((await w.staff(p.lead, { action: 'meetings.get', id: made.data.id })).data.status).toBe('planned')

    const ok = await w.staff(p.lead, event(att(p, { count: 120, eligible: 200 }), { for: 80, against: 20, abstain: 10 }))
    expect(ok.data.decisions[0]).toMatchObject({ votes: { for: 80, against: 20, abstain: 10 }, passed: true })
    expect((await decideEntries(m.id))[0].text).toBe(
      '村民会议于 2026-03-04 表决（到会 120 人，赞成 80 票、反对 20 票、弃权 10 票，通过）：同意每户筹资 200 元修路',
    )
  })

  it('refuses votes outside a 村民会议, a matter not on the agenda, and a meeting not yet held; nothing is written', async () => {
    const p = await point()
    const m = await matter(p, 'committee')
    const stray = await matter(p, 'committee')
    const made = await create(p.lead, p, '两委会', [m.id])
    const base = { action: 'meetings.record', id: made.data.id, attendance: att(p) }
    const votes = await w.staff(p.lead, { ...base, decisions: [{ itemId: m.id, decision: '同意', votes: { for: 1, against: 0, abstain: 0 } }] })
    expect(votes.error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('只有村民会议') })
    const off = await w.staff(p.lead, { ...base, decisions: [{ itemId: stray.id, decision: '同意维修' }] })
    expect(off.error.code).toBe('INVALID_INPUT')
    const later = await create(p.lead, p, '两委会', [m.id], '2026-03-05')
    const early = await w.staff(p.lead, { ...base, id: later.data.id, decisions: [{ itemId: m.id, decision: '同意维修' }] })
    expect(early.error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('还没有开') })
    expect(await decideEntries(m.id)).toHaveLength(0)
    expect(await decideEntries(stray.id)).toHaveLength(0)
  })

  it('after a crash part-way, a retry finishes the rest and writes nothing twice', async () => {
    const p = await point()
    const ms = [await matter(p, 'council'), await matter(p, 'council'), await matter(p, 'council')]
    const made = await create(p.lead, p, '议事会', ms.map((m) => m.id))
    const record = {
      action: 'meetings.record',
      id: made.data.id,
      attendance: att(p),
      decisions: ms.map((m, n) => ({ itemId: m.id, decision: `第 ${n + 1} 件同意办理` })),
    }
    crashAfter = (key) => {
      if (key === ms[0].id) throw new Error('killed after the first matter')
    }
    const first = await w.staff(p.lead, record)
    expect(first).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    crashAfter = null
    expect((await w.staff(p.lead, { action: 'meetings.get', id: made.data.id })).data).toMatchObject({
      status: 'recording',
      decisions: [{ written: true }, { written: false }, { written: false }],
    })
    // what is on a matter's timeline already cannot be changed by the retry
    const changed = await w.staff(p.lead, { ...record, decisions: [{ ...record.decisions[0], decision: '改了主意' }, ...record.decisions.slice(1)] })
    expect(changed.error.code).toBe('CONFLICT')

    const retry = await w.staff(p.lead, record)
    expect(retry.data.status).toBe('recorded')
    for (const [n, m] of ms.entries()) {
      expect((await decideEntries(m.id)).map((e) => e.text)).toEqual([`议事会于 2026-03-04 研究决定：第 ${n + 1} 件同意办理`])
      expect((await messagesTo(m.owner)).filter((x) => x.body.includes('同意办理'))).toHaveLength(1)
    }
  })

  it('two leaders recording at once write each decision once', async () => {
    const p = await point()
    const second = await w.addStaff({ name: '周主任', roles: ['leader'], points: [p.code] })
    const ms = [await matter(p, 'committee'), await matter(p, 'committee')]
    const made = await create(p.lead, p, '两委会', ms.map((m) => m.id))
    const record = {
      action: 'meetings.record',
      id: made.data.id,
      attendance: att(p, { cadres: [second] }),
      decisions: ms.map((m) => ({ itemId: m.id, decision: '同意维修' })),
    }
    const answers = await Promise.all([w.staff(p.lead, record), w.staff(second, record)])
    expect(answers.some((a) => a.ok)).toBe(true)
    for (const m of ms) expect(await decideEntries(m.id)).toHaveLength(1)
    expect((await w.staff(p.lead, { action: 'meetings.get', id: made.data.id })).data.status).toBe('recorded')
  })

  it('lists the point’s meetings, newest first, for its staff', async () => {
    const p = await point()
    const m = await matter(p, 'committee')
    // before the matter was registered, no meeting can have decided it
    expect((await create(p.lead, p, '两委会', [m.id], '2026-03-01')).error.code).toBe('INVALID_INPUT')
    await create(p.lead, p, '两委会', [m.id], TODAY)
    await create(p.lead, p, '两委会', [m.id], '2026-03-11')
    const list = (await w.staff(p.cadre, { action: 'meetings.list', pointCode: p.code })).data
    expect(list.meetings.map((x: { date: string }) => x.date)).toEqual(['2026-03-11', TODAY])
    const outsider = await point()
    expect((await w.staff(outsider.lead, { action: 'meetings.list', pointCode: p.code })).error.code).toBe('FORBIDDEN')
  })
})
