/**
 * WeChat's rule for subscription messages, in the mini-program build: the app calls
 * wx.requestSubscribeMessage while the tap is being handled (not after an await), with at
 * most 3 template ids of its environment, and records the answer with the server.
 * Needs a weapp build for the local cloud: CLOUD_ENV_ID=local-shuoshi npx taro build --type weapp.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO } from '../emulator/seed'
import { startTestSystem, type TestSystem } from '../emulator/testing'
import { textOf } from './logic-layer'
import { openPage, WEAPP_DIR, type OpenedPage } from './run-page'

let sys: TestSystem
beforeAll(async () => {
  if (!readFileSync(path.join(WEAPP_DIR, 'common.js'), 'utf8').includes('local-tmpl-')) {
    throw new Error('dist/weapp has no template ids: build it with CLOUD_ENV_ID=local-shuoshi')
  }
  sys = await startTestSystem()
})
afterAll(async () => {
  await sys.stop()
})

interface Node {
  sid?: string
  cl?: string
  cn?: Node[]
}

/**
 * The sids from the NutUI button that says `label` up to the page's root: a tap bubbles
 * through each (Taro binds every element's tap to `eh` and runs a child's handler when the
 * event reaches the topmost bound parent).
 */
function buttonPath(node: unknown, label: string, above: string[] = []): string[] | null {
  if (node === null || typeof node !== 'object') return null
  const n = node as Node
  const here = n.sid ? [n.sid, ...above] : above
  if (n.sid && n.cl?.includes('nut-button ') && textOf(n).join('').includes(label)) return here
  for (const child of Object.values(n)) {
    const found = buttonPath(child, label, here)
    if (found) return found
  }
  return null
}

interface Asked {
  tmplIds: string[]
  /** called while the tap was still being handled */
  inTap: boolean
}

/** Replaces wx.requestSubscribeMessage with a user who allows everything; taps go through `tap`. */
function instrument(p: OpenedPage) {
  const asked: Asked[] = []
  let inTap = false
  const wx = p.layer.context.wx as Record<string, unknown>
  wx.requestSubscribeMessage = (opts: { tmplIds: string[]; success?: (res: unknown) => void }) => {
    asked.push({ tmplIds: [...opts.tmplIds], inTap })
    const answer = Object.fromEntries(opts.tmplIds.map((id) => [id, 'accept']))
    setTimeout(() => opts.success?.(p.layer.inRealm({ errMsg: 'requestSubscribeMessage:ok', ...answer })), 10)
  }
  const tap = (label: string) => {
    const path = buttonPath(p.page.data, label)
    if (!path) throw new Error(`no button ${label} in ${p.text()}`)
    const target = { id: path[0], dataset: { sid: path[0] } }
    inTap = true
    try {
      for (const sid of path) {
        const event = { type: 'tap', timeStamp: 1, detail: {}, target, currentTarget: { id: sid, dataset: { sid } } }
        ;(p.page.eh as (e: unknown) => void)(p.layer.inRealm(event))
      }
    } finally {
      inTap = false
    }
  }
  return { asked, tap }
}

const allowed = async (openid: string) =>
  (await sys.cloud.db.dump('subscriptions')).filter((s) => s.openid === openid).map((s) => `${String(s.template)}:${String(s.count)}`).sort()

async function submitted(content: string) {
  const r = await sys.call('resident', DEMO.residentA, {
    action: 'item.submit',
    requestId: `weapp-notify-${content.length}`,
    pointCode: DEMO.pointCode,
    category: '政策咨询',
    content,
    contact: { name: '张三', phone: '13812345678', address: '新东社区幸福路12号' },
  })
  if (!r.ok) throw new Error(JSON.stringify(r))
  return r.data as { id: string; no: string }
}

describe('subscription messages in the mini-program', () => {
  it('接收办理进展提醒 asks WeChat inside the tap, then records what the resident allowed', async () => {
    const { id } = await submitted('村里的健身器材坏了，老人不敢用')
    const p = openPage(sys, DEMO.residentA, 'pages/item/index', { id })
    await p.waitFor('接收办理进展提醒')
    const { asked, tap } = instrument(p)
    tap('接收办理进展提醒')
    expect(asked).toEqual([{ tmplIds: ['local-tmpl-progress', 'local-tmpl-replied', 'local-tmpl-reminder'], inTap: true }])
    await expect.poll(() => allowed(DEMO.residentA)).toEqual(['progress:1', 'reminder:1', 'replied:1'])
    p.close()
    expect(p.errors).toEqual([])
  })

  it('a cadre’s 确认受理 asks first thing in the tap, before anything else is checked or sent', async () => {
    const { id } = await submitted('想咨询一下医保报销的流程和材料')
    const p = openPage(sys, DEMO.cadre1, 'staff/pages/item/index', { id })
    await p.waitFor('受理')
    const { asked, tap } = instrument(p)
    tap('受理')
    await p.waitFor('确认受理')
    expect(asked).toEqual([])
    // nothing chosen yet: the form refuses, but the ask has already gone out inside the tap
    tap('确认受理')
    expect(asked).toEqual([{ tmplIds: ['local-tmpl-assigned', 'local-tmpl-due'], inTap: true }])
    await expect.poll(() => allowed(DEMO.cadre1)).toEqual(['assigned:1', 'due:1'])
    p.close()
    expect(p.errors).toEqual([])
  })
})
