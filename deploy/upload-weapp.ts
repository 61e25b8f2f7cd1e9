/**
 * `npm run upload:weapp -- --env <name> [--plan]`: builds the weapp for that environment
 * and uploads it with miniprogram-ci (robot 1), version and description from git. It only
 * uploads the mini-program's code: it never creates or uploads a cloud function
 * (miniprogram-ci would create one with Nodejs8.9 and timeout 3; `npm run deploy` owns them).
 * Needs WEAPP_UPLOAD_KEY (the upload key's file path) and the machine's IP in the key's whitelist.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { DeployError, loadEnvironment, type Environment } from './environments'
import { SECRET_ENV } from './settings'

const root = path.resolve(__dirname, '..')
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()

export interface UploadPlan {
  appid: string
  envId: string
  version: string
  desc: string
  dirty: boolean
  lines: string[]
}

/** The version is the newest tag (or package.json's version), the description the commit. */
export function uploadPlan(env: Environment): UploadPlan {
  let version: string
  try {
    version = git('describe', '--tags', '--abbrev=0').replace(/^v/, '')
  } catch {
    version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version
  }
  const desc = `${git('rev-parse', '--short', 'HEAD')} ${git('log', '-1', '--format=%s')}`.slice(0, 100)
  const dirty = git('status', '--porcelain', '--untracked-files=no') !== ''
  const lines = [
    `小程序 ${env.appid}，云开发环境 ${env.envId}`,
    `版本 ${version}，说明「${desc}」${dirty ? '（工作区有未提交的改动：上传前请先提交）' : ''}`,
    `1. 构建：CLOUD_ENV_ID=${env.envId} taro build --type weapp → dist/weapp`,
    `2. 上传：miniprogram-ci upload（robot 1，appid ${env.appid}，私钥来自 ${SECRET_ENV.uploadKeyPath}）`,
    '只上传小程序代码，不创建、不上传任何云函数（云函数由 npm run deploy 部署）。',
  ]
  return { appid: env.appid, envId: env.envId, version, desc, dirty, lines }
}

async function upload(env: Environment, plan: UploadPlan) {
  const keyPath = process.env[SECRET_ENV.uploadKeyPath]
  if (!keyPath || !existsSync(keyPath)) throw new DeployError(`需要小程序代码上传密钥：请把 ${SECRET_ENV.uploadKeyPath} 设为密钥文件的路径（小程序后台「开发管理 → 开发设置 → 小程序代码上传」下载）`)
  if (plan.dirty) throw new DeployError('工作区有未提交的改动：请先提交，上传的版本说明取自提交')
  const built = spawnSync('npx', ['taro', 'build', '--type', 'weapp'], { cwd: root, stdio: 'inherit', env: { ...process.env, CLOUD_ENV_ID: env.envId } })
  if (built.status !== 0 || !existsSync(path.join(root, 'dist', 'weapp', 'app.json'))) throw new DeployError('weapp 构建失败，没有上传')
  const ci = await import('miniprogram-ci')
  const project = new ci.Project({ appid: env.appid, type: 'miniProgram', projectPath: root, privateKeyPath: keyPath, ignores: ['node_modules/**/*'] })
  await ci.upload({ project, version: plan.version, desc: plan.desc, robot: 1, setting: { useProjectConfig: true } })
  console.log(`已上传版本 ${plan.version}：请在小程序后台「版本管理」把它设为体验版或提交审核。`)
}

if (process.argv[1] && path.resolve(process.argv[1]) === __filename) {
  const arg = (n: string) => (process.argv.includes(n) ? process.argv[process.argv.indexOf(n) + 1] : undefined)
  const run = async () => {
    const env = loadEnvironment(arg('--env'))
    const plan = uploadPlan(env)
    plan.lines.forEach((l) => console.log(l))
    if (process.argv.includes('--plan') || process.argv.includes('--dry-run')) console.log('这是计划：没有构建，也没有连接网络。')
    else await upload(env, plan)
  }
  run().then(
    () => process.exit(0),
    (e) => {
      console.error(`上传失败：${e instanceof Error ? e.message : String(e)}`)
      process.exit(1)
    },
  )
}
