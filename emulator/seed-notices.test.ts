/** The demo cloud shows 公开反馈 and 座谈会 with something real: a published 公告 the demo residents were told of, a draft, a 座谈会 with opinions. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemoData } from './seed'
import { NOTICE_DEMO } from './seed-notices'
import { startTestSystem, type TestSystem } from './testing'

/** The demo's matters are dated from the cloud's today: a fixed one, so what is waiting and overdue is the same on any day. */
const DEMO_START = new Date('2026-11-28T02:00:00Z')

let sys: TestSystem
beforeAll(async () => {
  sys = await startTestSystem({ demoMatters: true, startAt: DEMO_START })
})
afterAll(async () => {
  await sys.stop()
})

describe('demo notices', () => {
  it('the point’s home page, resident A’s matter and 消息 show the published 公告; the leader has a draft', async () => {
    const home = await sys.call('resident', 'demo-resident-c', { action: 'notices.ofPoint', pointCode: 'xd01' })
    expect(home.data.notices).toEqual([expect.objectContaining({ id: NOTICE_DEMO.published, title: '幸福路路灯集中维修', linkedCount: 4 })])
    const onMatter = await sys.call('resident', 'demo-resident-a', { action: 'notices.ofItem', itemId: 'demo-lights-a' })
    expect(onMatter.data.notices.map((n: { id: string }) => n.id)).toEqual([NOTICE_DEMO.published])
    for (const r of ['demo-resident-a', 'demo-resident-b']) {
      const box = await sys.call('resident', r, { action: 'messages.list' })
      expect(box.data.items.filter((m: { page: string }) => m.page === `pages/notice/index?id=${NOTICE_DEMO.published}`)).toHaveLength(1)
    }
    const list = await sys.call('staff', 'demo-leader', { action: 'notices.list', pointCode: 'xd01' })
    expect(list.data.notices.map((n: { id: string; status: string }) => [n.id, n.status])).toEqual([
      [NOTICE_DEMO.draft, 'draft'],
      [NOTICE_DEMO.published, 'published'],
    ])
  })

  it('a 座谈会 with three opinions, one already a matter; seeded once however often the cloud starts', async () => {
    const forum = await sys.call('staff', 'demo-leader', { action: 'meetings.get', id: NOTICE_DEMO.forum })
    expect(forum.data).toMatchObject({ body: '座谈会', status: 'recorded', opinions: [{ itemId: 'demo-forum-item' }, { itemId: null }, { itemId: null }] })
    expect(await seedDemoData(sys.cloud.port.database({ throwOnNotFound: false }), sys.cloud.clock.now(), { demoMatters: true })).toBe(0)
  })
})
