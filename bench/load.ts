/**
 * A county's load on item.submit in the local cloud: the database operations of one
 * submission, each named with what it is for; then 1,000 submissions at once over 40
 * points and 300 at once at one point: p50 / p99 latency, write conflicts retried, and
 * whether every point's numbers came out consecutive.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector'
import os from 'node:os'
import path from 'node:path'
import { createHandler } from '../cloudfunctions/resident/handler'
import { createLocalCloud, type LocalCloud } from '../emulator/local-cloud'
import { DEMO, seedDemoData } from '../emulator/seed'
import { countingPort, type OpCounter } from './counting-port'

type Report = (key: string, value: number, unit: string) => void

/** What each operation of a submission is for (bench/counting-port.ts names them). */
const PURPOSE: Record<string, string> = {
  'points.where.get': 'the point, active, with its routing table and lead cadre',
  'tx:items.doc.get': 'the matter by its request-stable id: a repeated request finds it',
  'ratelimits.doc.get': 'the rate limit read before a number is claimed, so a refusal leaves no gap',
  'tx:ratelimits.doc.get': 'the resident’s own recent submissions, counted again where they are recorded',
  'tx:ratelimits.doc.set': 'records this submission against the rate limit',
  'counters.doc.update': 'claims the point’s next number (atomic addToSet, no transaction)',
  'counters.doc.get': 'reads the point’s month list: the matter’s place is its number',
  'tx:staff.doc.get': 'the responsible cadre (routing table, else the lead cadre), active',
  'tx:items.doc.set': 'writes the matter',
  'tx:outbox.doc.set': 'queues the subscription message to the cadre (same transaction)',
  'tx:messages.doc.set': 'the cadre’s in-app message',
  'staff.doc.get': 'the cadre again after commit: still active? (else hand the matter on)',
  'tx:subscriptions.doc.get': 'the cadre’s subscription quota: none here, so the message is in-app only at once (nothing to send)',
  'tx:outbox.doc.get': 'with quota only: the sender claims the queued message (lease)',
  'tx:outbox.doc.update': 'with quota only: sending, and the result in one more transaction',
}

/** The submission's transactions, in order (each is a start and a commit request). */
const TRANSACTIONS = [
  'registers the matter: the tx: operations below, all or nothing',
  'with quota only, the immediate send: claims the queued message under a lease',
]

const submitEvent = (n: string, pointCode: string) => ({
  action: 'item.submit',
  requestId: `bench-load-request-${n}`,
  pointCode,
  category: '环境卫生',
  content: '小区东门的路灯坏了一个多月，晚上出行很不方便',
  contact: { name: '王五', phone: '13912345678', address: '新东社区幸福路1号' },
})

async function addPoints(cloud: LocalCloud, count: number): Promise<string[]> {
  const db = cloud.port.database({ throwOnNotFound: false })
  const codes = Array.from({ length: count }, (_, i) => `bench${String(i + 1).padStart(2, '0')}`)
  for (const code of codes) {
    const lead = `bench-lead-${code}`
    await db.collection('staff').doc(lead).set({ data: { openid: lead, name: '点负责人', roles: ['cadre'], points: [code], active: true } })
    const point = { code, name: `测试说事点${code}`, kind: 'talk', community: '测试社区', address: '测试路 1 号', openHours: '每周三', leadCadre: lead, routing: {}, active: true }
    await db.collection('points').doc(`point-${code}`).set({ data: point })
  }
  return codes
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

async function atOnce(cloud: LocalCloud, counter: OpCounter, handler: ReturnType<typeof createHandler>, tag: string, pointOf: (i: number) => string, count: number) {
  counter.conflicts = 0
  const latencies: number[] = []
  const cpu = process.cpuUsage()
  const profile = await startProfile()
  const results = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const started = performance.now()
      const r = await cloud.runAs(`bench-load-${tag}-${i}`, () => handler(submitEvent(`${tag}-${i}`, pointOf(i))))
      latencies.push(performance.now() - started)
      return { point: pointOf(i), r }
    }),
  )
  const { user, system } = process.cpuUsage(cpu)
  await profile?.(tag)
  const failed = results.filter(({ r }) => !r.ok).length
  const byPoint = new Map<string, number[]>()
  for (const { point, r } of results) if (r.ok) byPoint.set(point, [...(byPoint.get(point) ?? []), Number(String((r.data as { no: string }).no).slice(-3))])
  const broken = [...byPoint.values()].filter((seqs) => seqs.sort((a, b) => a - b).some((s, i) => s !== i + 1)).length
  latencies.sort((a, b) => a - b)
  return { failed, broken, p50: Math.round(percentile(latencies, 50)), p99: Math.round(percentile(latencies, 99)), conflicts: counter.conflicts, cpuMs: Math.round((user + system) / 1000) }
}

/** With BENCH_PROFILE=<folder>: a CPU profile of this stretch alone (node:inspector), written there; open it in Chrome DevTools. */
async function startProfile(): Promise<((tag: string) => Promise<void>) | null> {
  const dir = process.env.BENCH_PROFILE
  if (!dir) return null
  const session = new Session()
  session.connect()
  const post = (method: string) => new Promise<unknown>((resolve, reject) => session.post(method, (err, out) => (err ? reject(err) : resolve(out))))
  await post('Profiler.enable')
  await post('Profiler.start')
  return async (tag) => {
    const { profile } = (await post('Profiler.stop')) as { profile: unknown }
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, `load-${tag}.cpuprofile`), JSON.stringify(profile))
    session.disconnect()
  }
}

export async function loadFigures(report: Report) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'shuoshi-bench-load-'))
  const cloud = createLocalCloud({ dataDir, publicBaseUrl: 'http://127.0.0.1:0' })
  try {
    await seedDemoData(cloud.port.database({ throwOnNotFound: false }))
    const codes = await addPoints(cloud, 41)
    const counter: OpCounter = { ops: 0, log: [] }
    const handler = createHandler(countingPort(cloud.portFor('resident'), counter), { submitLimitPerHour: 1_000_000 })

    await cloud.runAs('bench-load-first', () => handler(submitEvent('first', DEMO.pointCode)))
    counter.ops = 0
    counter.log = []
    await cloud.runAs('bench-load-one', () => handler(submitEvent('one', DEMO.pointCode)))
    console.log(`\n一次登记的数据库操作（${counter.ops} 次）`)
    let transactions = 0
    for (const op of counter.log) console.log(`    ${op.padEnd(26)} ${op === 'transaction' ? (TRANSACTIONS[transactions++] ?? '?') : (PURPOSE[op] ?? '?')}`)
    report('load.submit.dbOps', counter.ops, ' ops')
    counter.log = undefined

    const shapes = [
      { key: 'county1000', title: '1,000 件同时登记，分布在 40 个说事点', pointOf: (i: number) => codes[i % 40], count: 1000 },
      { key: 'point300', title: '300 件同时登记，同一个说事点', pointOf: () => codes[40], count: 300 },
    ]
    for (const shape of shapes) {
      const r = await atOnce(cloud, counter, handler, shape.key, shape.pointOf, shape.count)
      console.log(`\n${shape.title}`)
      report(`load.${shape.key}.p50`, r.p50, ' ms')
      report(`load.${shape.key}.p99`, r.p99, ' ms')
      report(`load.${shape.key}.cpuMs`, r.cpuMs, ' ms')
      report(`load.${shape.key}.conflictsRetried`, r.conflicts ?? 0, '')
      report(`load.${shape.key}.failed`, r.failed, '')
      report(`load.${shape.key}.pointsNotConsecutive`, r.broken, '')
    }
    report('load.rssMB', Math.round(process.memoryUsage().rss / 2 ** 20), ' MB')
  } finally {
    await cloud.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
