/** 座谈会 (干部问事): a leader convenes it, the point's cadres record the opinions heard and turn the chosen ones into matters, once. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { fresh, startWorld, type World } from '../testing'

const START = '2026-11-28T02:00:00Z'
let w: World

beforeAll(async () => {
  w = await startWorld(START)
})
afterAll(async () => {
  await w.stop()
})
beforeEach(() => {
  w.clock.set(START)
})

const OPINIONS = [
  { who: '王大妈', what: '小区里停车太乱，消防通道常被堵', category: '物业管理' },
  { what: '希望老楼加装电梯，爬楼太难', category: '基础设施' },
  { who: '老李', what: '活动室晚上能不能多开一会儿', category: '意见建议' },
]

async function forumAt() {
  const p = await w.addPoint()
  const cadre = await w.addStaff({ name: '李秀英', roles: ['cadre'], points: [p.code] })
  const r = await w.staff(p.lead, { action: 'meetings.forum', requestId: fresh('req'), pointCode: p.code, date: '2026-11-28', topic: '小区环境座谈' })
  expect(r).toMatchObject({ ok: true, data: { body: '座谈会', topic: '小区环境座谈', status: 'planned', opinions: [], canCollect: true, canRecord: false, agenda: [] } })
  return { ...p, cadre, id: r.data.id as string }
}

describe('座谈会', () => {
  it('opinions recorded, two turned into matters in one step; a retry answers the same numbers and registers nothing more', async () => {
    const f = await forumAt()
    const rec = await w.staff(f.cadre, { action: 'meetings.opinions', id: f.id, opinions: OPINIONS })
    expect(rec.data).toMatchObject({ status: 'recorded', opinions: [{ index: 0, who: '王大妈', itemId: null }, { index: 1, who: '' }, { index: 2, who: '老李' }] })

    const turned = await w.staff(f.cadre, { action: 'meetings.opinionsToMatters', id: f.id, opinions: [2, 0] })
    expect(turned.ok).toBe(true)
    const [o0, o1, o2] = turned.data.opinions
    expect(o0.no).toMatch(/-202611\d{3}$/)
    expect(o2.no).toMatch(/-202611\d{3}$/)
    expect(o1.itemId).toBeNull()
    const again = await w.staff(f.cadre, { action: 'meetings.opinionsToMatters', id: f.id, opinions: [0, 2] })
    expect(again.data.opinions.map((o: { no: string | null }) => o.no)).toEqual([o0.no, null, o2.no])
    const { data } = await w.db().collection('items').where({ pointCode: f.code }).limit(10).get()
    expect(data).toHaveLength(2)
    expect(await w.rawItem(o0.itemId)).toMatchObject({ source: 'meeting', content: OPINIONS[0].what, category: '物业管理', assignee: { openid: f.cadre }, status: 'submitted' })
    // on the cadre's workbench
    const bench = await w.staff(f.cadre, { action: 'queue', tab: 'all' })
    expect(bench.data.items.map((i: { id: string }) => i.id)).toEqual(expect.arrayContaining([o0.itemId, o2.itemId]))
  })

  it('concurrent turns of the same opinion make one matter', async () => {
    const f = await forumAt()
    await w.staff(f.cadre, { action: 'meetings.opinions', id: f.id, opinions: OPINIONS })
    const [a, b] = await Promise.all([
      w.staff(f.cadre, { action: 'meetings.opinionsToMatters', id: f.id, opinions: [1] }),
      w.staff(f.lead, { action: 'meetings.opinionsToMatters', id: f.id, opinions: [1] }),
    ])
    expect(a.data.opinions[1].no).toBe(b.data.opinions[1].no)
    expect((await w.db().collection('items').where({ pointCode: f.code }).limit(10).get()).data).toHaveLength(1)
  })

  it('an opinion made a matter stays as it is; the others may still change', async () => {
    const f = await forumAt()
    await w.staff(f.cadre, { action: 'meetings.opinions', id: f.id, opinions: OPINIONS })
    await w.staff(f.cadre, { action: 'meetings.opinionsToMatters', id: f.id, opinions: [0] })
    const edited = await w.staff(f.cadre, { action: 'meetings.opinions', id: f.id, opinions: [OPINIONS[0], { what: '希望老楼加装电梯', category: '基础设施' }] })
    expect(edited.data.opinions).toHaveLength(2)
    expect(edited.data.opinions[0].itemId).not.toBeNull()
    const r = await w.staff(f.cadre, { action: 'meetings.opinions', id: f.id, opinions: OPINIONS.slice(1) })
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('rights and bad input: other points, a representative and residents refused; no votes, no decisions; nothing written', async () => {
    const f = await forumAt()
    const other = await w.addPoint()
    const rep = await w.addStaff({ name: '代表', roles: ['representative'], points: [f.code] })
    expect((await w.staff(f.cadre, { action: 'meetings.forum', pointCode: f.code, date: '2026-11-28', topic: '座谈' })).error.code).toBe('FORBIDDEN')
    for (const who of [other.lead, rep, fresh('resident')]) {
      expect((await w.staff(who, { action: 'meetings.opinions', id: f.id, opinions: OPINIONS })).error.code).toBe('FORBIDDEN')
      expect((await w.staff(who, { action: 'meetings.opinionsToMatters', id: f.id, opinions: [0] })).error.code).toBe('FORBIDDEN')
    }
    expect((await w.staff(f.cadre, { action: 'meetings.opinionsToMatters', id: f.id, opinions: [0] })).error).toEqual({ code: 'INVALID_INPUT', message: '选择的意见不存在，请刷新后重试' })
    expect((await w.staff(f.cadre, { action: 'meetings.opinions', id: f.id, opinions: [{ what: '短', category: '其他' }] })).error.code).toBe('INVALID_INPUT')
    expect((await w.staff(f.lead, { action: 'meetings.record', id: f.id, attendance: { chair: f.lead, recorder: f.cadre, cadres: [] }, decisions: [{ itemId: 'x', decision: '同意办理' }] })).error).toEqual({
      code: 'INVALID_INPUT',
      message: '座谈会只听取意见，不议定事项：请记录群众意见',
    })
    const m = (await w.db().collection('meetings').doc(f.id).get()).data
    expect(m).toMatchObject({ opinions: [], status: 'planned', itemIds: [] })
    expect((await w.db().collection('items').where({ pointCode: f.code }).limit(10).get()).data).toHaveLength(0)
  })
})
