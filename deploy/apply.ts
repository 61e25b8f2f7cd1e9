/**
 * The deploy's steps, in order, against any `Cloud`: the real one (--apply) or the plan's
 * empty one (--plan), so the plan lists the very calls the apply makes on a new
 * environment. Each step reads first and writes only what differs.
 */
import { cronOf, type Cloud, type FunctionState, type IndexState } from './cloud'
import type { CreateIndex } from '../scripts/provision-indexes'
import type { Desired, DesiredCollection, DesiredFunction } from './desired'
import { DeployError } from './environments'
import { firstAdminVar } from './first-admin-code'
import { COLLECTION_ACL, FIRST_ADMIN_VAR } from './settings'

export interface ApplyOptions {
  region: string
  /** SHUOSHI_FIRST_ADMIN_CODE, when the operator chose the code */
  firstAdminCode?: string
  /** --new-admin-code: replace the first-admin code even if one is set */
  renewAdminCode?: boolean
  /** the hash shown in the plan instead of a real one */
  adminHashPlaceholder?: string
  log: (line: string) => void
  /** called as soon as the staff function holds a code made by this deploy */
  showAdminCode: (code: string) => void
}

const sameEnv = (a: Record<string, string>, state: FunctionState) => {
  const b = Object.fromEntries((state.Environment?.Variables ?? []).map((v) => [v.Key, v.Value]))
  return Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v)
}

/** What differs between the declaration and GetFunction's answer, in words. */
export function functionDrift(fn: DesiredFunction, state: FunctionState): { code: string[]; config: string[] } {
  const code: string[] = []
  const config: string[] = []
  if (state.Description !== fn.description) {
    code.push('代码')
    config.push('描述')
  }
  if (state.Handler !== fn.handler) code.push(`入口 ${state.Handler}→${fn.handler}`)
  if (state.InstallDependency !== undefined && state.InstallDependency !== (fn.installDependency ? 'TRUE' : 'FALSE')) code.push('云端安装依赖')
  if (state.Timeout !== fn.timeout) config.push(`超时 ${state.Timeout}→${fn.timeout} 秒`)
  if (state.MemorySize !== fn.memorySize) config.push(`内存 ${state.MemorySize}→${fn.memorySize} MB`)
  if (!sameEnv(fn.env, state)) config.push('环境变量')
  return { code, config }
}

async function applyTriggers(cloud: Cloud, fn: DesiredFunction, state: FunctionState, log: ApplyOptions['log']) {
  const existing = (state.Triggers ?? []).filter((t) => t.Type === 'timer')
  for (const t of existing) {
    const wanted = fn.triggers.find((d) => d.name === t.TriggerName)
    if (!wanted || cronOf(t.TriggerDesc) !== wanted.config) {
      await cloud.deleteTrigger(fn.name, t.TriggerName)
      log(`  删除触发器 ${t.TriggerName}（${cronOf(t.TriggerDesc)}）`)
    }
  }
  const missing = fn.triggers.filter((d) => !existing.some((t) => t.TriggerName === d.name && cronOf(t.TriggerDesc) === d.config))
  if (missing.length) {
    await cloud.createTriggers(fn.name, missing)
    log(`  创建触发器 ${missing.map((t) => `${t.name}（${t.config}）`).join('、')}`)
  }
}

async function applyFunction(cloud: Cloud, declared: DesiredFunction, opts: ApplyOptions) {
  const state = await cloud.getFunction(declared.name)
  const fn: DesiredFunction = { ...declared, env: { ...declared.env } }
  let newAdminCode: string | undefined
  if (fn.name === 'staff') {
    const admin = firstAdminVar(state, opts.firstAdminCode, opts.renewAdminCode === true)
    fn.env[FIRST_ADMIN_VAR] = opts.adminHashPlaceholder ?? admin.hash
    newAdminCode = opts.adminHashPlaceholder ? undefined : admin.newCode
  }
  if (!state) {
    await cloud.createFunction(fn)
    opts.log(`云函数 ${fn.name}：新建（${fn.runtime}，超时 ${fn.timeout} 秒，内存 ${fn.memorySize} MB${fn.triggers.length ? `，触发器 ${fn.triggers.map((t) => t.config).join('、')}` : ''}）`)
    if (newAdminCode) opts.showAdminCode(newAdminCode)
    return
  }
  if (state.Status !== 'Active') throw new DeployError(`云函数 ${fn.name} 现在的状态是 ${state.Status}，不是 Active：请在云开发控制台查看（创建失败的请删除后重新部署）`)
  if (state.Runtime !== fn.runtime) {
    throw new DeployError(`云函数 ${fn.name} 的运行时是 ${state.Runtime}，应为 ${fn.runtime}；运行时建好后不能改：请在控制台删除这个函数后重新部署`)
  }
  const drift = functionDrift(fn, state)
  if (drift.code.length) await cloud.updateFunctionCode(fn)
  if (drift.config.length) await cloud.updateFunctionConfig(fn)
  const changed = [...new Set([...drift.code, ...drift.config])]
  opts.log(`云函数 ${fn.name}：${changed.length ? `更新 ${changed.join('、')}` : '与声明一致'}`)
  await applyTriggers(cloud, fn, state, opts.log)
  if (newAdminCode) opts.showAdminCode(newAdminCode)
}

const keysOf = (index: CreateIndex) => index.MgoKeySchema.MgoIndexKeys.map((k) => `${k.Name}:${k.Direction}`).join(',')

function sameIndex(declared: CreateIndex, state: IndexState): boolean {
  if (!state.Keys) return true
  const keys = state.Keys.map((k) => `${k.Name}:${k.Direction}`).join(',')
  return keys === keysOf(declared) && (state.Unique === undefined || state.Unique === declared.MgoKeySchema.MgoIsUnique)
}

async function applyCollection(cloud: Cloud, c: DesiredCollection, isNew: boolean, log: ApplyOptions['log']) {
  if (isNew) await cloud.createCollection(c.name)
  let created: string[] = []
  if (c.indexes.length) {
    const current = isNew ? [] : await cloud.indexes(c.name)
    for (const index of c.indexes) {
      const found = current.find((s) => s.Name === index.IndexName)
      if (found && !sameIndex(index, found)) {
        throw new DeployError(`集合 ${c.name} 的索引 ${index.IndexName} 已存在但键不同：请在控制台确认后删除它，再重新部署`)
      }
    }
    const missing = c.indexes.filter((i) => !current.some((s) => s.Name === i.IndexName))
    if (missing.length) await cloud.createIndexes(c.name, missing)
    created = missing.map((i) => i.IndexName)
  }
  const acl = isNew ? '' : await cloud.collectionAcl(c.name)
  if (acl !== COLLECTION_ACL) await cloud.setCollectionAcl(c.name, COLLECTION_ACL)
  const did = [isNew && '新建', created.length && `建索引 ${created.join('、')}`, acl !== COLLECTION_ACL && `权限 ${acl || '（新）'}→${COLLECTION_ACL}`].filter(Boolean)
  log(`集合 ${c.name}：${did.length ? did.join('，') : '与声明一致'}`)
}

const sameRule = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** Makes the environment hold what the repo declares. */
export async function applyAll(cloud: Cloud, desired: Desired, opts: ApplyOptions): Promise<void> {
  const env = await cloud.envInfo()
  if (env.region !== opts.region) throw new DeployError(`环境 ${env.envId} 在地域 ${env.region}，而 deploy/environments.json 写的是 ${opts.region}`)
  for (const fn of desired.functions) await applyFunction(cloud, fn, opts)
  const existing = new Set(await cloud.listCollections())
  for (const c of desired.collections) await applyCollection(cloud, c, !existing.has(c.name), opts.log)
  const storage = await cloud.storageRule()
  if (storage.acl !== 'CUSTOM' || !sameRule(storage.rule, desired.storageRule)) {
    await cloud.setStorageRule(desired.storageRule)
    opts.log(`云存储安全规则：设为 ${JSON.stringify(desired.storageRule)}`)
  } else opts.log('云存储安全规则：与 storage.rules.json 一致')
}
