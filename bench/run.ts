/**
 * `npm run bench`: figures, printed beside the committed baseline (bench/baseline.json) as
 * ratios. Nothing here asserts a time. `--update-baseline` writes the figures of this run.
 *   - the weapp main package against WeChat's 2 MB limit, and each page's share
 *   - each cloud function's bundle size
 *   - item.submit in the local cloud: database operations per call, calls per second
 *     one after another and 50 at a time
 *   - the same with 100,000 matters stored, and bytes written to disk per call
 *   - one timer run with 100,000 matters stored, 50 of them due: operations and time
 *   - 数字 for a quarter and a month with 100,000 matters stored: requests, bytes and time
 *   - the redaction on its generated corpora: leaks, ordinary characters masked, throughput
 *   - a county's load: one submission's operations named, 1,000 at once over 40 points and
 *     300 at once at one point (p50 / p99, conflicts retried)
 *   - a county over several years, 1,000,000 matters (BENCH_MATTERS): a submission at 10,000
 *     and at all stored, the county's quarter of 数字 from roll-ups, the timer with 500 due
 * `--only=redaction`, `--only=load` or `--only=county` runs that one alone.
 */
import { execSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createHandler } from '../cloudfunctions/resident/handler'
import { createLocalCloud } from '../emulator/local-cloud'
import { DEMO, seedDemoData } from '../emulator/seed'
import { buildFunctions } from '../scripts/build-functions'
import { kb, measureWeapp, PACKAGE_LIMIT_BYTES, WEAPP_DIR } from '../scripts/package-size'
import { countingPort, type OpCounter } from './counting-port'
import { countyFigures } from './county'
import { figuresWithStoredMatters } from './figures'
import { loadFigures } from './load'
import { redactionFigures } from './redaction'
import { submitWithStoredMatters } from './stored-matters'
import { sweepWithStoredMatters } from './sweep'

type Figures = Record<string, number>
const baselineFile = path.join(__dirname, 'baseline.json')
const figures: Figures = {}

function report(key: string, value: number, unit: string) {
  figures[key] = value
  const baseline = existsSync(baselineFile) ? (JSON.parse(readFileSync(baselineFile, 'utf8')) as Figures)[key] : undefined
  const ratio = baseline ? ` ×${(value / baseline).toFixed(2)} of baseline (${baseline}${unit})` : ' (no baseline)'
  console.log(`  ${key.padEnd(34)} ${String(value).padStart(10)}${unit}${ratio}`)
}

function sizes() {
  if (!existsSync(path.join(WEAPP_DIR, 'app.json'))) execSync('npx taro build --type weapp', { stdio: 'inherit' })
  const s = measureWeapp()
  console.log(`\nweapp 主包 ${kb(s.main)}，占 2 MB 限制的 ${((s.main / PACKAGE_LIMIT_BYTES) * 100).toFixed(1)}%`)
  report('weapp.main.bytes', s.main, ' B')
  for (const [root, bytes] of Object.entries(s.subpackages)) report(`weapp.sub.${root}.bytes`, bytes, ' B')
  for (const [page, bytes] of Object.entries(s.pages)) {
    const root = Object.keys(s.subpackages).find((r) => page.startsWith(`${r}/`))
    const whole = root ? s.subpackages[root] : s.main
    console.log(`    page ${page}: ${kb(bytes)} (${((bytes / whole) * 100).toFixed(1)}% of ${root ? `subpackage ${root}` : 'main'})`)
  }
}

async function functionSizes() {
  console.log('\n云函数包')
  for (const { name, bytes } of await buildFunctions()) report(`function.${name}.bytes`, bytes, ' B')
}

async function submitThroughput() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'shuoshi-bench-'))
  const cloud = createLocalCloud({ dataDir, publicBaseUrl: 'http://127.0.0.1:0' })
  try {
    await seedDemoData(cloud.port.database({ throwOnNotFound: false }))
    const counter: OpCounter = { ops: 0 }
    const handler = createHandler(countingPort(cloud.portFor('resident'), counter), { submitLimitPerHour: 1_000_000 })
    let n = 0
    const submit = async () => {
      n++
      const r = await cloud.runAs(`bench-resident-${n % 500}`, () =>
        handler({
          action: 'item.submit',
          requestId: `bench-request-${n}`,
          pointCode: DEMO.pointCode,
          category: '环境卫生',
          content: '小区东门的路灯坏了一个多月，晚上出行很不方便',
          contact: { name: '王五', phone: '13912345678', address: '新东社区幸福路1号' },
        }),
      )
      if (!r.ok) throw new Error(JSON.stringify(r))
    }

    console.log('\nitem.submit（本地云）')
    counter.ops = 0
    await submit()
    report('submit.dbOpsPerCall', counter.ops, ' ops')

    const sequential = 200
    let started = performance.now()
    for (let i = 0; i < sequential; i++) await submit()
    report('submit.sequential.callsPerSec', Math.round(sequential / ((performance.now() - started) / 1000)), '/s')

    const rounds = 4
    const width = 50
    counter.ops = 0
    started = performance.now()
    for (let r = 0; r < rounds; r++) await Promise.all(Array.from({ length: width }, submit))
    report('submit.parallel50.callsPerSec', Math.round((rounds * width) / ((performance.now() - started) / 1000)), '/s')
    report('submit.parallel50.dbOpsPerCall', Math.round((counter.ops / (rounds * width)) * 10) / 10, ' ops')
  } finally {
    await cloud.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

async function main() {
  console.log(`基准（${os.cpus().length} 核，Node ${process.version}）`)
  redactionFigures(report)
  if (process.argv.includes('--only=redaction')) return
  if (process.argv.includes('--only=load')) return loadFigures(report)
  if (process.argv.includes('--only=county')) return countyFigures(report)
  sizes()
  await functionSizes()
  await submitThroughput()
  await loadFigures(report)
  await submitWithStoredMatters(report)
  await sweepWithStoredMatters(report)
  await figuresWithStoredMatters(report)
  if (process.argv.includes('--update-baseline')) {
    writeFileSync(baselineFile, JSON.stringify(figures, null, 2) + '\n')
    console.log(`\nbaseline written to ${path.relative(process.cwd(), baselineFile)}`)
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
