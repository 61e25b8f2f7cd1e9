/**
 * Every page of dist/weapp, run headlessly under WeChat's logic-layer rules (no eval, no
 * DOM, only WeChat's `wx`) against a local cloud: each renders what it should and never
 * writes to console.error or throws.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { DEMO } from '../emulator/seed'
import { startTestSystem, type TestSystem } from '../emulator/testing'
import { allPages, openPage, type OpenedPage } from './run-page'

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

let seq = 0
async function submit(openid: string, content: string) {
  const r = await sys.call('resident', openid, {
    action: 'item.submit',
    requestId: `weapp-test-${++seq}`,
    pointCode: DEMO.pointCode,
    category: '环境卫生',
    content,
    contact: { name: '张三', phone: '13812345678', address: '新东社区幸福路12号' },
  })
  if (!r.ok) throw new Error(JSON.stringify(r))
  return r.data as { id: string; no: string }
}

describe('the mini-program build, page by page', () => {
  it('home: shows the talk point named by the QR scene', async () => {
    await open(DEMO.residentA, 'pages/index/index', { scene: DEMO.pointCode }).waitFor('新东社区民情说事点', '我要说事')
  })

  it("我的: lists the resident's matters", async () => {
    const { no } = await submit(DEMO.residentA, '小区东门的垃圾桶满了好几天没人清运')
    await open(DEMO.residentA, 'pages/mine/index').waitFor(no)
  })

  it("a matter's page shows it to its resident", async () => {
    const { id, no } = await submit(DEMO.residentA, '幸福路的路灯坏了三盏，晚上很黑')
    await open(DEMO.residentA, 'pages/item/index', { id }).waitFor(no, '幸福路的路灯坏了三盏')
  })

  it("a cadre's workbench (staff subpackage) lists the matters routed to them", async () => {
    const { no } = await submit(DEMO.residentB, '楼道堆放杂物，存在消防隐患')
    await open(DEMO.cadre2, 'staff/pages/workbench/index').waitFor(no)
  })

  it('值班表 (staff subpackage) shows the month’s demo roster', async () => {
    await open(DEMO.cadre1, 'staff/pages/duty/index').waitFor('说事日接待', '李秀英', '王志强')
  })

  it("a cadre's 值班台 shows the day at their points", async () => {
    await open(DEMO.cadre2, 'staff/pages/desk/index').waitFor('李秀英的值班台', '今天没有预约')
  })

  it("an admin's 排班 (staff subpackage) shows the point's month and its weekly openings", async () => {
    await open(DEMO.admin, 'staff/pages/schedule/index', { code: DEMO.pointCode }).waitFor('新东社区民情说事点', '月历', '说事日接待')
  })

  it("上门走访 (staff subpackage): the point's waiting requests, masked", async () => {
    await open(DEMO.cadre2, 'staff/pages/home-visits/index').waitFor('刘**', '我来上门')
  })

  it("数字 (staff subpackage): a leader's month, a small sample as 样本不足", async () => {
    await submit(DEMO.residentA, '小区健身器材坏了，老人没法锻炼')
    await open(DEMO.leader, 'staff/pages/figures/index').waitFor('收集', '响应率', '样本不足', '开放次数')
  })

  it("评事日报告 (staff subpackage): the quarter's report for the leader; a 居民代表's workbench is the report alone", async () => {
    await open(DEMO.leader, 'staff/pages/report/index', { code: DEMO.pointCode }).waitFor('评事日报告', '一、收集与办理', '七、居民代表评议')
    await open(DEMO.representative, 'staff/pages/workbench/index').waitFor('居民代表', '评事日报告')
  })

  it('公开审核 (staff subpackage): a leader sees what waits, the redacted text beside the original', async () => {
    const { id } = await submit(DEMO.residentA, '我叫张三，电话13812345678。小区东门的路灯坏了三盏，晚上很黑')
    const cadre = ((await sys.call('staff', DEMO.leader, { action: 'item.get', id })).data as { assignee: { openid: string } }).assignee.openid
    await sys.call('staff', cadre, { action: 'item.accept', id, track: 'local', importance: 'normal', tier: 'cadre' })
    await sys.call('staff', cadre, { action: 'item.reply', id, answer: '路灯已经修好', unit: '社区居委会', handler: '李秀英' })
    const rated = await sys.call('resident', DEMO.residentA, { action: 'item.rate', id, level: 'satisfied', solved: true, public: true })
    expect(rated.ok).toBe(true)
    await open(DEMO.leader, 'staff/pages/board-review/index').waitFor('公开后显示', '原文（不公开）', '13812345678', '通过', '不公开')
    await open(DEMO.leader, 'staff/pages/workbench/index').waitFor('公开审核', '1 件待审核')
  })

  it.each(allPages())('%s opens without errors', async (route) => {
    const p = open(DEMO.residentA, route)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(p.text()).not.toBe('')
  })
})

describe('the headless logic layer', () => {
  // a tiny app of our own, so the layer is seen to refuse what WeChat refuses
  const appWith = (code: string) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'shuoshi-weapp-'))
    writeFileSync(path.join(dir, 'app.js'), 'App({})')
    writeFileSync(path.join(dir, 'page.js'), `${code}\nPage({ data: {} })`)
    return dir
  }
  it.each([
    ['eval', "eval('1')", /Code generation from strings disallowed/],
    ['new Function', "new Function('return 1')()", /Code generation from strings disallowed/],
    ['the DOM', "document.createElement('div')", /reading 'createElement'/],
    ['window', 'window.addEventListener', /reading 'addEventListener'/],
    ['a wx API WeChat does not have', 'wx.notAnApi()', /wx.notAnApi is not a function/],
    ['a wx API the headless run does not answer', 'wx.scanCode({})', /wx.scanCode is not available/],
  ])('fails on %s', (_what, code, error) => {
    const dir = appWith(code)
    try {
      expect(() => openPage(sys, DEMO.residentA, 'page', {}, dir)).toThrow(error)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('reports console.error', async () => {
    const dir = appWith("setTimeout(function () { console.error('render failed') }, 0)")
    try {
      const p = openPage(sys, DEMO.residentA, 'page', {}, dir)
      await expect(p.waitFor('never')).rejects.toThrow(/render failed/)
      p.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
