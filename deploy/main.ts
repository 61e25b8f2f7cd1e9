/**
 * `npm run deploy -- --env <name> --plan | --apply | --check`
 *
 * --plan   prints, in order, every Tencent Cloud API call a deploy to a new environment
 *          makes (secrets elided), the endpoints and region; sends nothing, needs no key.
 * --apply  makes the environment hold what the repo declares (a second run changes
 *          nothing), reads it all back and runs each function's self-check.
 * --check  reads back and self-checks only; exits 1 while anything differs or a 云调用
 *          does not work yet.
 * Secrets come from the process environment only (deploy/settings.ts SECRET_ENV).
 */
import path from 'node:path'
import { applyAll } from './apply'
import { readDesired } from './desired'
import { apiKeyFromProcess, DeployError, loadEnvironment, secretValues, type Environment } from './environments'
import type { ManagerCloud } from './manager-cloud'
import { PlanCloud } from './plan-cloud'
import { readBack } from './readback'
import { ENDPOINTS, SECRET_ENV } from './settings'

const ADMIN_HASH_PLACEHOLDER = '<部署时生成：初始管理员码的 SHA-256>'

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}
const flag = (name: string) => process.argv.includes(name)

/** Every line goes through here: a secret value never reaches the terminal. */
function say(line: string, stream: NodeJS.WriteStream = process.stdout) {
  let out = line
  for (const secret of secretValues()) out = out.split(secret).join('***')
  stream.write(`${out}\n`)
}

function header(env: Environment) {
  say(`环境 ${env.name}：${env.envId}（小程序 ${env.appid}，地域 ${env.region}）`)
  say(`接口：tcb ${ENDPOINTS.tcb}，scf ${ENDPOINTS.scf}（X-TC-Region: ${env.region}）`)
}

async function plan(env: Environment, functionsDir?: string) {
  const desired = readDesired(env, functionsDir)
  const cloud = new PlanCloud(env.envId, env.region)
  await applyAll(cloud, desired, { region: env.region, adminHashPlaceholder: ADMIN_HASH_PLACEHOLDER, log: () => {}, showAdminCode: () => {} })
  await readBack(cloud, desired)
  if (flag('--json')) {
    say(JSON.stringify({ envId: env.envId, region: env.region, endpoints: ENDPOINTS, calls: cloud.calls }, null, 1))
    return
  }
  header(env)
  say('部署到一个新环境时，按顺序发出的 API 调用（已有的环境里，与声明一致的写操作会跳过）：')
  cloud.calls.forEach((c, i) => say(`${String(i + 1).padStart(4)}. ${c.service} ${c.action} ${JSON.stringify(c.params)}`))
  say(`共 ${cloud.calls.length} 个调用。这是计划：没有发出任何请求。加 --apply 并设置 ${SECRET_ENV.secretId} / ${SECRET_ENV.secretKey} 才会执行。`)
}

async function check(cloud: ManagerCloud, env: Environment, functionsDir?: string): Promise<number> {
  const desired = readDesired(env, functionsDir)
  const back = await readBack(cloud, desired)
  say('')
  say('环境里现在有：')
  back.lines.forEach((l) => say(l))
  for (const d of back.drift) say(`与声明不同：${d}`, process.stderr)
  if (back.notWorking.length) {
    say('')
    say(`还有 ${back.notWorking.length} 项云调用不能用：${back.notWorking.map((n) => `${n.fn} ${n.api}（${n.result}）`).join('、')}。`)
    say('请按 README「部署」第 7 步，用微信开发者工具对这些云函数「更新权限配置」（上传 config.json），约 10 分钟后生效，再运行 npm run deploy -- --env ' + env.name + ' --check。')
  }
  return back.drift.length ? 1 : flag('--check') && back.notWorking.length ? 1 : 0
}

async function main(): Promise<number> {
  const env = loadEnvironment(arg('--env'))
  const functionsDir = arg('--functions-dir') ? path.resolve(arg('--functions-dir')!) : undefined
  if (!flag('--apply') && !flag('--check')) {
    await plan(env, functionsDir)
    return 0
  }
  const key = apiKeyFromProcess()
  // loaded only here: a plan needs none of it
  const { ManagerCloud } = await import('./manager-cloud')
  const cloud = new ManagerCloud(env, key)
  header(env)
  if (flag('--apply')) {
    const desired = readDesired(env, functionsDir)
    await applyAll(cloud, desired, {
      region: env.region,
      firstAdminCode: process.env[SECRET_ENV.firstAdminCode] || undefined,
      renewAdminCode: flag('--new-admin-code'),
      log: (l) => say(l),
      showAdminCode: (code) => {
        say('')
        say(`第一位管理员的设置码（只显示这一次，请直接交给管理员本人）：${code}`)
        say('在小程序「我的 → 我是工作人员，输入邀请码」输入即成为管理员；用过一次即失效。丢了可用 --new-admin-code 重新生成。')
        say('')
      },
    })
  }
  const code = await check(cloud, env, functionsDir)
  if (code) say('部署后读回的状态与声明不同（见上）。', process.stderr)
  return code
}

main().then(
  (code) => process.exit(code),
  (e) => {
    say(`部署失败：${e instanceof DeployError ? e.message : e instanceof Error ? e.message : String(e)}`, process.stderr)
    process.exit(1)
  },
)
