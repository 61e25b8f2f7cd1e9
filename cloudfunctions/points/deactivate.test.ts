import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { acceptEvent, DEMO, fresh, replyEvent, startWorld, submitEvent, type World } from '../testing'
import { assignFor } from '../matters/assignee'
import { createMatter } from '../matters/new-matter'

const START = '2026-01-31T02:00:00Z'
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

const deactivate = (openid: string, transferTo: string) => w.staff(DEMO.admin, { action: 'staff.deactivate', openid, transferTo })
const staffDoc = async (openid: string) => (await w.db().collection('staff').doc(openid).get()).data
const OPEN = ['submitted', 'accepted', 'in_progress', 'replied']

/** Open matters whose cadre is not active: must always be none. */
async function orphans(): Promise<string[]> {
  const { data } = await w.db().collection('items').where({ status: w.db().command.in(OPEN) }).limit(1000).get()
  const out: string[] = []
  for (const item of data) if (!(await staffDoc(item.assignee.openid))?.active) out.push(item._id as string)
  return out
}

/** A point with two cadres of its own; `a` answers 其他 there. */
async function pointWithTwo() {
  const point = await w.addPoint()
  const a = await w.addStaff({ name: '甲干部', points: [point.code] })
  const b = await w.addStaff({ name: '乙干部', points: [point.code] })
  await w.db().collection('points').doc(`point-${point.code}`).update({ data: { routing: { 其他: a } } })
  return { ...point, a, b, submit: () => w.submit({ category: '其他', pointCode: point.code }) }
}

describe('staff.deactivate', () => {
  it('hands over every matter that still needs a cadre, replied ones too, through the checked change', async () => {
    const p = await pointWithTwo()
    const [submitted, accepted, replied, withdrawn] = [await p.submit(), await p.submit(), await p.submit(), await p.submit()]
    await w.staff(p.a, acceptEvent(accepted))
    await w.staff(p.a, acceptEvent(replied))
    await w.staff(p.a, replyEvent(replied))
    await w.resident(DEMO.residentA, { action: 'item.withdraw', id: withdrawn })
    const r = await deactivate(p.a, p.b)
    expect(r).toEqual({ ok: true, data: { transferred: 3 } })
    for (const id of [submitted, accepted, replied]) {
      const item = await w.rawItem(id)
      expect(item?.assignee).toEqual({ openid: p.b, name: '乙干部' })
      expect(item?.timeline.at(-1)).toMatchObject({ type: 'transfer', actor: DEMO.admin, text: '因人员调整，改由乙干部负责办理' })
    }
    expect((await w.rawItem(replied))?.status).toBe('replied')
    expect((await w.rawItem(withdrawn))?.assignee.openid).toBe(p.a)
    expect(await staffDoc(p.a)).toMatchObject({ active: false, handedTo: p.b })
    // and a reopened matter lands with an active cadre
    const reopened = await w.resident(DEMO.residentA, { action: 'item.rate', id: replied, level: 'unsatisfied', solved: false, opinion: '没修好' })
    expect(reopened.data).toMatchObject({ status: 'in_progress', assignee: { name: '乙干部' } })
  })

  it('refuses an heir who is not staff of the leaver’s points, and writes nothing', async () => {
    const p = await pointWithTwo()
    const elsewhere = await w.addPoint()
    const outsider = await w.addStaff({ name: '外点干部', points: [elsewhere.code] })
    const id = await p.submit()
    const before = { item: await w.rawItem(id), leaver: await staffDoc(p.a), heir: await staffDoc(outsider) }
    const r = await deactivate(p.a, outsider)
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(r.error.message).toContain(p.code)
    expect({ item: await w.rawItem(id), leaver: await staffDoc(p.a), heir: await staffDoc(outsider) }).toEqual(before)
    // the lead role counts too: a lead cadre with no matters still needs an heir of that point
    const lone = await w.addPoint()
    expect((await deactivate(lone.lead, outsider)).error.code).toBe('INVALID_INPUT')
    expect((await staffDoc(lone.lead))?.active).toBe(true)
  })

  it('two deactivations handing over to each other: both answer, one is refused, no matter is orphaned', async () => {
    const p = await pointWithTwo()
    for (let i = 0; i < 5; i++) await p.submit()
    await w.db().collection('points').doc(`point-${p.code}`).update({ data: { routing: { 其他: p.b } } })
    for (let i = 0; i < 5; i++) await p.submit()
    const [x, y] = await Promise.all([deactivate(p.a, p.b), deactivate(p.b, p.a)])
    expect([x.ok, y.ok].sort()).toEqual([false, true])
    expect([x, y].find((r) => !r.ok)?.error.code).toBe('INVALID_INPUT')
    const active = [(await staffDoc(p.a))?.active, (await staffDoc(p.b))?.active]
    expect(active.filter(Boolean)).toHaveLength(1)
    expect(await orphans()).toEqual([])
    const { data } = await w.db().collection('items').where({ pointCode: p.code }).limit(100).get()
    for (const item of data) expect(item.timeline.length).toBeLessThan(5)
  }, 20_000)

  it('matters registered while their cadre is being deactivated go to an active cadre', async () => {
    const p = await pointWithTwo()
    const submissions = Array.from({ length: 30 }, (_, i) =>
      w.resident(`deactivation-race-${i}`, submitEvent({ category: '其他', pointCode: p.code })),
    )
    const [r, ...made] = await Promise.all([deactivate(p.a, p.b), ...submissions])
    expect(r.ok).toBe(true)
    expect(made.filter((m) => !m.ok)).toEqual([])
    const { total } = await w.db().collection('items').where({ 'assignee.openid': p.a, status: w.db().command.in(OPEN) }).count()
    expect(total).toBe(0)
    expect(await orphans()).toEqual([])
  }, 20_000)

  it('a registration that read its cadre active before a deactivation swept hands itself on after its commit', async () => {
    // Deterministic: the deactivation runs to its end, sweep and all, between the
    // registration's read of the cadre and its commit. The registration writes no staff
    // document, so it commits; then it sees its cadre gone and hands itself on.
    const p = await pointWithTwo()
    let raced = false
    const point = (await w.db().collection('points').doc(`point-${p.code}`).get()).data as Parameters<typeof assignFor>[1]
    const id = fresh('race')
    const made = await createMatter(
      { db: w.db(), cloud: w.sys.cloud.port, now: w.clock.now(), queued: [], options: {} },
      { id, requestId: id, ownerOpenid: DEMO.residentA, pointCode: p.code, category: '其他', content: '路灯坏了', photos: [], contact: { name: '张三', phone: '13812345678', address: '幸福路1号' }, source: 'qr', author: DEMO.residentA },
      {
        responsible: async (tx) => {
          const assignee = await assignFor(tx, point, '其他')
          if (!raced) {
            raced = true
            expect(assignee.openid).toBe(p.a)
            expect((await deactivate(p.a, p.b)).ok).toBe(true)
          }
          return { assignee }
        },
      },
    )
    // handed on as the sweep would: to the heir, who sits at the point
    expect(made.assignee.openid).toBe(p.b)
    expect(await orphans()).toEqual([])
  })

  it('a transfer to a cadre being deactivated never leaves the matter with them', async () => {
    const p = await pointWithTwo()
    const ids = [await p.submit(), await p.submit(), await p.submit()]
    const c = await w.addStaff({ name: '丙干部', points: [p.code] })
    await Promise.all([
      deactivate(p.b, c),
      ...ids.map((id) => w.staff(p.a, { action: 'item.transfer', id, to: p.b, reason: '乙干部熟悉情况' })),
    ])
    expect(await orphans()).toEqual([])
  })
})
