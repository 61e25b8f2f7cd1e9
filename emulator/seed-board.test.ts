/** The demo board: what `npm run cloud` shows at xd01, with no personal data from the demo texts. */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { seedBoardDemo } from './seed-board'
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

it('shows the three approved demo matters at xd01, redacted, one more waits for the leader, and seeds once', async () => {
  const page = await sys.call('resident', 'demo-resident-b', { action: 'board.list', pointCode: 'xd01' })
  expect(page.data.items).toHaveLength(3)
  const pending = await sys.call('staff', 'demo-leader', { action: 'board.pending' })
  expect(pending.data.total).toBe(1)
  expect(pending.data.items[0]).toMatchObject({ status: 'pending', category: '邻里纠纷' })
  expect(pending.data.items[0].content).not.toContain('王大妈')
  const shown = JSON.stringify(page.data)
  for (const bit of ['周美兰', '美兰', '吴海涛', '孙建华', '王大妈', '幸福路', '18 号', '302', '5栋1单元', '5712', '〇〇〇1', '13800138000', '330106', '86001234']) {
    expect(shown).not.toContain(bit)
  }
  expect(shown).toContain('楼道')
  // the address written with spaces goes, with its floor; the matter and the cadre who answered stay
  expect(shown).toContain('住＊＊。楼下路灯坏了')
  expect(shown).toContain('网格员李秀英已上门')
  // a resident's own demo matters are in 我的
  const mine = await sys.call('resident', 'demo-resident-a', { action: 'item.listMine' })
  expect(mine.data.items.filter((i: { id: string }) => i.id.startsWith('demo-board-'))).toHaveLength(2)
  expect(await seedBoardDemo(sys.cloud.port.database({ throwOnNotFound: false }), new Date())).toBe(0)
})
