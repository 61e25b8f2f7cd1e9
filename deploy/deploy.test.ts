/**
 * The real, unmodified manager-node 5.6.5 deploys to a local fake of the Tencent Cloud API
 * (fake-cloud/): a child process reaches it through http_proxy, trusting a throw-away CA.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildFunctions } from '../scripts/build-functions'
import { firstAdminCodeHash } from '../cloudfunctions/points/first-admin'
import { apiKeyFromProcess, loadEnvironment } from './environments'
import { FakeEnvironment } from './fake-cloud/model'
import { startFakeTencentCloud, type FakeTencentCloud, type RecordedCall } from './fake-cloud/server'
import { PLACEHOLDER } from './plan-cloud'

const root = path.resolve(__dirname, '..')
const example = JSON.parse(readFileSync(path.join(__dirname, 'environments.json'), 'utf8')).environments.example
const GOLDEN = path.join(__dirname, 'golden', 'example-first-apply.json')
const KEY = { id: 'AKIDtestDeploy0123456789abcdefXYZ', secret: 'test-secret-key-0123456789abcdefgh' }
const GIVEN_ADMIN_CODE = 'GIVENCODE2345678'
const WRITES = /^(Create|Update|Modify|BatchCreate|Delete)/

let fake: FakeTencentCloud
let functionsDir: string
let afterFirstApply: FakeEnvironment
let first: Run

const freshEnvironment = (extra: Partial<ConstructorParameters<typeof FakeEnvironment>[0]> = {}) =>
  new FakeEnvironment({
    envId: example.envId,
    region: example.region,
    selfChecks: {
      resident: [
        { api: 'security.msgSecCheck', result: 'ok' },
        { api: 'subscribeMessage.send', result: 'not_permitted', detail: '-604101' },
      ],
    },
    ...extra,
  })

interface Run {
  code: number
  out: string
  calls: RecordedCall[]
}

/** `npm run deploy` after its build step: the same program, with the test's functions folder. */
function deploy(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  const childEnv: Record<string, string | undefined> = { ...process.env }
  for (const k of ['https_proxy', 'HTTPS_PROXY', 'HTTP_PROXY', 'no_proxy', 'NO_PROXY', 'TCB_BASE_URL', 'TCB_REGION', 'TENCENTCLOUD_SECRETID', 'TENCENTCLOUD_SECRETKEY', 'SHUOSHI_FIRST_ADMIN_CODE']) {
    delete childEnv[k]
  }
  Object.assign(childEnv, { http_proxy: fake.proxyUrl, NODE_EXTRA_CA_CERTS: fake.caFile, TENCENTCLOUD_SECRETID: KEY.id, TENCENTCLOUD_SECRETKEY: KEY.secret }, env)
  const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'deploy/main.ts', ...(args.includes('--env') ? [] : ['--env', 'example']), '--functions-dir', functionsDir, ...args], {
    cwd: root,
    env: childEnv as NodeJS.ProcessEnv,
  })
  let out = ''
  child.stdout.on('data', (d) => (out += d))
  child.stderr.on('data', (d) => (out += d))
  return new Promise((resolve) =>
    child.on('close', (code) => {
      // no secret ever reaches the output
      for (const secret of [KEY.id, KEY.secret, GIVEN_ADMIN_CODE]) expect(out).not.toContain(secret)
      resolve({ code: code ?? -1, out, calls: [...fake.calls] })
    }),
  )
}

const sorted = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(sorted) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted((v as Record<string, unknown>)[k])])) : v

/** A call as one line, keys sorted, with what changes from run to run replaced by the plan's placeholders. */
function normalise(call: { service: string; action: string; params: Record<string, unknown> }) {
  const text = JSON.stringify(sorted(call.params))
    .replace(/"ZipFile":"[^"]*"/g, `"ZipFile":"${PLACEHOLDER.zip}"`)
    .replace(/"DatabaseName":"[^"]*"/g, `"DatabaseName":"${PLACEHOLDER.database}"`)
    .replace(/"Bucket":"[^"]*"/g, `"Bucket":"${PLACEHOLDER.bucket}"`)
    .replace(/代码 [0-9a-f]{12}/g, '代码 <hash>')
    .replace(/("Key":"BOOTSTRAP_ADMIN_CODE_SHA256","Value":")[^"]*"/g, '$1<hash>"')
  return `${call.service} ${call.action} ${text}`
}

beforeAll(async () => {
  functionsDir = mkdtempSync(path.join(os.tmpdir(), 'shuoshi-deploy-fns-'))
  await buildFunctions(functionsDir)
  fake = await startFakeTencentCloud(freshEnvironment(), { [KEY.id]: KEY.secret })
  first = await deploy(['--apply'])
  afterFirstApply = fake.model().clone()
}, 120_000)

afterAll(async () => {
  await fake?.stop()
  rmSync(functionsDir, { recursive: true, force: true })
  rmSync(fake?.caFile ?? '', { force: true })
})

describe('npm run deploy', () => {
  it('--plan needs no key, opens no connection, and lists the golden calls', async () => {
    fake.use(freshEnvironment())
    const before = fake.connections
    const r = await deploy(['--plan', '--json'], { TENCENTCLOUD_SECRETID: '', TENCENTCLOUD_SECRETKEY: '' })
    expect(r.code).toBe(0)
    expect(fake.connections).toBe(before)
    const plan = JSON.parse(r.out.slice(r.out.indexOf('{'))) as { region: string; calls: RecordedCall[] }
    expect(plan.region).toBe('ap-shanghai')
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, `${JSON.stringify(plan.calls.map(normalise), null, 1)}\n`)
    expect(plan.calls.map(normalise)).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')))
  })

  it('the first --apply makes exactly the golden calls, signed, and builds everything declared', async () => {
    expect(first.code, first.out).toBe(0)
    expect(fake.refused).toEqual([])
    // the only errors: GetFunction finding no function yet
    expect(first.calls.filter((c) => c.error).map((c) => `${c.action} ${c.error}`)).toEqual(Array(3).fill('GetFunction ResourceNotFound.Function'))
    expect(first.calls.every((c) => c.region === 'ap-shanghai')).toBe(true)
    expect(first.calls.map(normalise)).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')))

    const env = afterFirstApply
    for (const name of ['resident', 'scheduler', 'staff']) {
      const config = JSON.parse(readFileSync(path.join(root, 'cloudfunctions', name, 'config.json'), 'utf8'))
      expect(env.functions.get(name)).toMatchObject({ Runtime: 'Nodejs18.15', Handler: 'index.main', Timeout: config.timeout, InstallDependency: 'TRUE' })
    }
    expect(env.functions.get('scheduler')!.Triggers).toEqual([{ TriggerName: 'hourly', Type: 'timer', TriggerDesc: '{"cron":"0 0 * * * * *"}' }])
    expect(env.functions.get('resident')!.Environment.Variables).toEqual([{ Key: 'SUBMIT_LIMIT_PER_HOUR', Value: '5' }])
    expect([...env.tables.values()].every((t) => t.AclTag === 'ADMINONLY')).toBe(true)
    expect(env.tables.get('items')!.Indexes.map((i) => i.Name)).toContain('no_unique')
    expect(JSON.parse(env.storage.Rule)).toEqual(JSON.parse(readFileSync(path.join(root, 'storage.rules.json'), 'utf8')))

    // the first-admin code is shown once; the function holds only its hash
    const shown = /第一位管理员的设置码[^：]*：([A-Z2-9 ]{19})/.exec(first.out)?.[1]
    expect(shown).toBeTruthy()
    const vars = env.functions.get('staff')!.Environment.Variables
    expect(vars).toEqual([{ Key: 'BOOTSTRAP_ADMIN_CODE_SHA256', Value: firstAdminCodeHash(shown!) }])
    expect(JSON.stringify(first.calls)).not.toContain(shown!.replace(/ /g, ''))
    // the read-back table and the self-check's verdicts
    expect(first.out).toMatch(/scheduler\s+Active\s+Nodejs18\.15\s+60 秒\s+256 MB\s+hourly 0 0 \* \* \* \* \*/)
    expect(first.out).toMatch(/resident\s+subscribeMessage\.send\s+not_permitted/)
    expect(first.out).toContain('更新权限配置')
  })

  it('a second --apply only reads, and changes nothing', async () => {
    fake.use(afterFirstApply.clone())
    const r = await deploy(['--apply'])
    expect(r.code, r.out).toBe(0)
    expect(r.calls.filter((c) => WRITES.test(c.action)).map((c) => c.action)).toEqual([])
    expect(fake.model().snapshot()).toEqual(afterFirstApply.snapshot())
    expect(r.out).not.toContain('第一位管理员的设置码')
    expect(r.out).toContain('云函数 staff：与声明一致')
  })

  it('a first-admin code given in the process environment replaces the hash and is never printed', async () => {
    fake.use(afterFirstApply.clone())
    const r = await deploy(['--apply'], { SHUOSHI_FIRST_ADMIN_CODE: GIVEN_ADMIN_CODE })
    expect(r.code, r.out).toBe(0)
    expect(r.calls.filter((c) => WRITES.test(c.action)).map((c) => `${c.action} ${c.params.FunctionName}`)).toEqual(['UpdateFunctionConfiguration staff'])
    expect(fake.model().functions.get('staff')!.Environment.Variables).toEqual([{ Key: 'BOOTSTRAP_ADMIN_CODE_SHA256', Value: firstAdminCodeHash(GIVEN_ADMIN_CODE) }])
  })

  it('a bad key stops at the first call with a clear message', async () => {
    fake.use(freshEnvironment())
    const r = await deploy(['--apply'], { TENCENTCLOUD_SECRETKEY: 'wrong-secret-key-0123456789abcdef' })
    expect(r.code).not.toBe(0)
    expect(r.out).toContain('腾讯云不认这把 API 密钥（AuthFailure.SignatureFailure）')
    expect(r.calls.map((c) => c.action)).toEqual(['DescribeEnvInfo'])
  })

  it('a missing environment stops with a clear message and writes nothing', async () => {
    fake.use(new FakeEnvironment({ envId: 'someone-elses-env', region: example.region }))
    const r = await deploy(['--apply'])
    expect(r.code).not.toBe(0)
    expect(r.out).toContain(`云开发环境 ${example.envId} 不存在`)
    expect(r.calls.map((c) => c.action)).toEqual(['DescribeEnvInfo'])
  })

  it('a failed install of dependencies stops the deploy with a clear message', async () => {
    fake.use(freshEnvironment({ failInstall: ['resident'] }))
    const r = await deploy(['--apply'])
    expect(r.code).not.toBe(0)
    expect(r.out).toContain('云函数 resident 没有建成')
    expect(r.out).toContain('npm install wx-server-sdk 失败')
    expect(r.calls.some((c) => c.action === 'CreateTable' || c.params.FunctionName === 'staff')).toBe(false)
  })

  it('knows only the environments in environments.json, and takes keys from the process environment only', () => {
    expect(() => loadEnvironment('nowhere')).toThrow('deploy/environments.json 里没有环境「nowhere」（有：example）')
    expect(() => apiKeyFromProcess({} as NodeJS.ProcessEnv)).toThrow(/TENCENTCLOUD_SECRETID 和 TENCENTCLOUD_SECRETKEY/)
    expect(readFileSync(path.join(__dirname, 'environments.json'), 'utf8')).not.toMatch(/secret|AKID/i)
  })
})
