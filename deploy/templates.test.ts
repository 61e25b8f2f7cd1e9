import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadEnvironment } from './environments'
import { startFakeWechat, type FakeWechat, type LibraryTemplate } from './fake-cloud/wechat'
import { wantedTemplates } from './template-catalog'
import { keywordsOf, syncTemplates } from './templates'

const env = loadEnvironment('example')
const SECRET = 'appsecret-0123456789abcdef0123456789'
const wanted = wantedTemplates()
const contentOf = (keywords: Record<string, string>) => Object.entries(keywords).map(([k, n]) => `${n}:{{${k}.DATA}}`).join('\n')
// the library of the mini-program's category: everything but 评议提醒; 到期提醒 with its keywords spread among others
const library: LibraryTemplate[] = wanted
  .filter((w) => w.key !== 'reminder')
  .map((w, i) => ({
    tid: 1000 + i,
    title: w.title,
    keywords: [
      ...Object.entries(w.keywords).map(([key, name]) => ({ kid: Number(/\d+$/.exec(key)![0]), rule: key.replace(/\d+$/, ''), name })),
      { kid: 9, rule: 'thing', name: '备用' },
    ],
  }))
// chosen already: five right, 到期提醒 with another keyword (期限 named 截止时间)
const chosen = () => [
  ...wanted.filter((w) => !['reminder', 'due'].includes(w.key)).map((w) => ({ priTmplId: `id-${w.key}`, title: w.title, content: contentOf(w.keywords), type: 2 })),
  { priTmplId: 'id-due-wrong', title: '到期提醒', content: contentOf({ character_string1: '登记编号', thing2: '诉求事项', phrase3: '状态', time4: '截止时间' }), type: 2 },
]

let wechat: FakeWechat
let dir: string
let file: string
let log: string[]
beforeEach(async () => {
  wechat = await startFakeWechat(env.appid, SECRET, library, chosen())
  process.env.WECHAT_API_BASE = wechat.url
  dir = mkdtempSync(path.join(os.tmpdir(), 'shuoshi-templates-'))
  file = path.join(dir, 'subscription-templates.json')
  copyFileSync(path.join(__dirname, '..', 'subscription-templates.json'), file)
  log = []
})
afterEach(async () => {
  delete process.env.WECHAT_API_BASE
  await wechat.stop()
  rmSync(dir, { recursive: true, force: true })
})

describe('npm run templates', () => {
  it('reads the keywords of a template as WeChat writes them', () => {
    expect(keywordsOf('登记编号:{{character_string1.DATA}}\n诉求事项：{{thing2.DATA}}')).toEqual({ character_string1: '登记编号', thing2: '诉求事项' })
  })

  it('writes the ids that match by title and keyword names, and names the missing', async () => {
    const r = await syncTemplates(env, SECRET, { add: false, file, log: (l) => log.push(l) })
    expect(r.missing.map((m) => m.key)).toEqual(['reminder', 'due'])
    const written = JSON.parse(readFileSync(file, 'utf8'))
    expect(written.environments[env.envId]).toEqual({ accepted: 'id-accepted', progress: 'id-progress', replied: 'id-replied', booking: 'id-booking', assigned: 'id-assigned' })
    expect(written.environments['local-shuoshi'].accepted).toBe('local-tmpl-accepted')
    expect(log.join('\n')).toContain('缺少 due：已选用「到期提醒」，但关键词不是')
    expect(log.join('\n')).toContain('缺少 reminder：没有选用「评议提醒」')
    expect(wechat.requests.filter((r) => r.includes('addtemplate'))).toEqual([])
    expect(log.join('\n')).not.toContain(SECRET)
  })

  it('--add picks what the library offers, with exactly our keywords', async () => {
    const r = await syncTemplates(env, SECRET, { add: true, file, log: (l) => log.push(l) })
    expect(r.missing.map((m) => m.key)).toEqual(['reminder'])
    const due = wechat.privates.find((p) => p.priTmplId.startsWith('added-'))!
    expect(keywordsOf(due.content)).toEqual(wanted.find((w) => w.key === 'due')!.keywords)
    expect(JSON.parse(readFileSync(file, 'utf8')).environments[env.envId].due).toBe(due.priTmplId)
    expect(log.join('\n')).toContain('reminder：模板库里没有合适的「评议提醒」')
  })

  it('a wrong AppSecret stops with a clear message and writes nothing', async () => {
    const before = readFileSync(file, 'utf8')
    await expect(syncTemplates(env, 'wrong-secret', { add: false, file, log: (l) => log.push(l) })).rejects.toThrow(/40125.*请核对 AppID 和 WEAPP_APPSECRET/)
    expect(readFileSync(file, 'utf8')).toBe(before)
  })
})
