/**
 * A county over several years: BENCH_MATTERS (default 1,000,000) matters at 40 points,
 * one every ~2.4 minutes from January 2022 to June 2026, written in bulk into the local
 * cloud's engine (bench/stored-matters.ts's way) with their roll-ups built from them.
 * Printed: a submission's operations and time with 10,000 and with all of them stored;
 * the county's quarter of 数字 (requests reaching the database service, time and CPU time; the
 * settled quarter three times); one timer
 * run with 500 matters due to close as 未评价 (operations, conflicts retried, time).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { quarterPeriod } from '../domain/kernel/periods'
import { createHandler as createResident } from '../cloudfunctions/resident/handler'
import { createHandler as createScheduler } from '../cloudfunctions/scheduler/handler'
import { createHandler as createStaff } from '../cloudfunctions/staff/handler'
import type { Change } from '../emulator/db/engine'
import type { StoredDoc } from '../emulator/db'
import { createLocalCloud, type LocalCloud } from '../emulator/local-cloud'
import { DEMO, seedDemoData } from '../emulator/seed'
import { countingPort, type OpCounter } from './counting-port'
import { answeredMatter, shifted } from './figures'
import { buildRollupsInBulk } from './rollups'

const MATTERS = Number(process.env.BENCH_MATTERS ?? 1_000_000)
const POINTS = 40
const FIRST = Date.UTC(2022, 0, 1)
const NOW = new Date('2026-07-01T02:00:00Z')
const EVERY_MS = Math.floor((NOW.getTime() - FIRST) / MATTERS)
const DAY = 86_400_000
const DUE = 500
const LEVELS = ['satisfied', 'satisfied', 'basic', 'unsatisfied', 'satisfied'] as const

type Doc = StoredDoc & Record<string, unknown>

/** The i-th stored matter: settled when older than 40 days, else open; the 500 due ones answered 15 days ago, unrated. */
function matterAt(model: Doc, i: number, firstDue: number): Doc {
  const createdAt = FIRST + i * EVERY_MS
  const copy = shifted(model, createdAt - (model.createdAt as Date).getTime()) as Doc
  const pointCode = i % POINTS === 0 ? DEMO.pointCode : `bench${i % POINTS}`
  const doc: Doc = { ...copy, _id: `county-${i}`, no: `C${i}`, requestId: `county-${i}`, ownerOpenid: `county-owner-${i % 50_000}`, pointCode }
  const rating = { ...(copy.rating as object), level: LEVELS[Math.floor(i / POINTS) % LEVELS.length] }
  if (i >= firstDue && i < firstDue + DUE) return { ...doc, status: 'replied', repliedAt: new Date(NOW.getTime() - 15 * DAY), rating: null, closedReason: null, closedAt: null }
  if (NOW.getTime() - createdAt < 40 * DAY) return { ...doc, status: i % 3 ? 'in_progress' : 'accepted', rating: null, closedReason: null, closedAt: null, dueAt: new Date(createdAt + 7 * DAY) }
  if (i % 20 === 7) return { ...doc, status: 'withdrawn', closedReason: 'withdrawn', acceptedAt: null, rating: null, timeline: (doc.timeline as StoredDoc[]).slice(0, 1) }
  if (i % 10 === 3) return { ...doc, closedReason: 'unrated', rating: null }
  return { ...doc, rating }
}

async function store(cloud: LocalCloud, model: Doc, from: number, to: number, firstDue: number) {
  const engine = cloud.db.engine
  const items = engine.collection('items', 'bench')
  for (let start = from; start < to; start += 5_000) {
    const changes: Change[] = []
    for (let i = start; i < Math.min(start + 5_000, to); i++) changes.push({ coll: items, id: `county-${i}`, after: matterAt(model, i, firstDue) })
    await engine.apply('bench', changes)
  }
}

function meter(cloud: LocalCloud) {
  const service = cloud.db.service
  const send = service.send.bind(service)
  const m = { requests: 0 }
  service.send = async (action, params) => {
    m.requests++
    return send(action, params)
  }
  return m
}

export async function countyFigures(report: (key: string, value: number, unit: string) => void) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'shuoshi-bench-county-'))
  const cloud = createLocalCloud({ dataDir, publicBaseUrl: 'http://127.0.0.1:0' })
  const k = MATTERS >= 1_000_000 ? `${MATTERS / 1_000_000}M` : `${MATTERS / 1000}k`
  try {
    await seedDemoData(cloud.port.database({ throwOnNotFound: false }))
    await answeredMatter(cloud, new Date(FIRST))
    const [model] = cloud.db.dump('items') as Doc[]
    const firstDue = Math.floor((NOW.getTime() - 20 * DAY - FIRST) / EVERY_MS)
    const counter: OpCounter = { ops: 0, conflicts: 0 }
    let n = 0
    const resident = createResident(countingPort(cloud.portFor('resident'), counter), { now: () => NOW, submitLimitPerHour: 1_000_000 })
    const submission = async (label: string) => {
      const times: number[] = []
      for (let r = 0; r < 50; r++) {
        counter.ops = 0
        const started = performance.now()
        const res = await cloud.runAs(`county-resident-${n++}`, () =>
          resident({ action: 'item.submit', requestId: `county-submit-${n}`, pointCode: DEMO.pointCode, category: '环境卫生', content: '小区东门的路灯坏了一个多月，晚上出行很不方便', contact: { name: '王五', phone: '13912345678', address: '新东社区幸福路1号' } }),
        )
        times.push(performance.now() - started)
        if (!res.ok) throw new Error(JSON.stringify(res))
      }
      times.sort((a, b) => a - b)
      report(`county.submit.${label}.dbOps`, counter.ops, ' ops')
      report(`county.submit.${label}.p50ms`, Math.round(times[25] * 10) / 10, ' ms')
    }

    console.log(`\n一个县（${POINTS} 个说事点，2022-01 至 2026-06 共 ${MATTERS.toLocaleString()} 件）`)
    let started = performance.now()
    await store(cloud, model, 0, Math.min(10_000, MATTERS), firstDue)
    await submission('stored10k')
    await store(cloud, model, Math.min(10_000, MATTERS), MATTERS, firstDue)
    const built = await buildRollupsInBulk(cloud, NOW)
    console.log(`  写入 ${MATTERS.toLocaleString()} 件和 ${built} 个说事点月汇总：${Math.round((performance.now() - started) / 1000)} s`)
    report(`county.stored${k}.rssMB`, Math.round(process.memoryUsage().rss / 2 ** 20), ' MB')
    report(`county.stored${k}.peakRssMB`, Math.round(process.resourceUsage().maxRSS / 1024), ' MB')
    await submission(`stored${k}`)

    const staff = createStaff(cloud.portFor('staff'), { now: () => NOW, figuresBudgetMs: 600_000 })
    const m = meter(cloud)
    // the settled quarter three times: a full collection of this large heap can land in any one of them
    for (const [name, period] of [['quarter', quarterPeriod(2026, 1)], ['quarter', quarterPeriod(2026, 1)], ['quarter', quarterPeriod(2026, 1)], ['openQuarter', quarterPeriod(2026, 2)]] as const) {
      m.requests = 0
      started = performance.now()
      const cpu = process.cpuUsage()
      const r = await cloud.runAs(DEMO.admin, () => staff({ action: 'figures.get', ...period }))
      const ms = Math.round(performance.now() - started)
      const { user, system } = process.cpuUsage(cpu)
      if (!r.ok) throw new Error(JSON.stringify(r))
      const f = r.data as { collected: number; satisfaction: unknown; overdueNow: number }
      console.log(`  全县 ${period.from}–${period.to}：${f.collected} 件，已逾期 ${f.overdueNow}，满意 ${JSON.stringify(f.satisfaction)}`)
      report(`county.${name}.dbRequests`, m.requests, ' req')
      report(`county.${name}.ms`, ms, ' ms')
      report(`county.${name}.cpuMs`, Math.round((user + system) / 1000), ' ms')
    }

    const timerOps: OpCounter = { ops: 0, conflicts: 0 }
    const scheduler = createScheduler(countingPort(cloud.portFor('scheduler'), timerOps), { now: () => NOW })
    started = performance.now()
    const tick = await scheduler({ action: 'tick' })
    if (!tick.ok) throw new Error(JSON.stringify(tick))
    console.log(`  定时任务：${JSON.stringify(tick.data)}`)
    report(`county.timer.due${DUE}.dbOps`, timerOps.ops, ' ops')
    report(`county.timer.due${DUE}.conflictsRetried`, timerOps.conflicts ?? 0, '')
    report(`county.timer.due${DUE}.ms`, Math.round(performance.now() - started), ' ms')
  } finally {
    await cloud.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
