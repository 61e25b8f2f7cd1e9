/** The environments named in deploy/environments.json (no secrets), and the secrets from the process environment. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { SECRET_ENV } from './settings'

export interface Environment {
  /** the name used on the command line (`--env example`) */
  name: string
  envId: string
  appid: string
  region: string
  /** non-secret environment variables per function */
  functionEnv: Record<string, Record<string, string>>
}

export class DeployError extends Error {}

const FILE = path.join(__dirname, 'environments.json')

export function loadEnvironment(name: string | undefined, file = FILE): Environment {
  const { environments } = JSON.parse(readFileSync(file, 'utf8')) as { environments: Record<string, Omit<Environment, 'name'>> }
  const names = Object.keys(environments)
  if (!name) throw new DeployError(`请用 --env 指定环境：${names.join('、')}`)
  const env = environments[name]
  if (!env) throw new DeployError(`deploy/environments.json 里没有环境「${name}」（有：${names.join('、')}）`)
  for (const key of ['envId', 'appid', 'region'] as const) {
    if (typeof env[key] !== 'string' || !env[key]) throw new DeployError(`环境「${name}」缺少 ${key}`)
  }
  return { name, ...env, functionEnv: env.functionEnv ?? {} }
}

export interface ApiKey {
  secretId: string
  secretKey: string
  token?: string
}

/** The API key pair, from the process environment only. */
export function apiKeyFromProcess(env: NodeJS.ProcessEnv = process.env): ApiKey {
  const secretId = env[SECRET_ENV.secretId]
  const secretKey = env[SECRET_ENV.secretKey]
  if (!secretId || !secretKey) {
    throw new DeployError(`需要腾讯云 API 密钥：请设置环境变量 ${SECRET_ENV.secretId} 和 ${SECRET_ENV.secretKey}（子账号密钥，权限见 README「部署」）`)
  }
  return { secretId, secretKey, token: env[SECRET_ENV.sessionToken] || undefined }
}

/** Every secret value in the process environment, so output can be checked for none of them. */
export function secretValues(env: NodeJS.ProcessEnv = process.env): string[] {
  return Object.values(SECRET_ENV)
    .map((k) => env[k])
    .filter((v): v is string => typeof v === 'string' && v.length >= 4)
}
