import { execFileSync, spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadEnvironment } from './environments'
import { uploadPlan } from './upload-weapp'

const root = path.resolve(__dirname, '..')

describe('npm run upload:weapp', () => {
  it('plans the build for the environment and an upload versioned from git, with no function', () => {
    const plan = uploadPlan(loadEnvironment('example'))
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim()
    expect(plan.desc.startsWith(`${sha} `)).toBe(true)
    expect(plan.version).toMatch(/^\d+\.\d+\.\d+/)
    const text = plan.lines.join('\n')
    expect(text).toContain('CLOUD_ENV_ID=shuoshi-example-1g2h3j4k taro build --type weapp')
    expect(text).toContain('appid wx0123456789abcdef')
    expect(text).toContain('不创建、不上传任何云函数')
  })

  it('--plan builds nothing, needs no key and reaches no network', () => {
    // a proxy that answers nothing: any request would fail the run
    const r = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'deploy/upload-weapp.ts', '--env', 'example', '--plan'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, http_proxy: 'http://127.0.0.1:9', https_proxy: 'http://127.0.0.1:9', WEAPP_UPLOAD_KEY: '' },
    })
    expect(r.status, r.stderr).toBe(0)
    expect(r.stdout).toContain('这是计划：没有构建，也没有连接网络。')
  })
})
