/**
 * What the repo declares an environment should hold: each built function with every
 * setting stated, the collections with their indexes, the storage rule.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { COLLECTIONS } from '../cloudfunctions/indexes'
import { createIndexesFor, type CreateIndex } from '../scripts/provision-indexes'
import { DeployError, type Environment } from './environments'
import { DEFAULT_MEMORY_MB, HANDLER, INSTALL_DEPENDENCY, MAX_ZIP_BYTES, RUNTIME } from './settings'

export interface TimerTrigger {
  name: string
  type: 'timer'
  /** CloudBase's 7-field cron */
  config: string
}

export interface DesiredFunction {
  name: string
  /** the built folder (dist/cloudfunctions/<name>) */
  dir: string
  runtime: string
  handler: string
  installDependency: boolean
  timeout: number
  memorySize: number
  /** the full set, without the first admin's variable (the deploy adds it) */
  env: Record<string, string>
  triggers: TimerTrigger[]
  /** 云调用 granted in config.json, for the self-check */
  permissions: string[]
  /** carries the code's hash, so a second deploy knows the code is already there */
  description: string
  bytes: number
}

export interface DesiredCollection {
  name: string
  indexes: CreateIndex[]
}

export interface Desired {
  functions: DesiredFunction[]
  collections: DesiredCollection[]
  storageRule: { read: unknown; write: unknown }
}

const root = path.resolve(__dirname, '..')

interface FunctionConfig {
  timeout?: number
  memorySize?: number
  triggers?: { name: string; type: string; config: string }[]
  permissions?: { openapi?: string[] }
}

function filesOf(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix))
    .filter((f) => f !== 'node_modules')
    .flatMap((f) => {
      const rel = path.join(prefix, f)
      return statSync(path.join(dir, rel)).isDirectory() ? filesOf(dir, rel) : [rel]
    })
    .sort()
}

/** SHA-256 over the folder's file names and contents: the same build gives the same hash. */
export function codeHash(dir: string): { hash: string; bytes: number } {
  const h = createHash('sha256')
  let bytes = 0
  for (const rel of filesOf(dir)) {
    const content = readFileSync(path.join(dir, rel))
    bytes += content.length
    h.update(`${rel}\0${content.length}\0`).update(content)
  }
  return { hash: h.digest('hex'), bytes }
}

export const descriptionFor = (name: string, hash: string) => `说事 ${name} 代码 ${hash.slice(0, 12)}`

function desiredFunction(dir: string, name: string, env: Environment): DesiredFunction {
  const config = JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8')) as FunctionConfig
  if (typeof config.timeout !== 'number') throw new DeployError(`云函数 ${name} 的 config.json 没有写 timeout`)
  const triggers = (config.triggers ?? []).map((t) => {
    if (t.type !== 'timer') throw new DeployError(`云函数 ${name} 的触发器 ${t.name} 不是定时触发器`)
    if (t.config.trim().split(/\s+/).length !== 7) throw new DeployError(`云函数 ${name} 的触发器 ${t.name} 不是 7 段 cron：${t.config}`)
    return { name: t.name, type: 'timer' as const, config: t.config }
  })
  const { hash, bytes } = codeHash(dir)
  if (bytes > MAX_ZIP_BYTES * 4) throw new DeployError(`云函数 ${name} 的代码 ${(bytes / 1024).toFixed(0)} KB，压缩后会超过 1.5 MB`)
  return {
    name,
    dir,
    runtime: RUNTIME,
    handler: HANDLER,
    installDependency: INSTALL_DEPENDENCY,
    timeout: config.timeout,
    memorySize: config.memorySize ?? DEFAULT_MEMORY_MB,
    env: { ...(env.functionEnv[name] ?? {}) },
    triggers,
    permissions: config.permissions?.openapi ?? [],
    description: descriptionFor(name, hash),
    bytes,
  }
}

/** Reads the built functions (npm run build:functions) and the repo's declarations. */
export function readDesired(env: Environment, functionsDir = path.join(root, 'dist', 'cloudfunctions')): Desired {
  if (!existsSync(functionsDir)) throw new DeployError(`没有找到构建好的云函数（${path.relative(root, functionsDir) || functionsDir}）：请先运行 npm run build:functions`)
  const names = readdirSync(functionsDir)
    .filter((n) => existsSync(path.join(functionsDir, n, 'index.js')))
    .sort()
  if (!names.length) throw new DeployError('构建目录里没有云函数：请先运行 npm run build:functions')
  for (const name of Object.keys(env.functionEnv)) {
    if (!names.includes(name)) throw new DeployError(`environments.json 给不存在的云函数 ${name} 设置了环境变量`)
  }
  return {
    functions: names.map((n) => desiredFunction(path.join(functionsDir, n), n, env)),
    collections: COLLECTIONS.map((name) => ({ name, indexes: createIndexesFor(name) })),
    storageRule: JSON.parse(readFileSync(path.join(root, 'storage.rules.json'), 'utf8')) as Desired['storageRule'],
  }
}
