/** 民情日记 pages in the mini-program build, as a cadre and a leader, against the demo diary. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { chinaMonth } from '../domain/diary/visits'
import { DEMO } from '../emulator/seed'
import { startTestSystem, type TestSystem } from '../emulator/testing'
import { openPage, type OpenedPage } from './run-page'

let sys: TestSystem
const opened: OpenedPage[] = []
beforeAll(async () => {
  sys = await startTestSystem()
})
afterAll(async () => {
  await sys.stop()
})
afterEach(() => {
  for (const p of opened.splice(0)) {
    p.close()
    expect(p.errors, `${p.page.route} wrote errors`).toEqual([])
  }
})

const open = (openid: string, route: string, query: Record<string, string> = {}) => {
  const p = openPage(sys, openid, route, query)
  opened.push(p)
  return p
}

describe('民情日记 in the mini-program', () => {
  it('shows a cadre their month against the quota and their entries, masked', async () => {
    await open(DEMO.cadre2, 'staff/pages/diary/index').waitFor('已走访  1  户', '要求 3–5 户', '还差  2  户', '新东小区****')
  })

  it('shows a leader who is behind, and an entry in full', async () => {
    await open(DEMO.leader, 'staff/pages/diary/index').waitFor('走访进度', '李秀英', '未达到')
    const id = `demo-visit-${chinaMonth(sys.cloud.clock.now())}-8`
    await open(DEMO.leader, 'staff/pages/visit/index', { id }).waitFor('小区垃圾桶清运不及时', '记录人', '李秀英')
  })

  it('opens the form to write an entry', async () => {
    await open(DEMO.cadre2, 'staff/pages/visit-new/index').waitFor('走访形式', '主动家访', '住户地址', '保存日记')
  })
})
