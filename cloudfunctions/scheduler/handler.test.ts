import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { acceptEvent, contact, DEMO, fresh, replyEvent, startWorld, type World } from '../testing'

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

describe('the scheduler', () => {
  it('closes a reply left unrated for 14 days as 未评价', async () => {
    const id = await w.submit()
    await w.staff(DEMO.cadre1, acceptEvent(id))
    await w.staff(DEMO.cadre1, replyEvent(id))
    w.clock.advance(13 * 24 * 3600_000)
    expect((await w.sys.call('scheduler', null, { action: 'tick' })).ok).toBe(true)
    expect((await w.rawItem(id))?.status).toBe('replied')
    w.clock.advance(24 * 3600_000)
    await w.sys.call('scheduler', null, { action: 'tick' })
    const item = await w.rawItem(id)
    expect(item).toMatchObject({ status: 'closed', closedReason: 'unrated' })
    expect(item?.rating ?? null).toBeNull()
  })

  it('refuses to run for a mini-program user', async () => {
    expect(await w.sys.call('scheduler', DEMO.residentA, { action: 'tick' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('closes 1,000 due matters over several budgeted runs, resuming from its cursor; a broken one is logged and passed over', async () => {
    const big = await startWorld(START, (clock) => ({ scheduler: { now: clock.now, budgetMs: 1, batchSize: 100 } }))
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      const db = big.db()
      const repliedAt = new Date('2026-01-01T02:00:00Z')
      const matter = (n: number) => ({
        no: `202601${String(n).padStart(4, '0')}`,
        month: '202601',
        seq: n,
        requestId: fresh('req'),
        ownerOpenid: DEMO.residentA,
        pointCode: DEMO.pointCode,
        pointName: '新东社区民情说事点',
        category: '政策咨询',
        content: '村口的路灯坏了一个多月了',
        photos: [],
        contact,
        status: 'replied',
        assignee: { openid: DEMO.cadre1, name: '张建国' },
        dueAt: null,
        contentReview: false,
        timeline: [],
        createdAt: repliedAt,
        updatedAt: repliedAt,
        // some share a moment: the cursor orders by (repliedAt, _id)
        repliedAt: new Date(repliedAt.getTime() + Math.floor(n / 3) * 1000),
      })
      const ids = Array.from({ length: 1000 }, (_, n) => `due-${String(n).padStart(4, '0')}`)
      await Promise.all(ids.map((id, n) => db.collection('items').doc(id).set({ data: matter(n) })))
      // a malformed matter in the middle: its timeline is not a list, so its change throws
      const broken = 'due-0500-broken'
      const { timeline: _t, ...noTimeline } = matter(500)
      await db.collection('items').doc(broken).set({ data: { ...noTimeline, no: '2026019999', timeline: null } })

      const runs: { closedUnrated: number; failed: number; done: boolean }[] = []
      for (let i = 0; i < 30; i++) {
        const r = await big.sys.call('scheduler', null, { action: 'tick' })
        expect(r).toMatchObject({ ok: true })
        runs.push(r.data)
        if (r.data.done) break
      }
      expect(runs.length).toBeGreaterThan(1)
      expect(runs.at(-1)?.done).toBe(true)
      expect(runs.slice(0, -1).every((r) => !r.done)).toBe(true)
      expect(runs.reduce((n, r) => n + r.closedUnrated, 0)).toBe(1000)
      expect(runs.reduce((n, r) => n + r.failed, 0)).toBe(1)
      const { total: open } = await db.collection('items').where({ status: 'replied' }).count()
      expect(open).toBe(1)
      expect((await db.collection('items').doc(broken).get()).data?.status).toBe('replied')
      const logged = errors.mock.calls.map((c) => c.join(' ')).join('\n')
      expect(logged).toContain(broken)
      expect(logged).not.toContain(contact.phone)
      // a finished pass clears the cursor: the next starts over and tries the broken one again
      const again = await big.sys.call('scheduler', null, { action: 'tick' })
      expect(again.data).toMatchObject({ closedUnrated: 0, failed: 1, done: true })
    } finally {
      errors.mockRestore()
      await big.stop()
    }
  }, 120_000)
})
