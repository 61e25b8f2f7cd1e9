/**
 * `npm run templates -- --env <name> [--add]`: reads the mini-program's subscription
 * templates (getTemplateList), matches each of the project's by title and keyword names,
 * writes the ids into subscription-templates.json under the environment's id, and says
 * which are missing; with --add it picks the missing ones from the template library
 * (addTemplate) when the mini-program's categories offer them.
 * Needs WEAPP_APPSECRET in the process environment (never printed).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { DeployError, loadEnvironment, type Environment } from './environments'
import { SECRET_ENV } from './settings'
import { wantedTemplates, type TemplateWanted } from './template-catalog'
import { WechatApi } from './wechat-api'

interface PrivateTemplate {
  priTmplId: string
  title: string
  content: string
}

/** "登记编号:{{character_string1.DATA}}" lines → { character_string1: '登记编号' } */
export function keywordsOf(content: string): Record<string, string> {
  return Object.fromEntries([...content.matchAll(/([^\n:：]+)[:：]\{\{([a-z_]+\d+)\.DATA\}\}/g)].map((m) => [m[2], m[1].trim()]))
}

const fits = (w: TemplateWanted, keywords: Record<string, string>) => Object.entries(w.keywords).every(([k, name]) => keywords[k] === name)

export function matchTemplates(wanted: TemplateWanted[], list: PrivateTemplate[]) {
  const ids: Record<string, string> = {}
  const missing: { key: string; why: string }[] = []
  for (const w of wanted) {
    const sameTitle = list.filter((t) => t.title === w.title)
    const found = sameTitle.find((t) => fits(w, keywordsOf(t.content)))
    if (found) ids[w.key] = found.priTmplId
    else if (sameTitle.length) missing.push({ key: w.key, why: `已选用「${w.title}」，但关键词不是 ${Object.entries(w.keywords).map(([k, n]) => `${n}(${k})`).join('、')}` })
    else missing.push({ key: w.key, why: `没有选用「${w.title}」（${Object.values(w.keywords).join('、')}）` })
  }
  return { ids, missing }
}

/** Finds the template in the library of the mini-program's categories and adds it with our keywords. */
async function addFromLibrary(api: WechatApi, w: TemplateWanted): Promise<boolean> {
  const categories = ((await api.get('/wxaapi/newtmpl/getcategory')).data ?? []) as { id: number }[]
  if (!categories.length) return false
  const ids = categories.map((c) => c.id).join(',')
  for (let start = 0; ; start += 30) {
    const page = await api.get('/wxaapi/newtmpl/getpubtemplatetitles', { ids, start, limit: 30 })
    const titles = (page.data ?? []) as { tid: number; title: string }[]
    for (const t of titles.filter((x) => x.title === w.title)) {
      const words = ((await api.get('/wxaapi/newtmpl/getpubtemplatekeywords', { tid: t.tid })).data ?? []) as { kid: number; name: string; rule: string }[]
      const kids = Object.entries(w.keywords).map(([key, name]) => words.find((k) => `${k.rule}${k.kid}` === key && k.name === name)?.kid)
      if (kids.every((k) => k !== undefined)) {
        await api.post('/wxaapi/newtmpl/addtemplate', { tid: t.tid, kidList: kids, sceneDesc: w.title })
        return true
      }
    }
    if (start + 30 >= Number(page.count ?? 0)) return false
  }
}

export async function syncTemplates(env: Environment, secret: string, options: { add: boolean; file: string; log: (l: string) => void }) {
  const api = new WechatApi(env.appid, secret)
  const wanted = wantedTemplates()
  const list = async () => ((await api.get('/wxaapi/newtmpl/gettemplate')).data ?? []) as PrivateTemplate[]
  let { ids, missing } = matchTemplates(wanted, await list())
  if (options.add && missing.length) {
    for (const m of missing) {
      const w = wanted.find((x) => x.key === m.key)!
      options.log(`${m.key}：${(await addFromLibrary(api, w)) ? `已从模板库选用「${w.title}」` : `模板库里没有合适的「${w.title}」（取决于小程序的服务类目）`}`)
    }
    ;({ ids, missing } = matchTemplates(wanted, await list()))
  }
  const config = JSON.parse(readFileSync(options.file, 'utf8')) as { environments: Record<string, Record<string, string>> }
  config.environments[env.envId] = ids
  writeFileSync(options.file, `${JSON.stringify(config, null, 2)}\n`)
  for (const w of wanted) if (ids[w.key]) options.log(`${w.key}「${w.title}」：${ids[w.key]}`)
  for (const m of missing) options.log(`缺少 ${m.key}：${m.why}`)
  options.log(`已写入 ${path.basename(options.file)} 的 ${env.envId}：${Object.keys(ids).length}/${wanted.length} 个模板。${missing.length ? '缺的模板不会发微信消息，只进站内消息；请在小程序后台「订阅消息」选用，或加 --add。' : ''}`)
  return { ids, missing }
}

if (process.argv[1] && path.resolve(process.argv[1]) === __filename) {
  const arg = (n: string) => (process.argv.includes(n) ? process.argv[process.argv.indexOf(n) + 1] : undefined)
  const run = async () => {
    const env = loadEnvironment(arg('--env'))
    const secret = process.env[SECRET_ENV.appSecret]
    if (!secret) throw new DeployError(`需要小程序的 AppSecret：请设置环境变量 ${SECRET_ENV.appSecret}`)
    const file = path.resolve(__dirname, '..', 'subscription-templates.json')
    const { missing } = await syncTemplates(env, secret, { add: process.argv.includes('--add'), file, log: (l) => console.log(l) })
    return missing.length ? 1 : 0
  }
  run().then(
    (code) => process.exit(code),
    (e) => {
      console.error(`模板同步失败：${e instanceof Error ? e.message : String(e)}`)
      process.exit(1)
    },
  )
}
