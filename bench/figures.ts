/**
 * 数字 with 100,000 matters stored, one every 10 minutes from July 2024 to May 2026 at 40
 * points (so a quarter holds about 13,000 of them in all, 324 at one point): the requests
 * that reach the local database service, the bytes it answers with, and the time, for
 * figures.get over one quarter for a point's leader and for an admin over every point,
 * and over one month for the admin. Beside them, the bytes the admin's quarter would take
 * read whole, without the projection. The local engine has no secondary indexes and scans
 * every matter for each request (about half a second here), so its time grows with the
 * collection where CloudBase's, served by the createdAt indexes, grows with the period.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { quarterPeriod, monthPeriod, periodInstants } from '../domain/kernel/periods'
import { createHandler as createResident } from '../cloudfunctions/resident/handler'
import { createHandler as createStaff } from '../cloudfunctions/staff/handler'
import type { StoredDoc } from '../emulator/db'
import { createLocalCloud, type LocalCloud } from '../emulator/local-cloud'
import { DEMO, seedDemoData } from '../emulator/seed'
import { copyMatters, STORED_MATTERS, submitModelMatter } from './stored-matters'
import { buildRollupsInBulk } from './rollups'

const FIRST = Date.UTC(2024, 6, 1)
const EVERY_MS = 600_000
const POINTS = 40

/** Every Date in a document moved by `ms`. */
export function shifted<T>(v: T, ms: number): T {
  if (v instanceof Date) return new Date(v.getTime() + ms) as T
  if (Array.isArray(v)) return v.map((x) => shifted(x, ms)) as T
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shifted(x, ms)])) as T
  return v
}

/** One matter taken through 受理, 答复 and 评议 by the real actions: the model of the copies. */
export async function answeredMatter(cloud: LocalCloud, at: Date): Promise<void> {
  const clock = { now: () => at }
  const resident = createResident(cloud.portFor('resident'), { ...clock, submitLimitPerHour: 10 })
  const staff = createStaff(cloud.portFor('staff'), clock)
  const id = await submitModelMatter(cloud, resident, 'bench-figures-resident')
  const steps: [string, object][] = [
    [DEMO.leader, { action: 'item.accept', id, track: 'local', importance: 'normal', tier: 'cadre' }],
    [DEMO.leader, { action: 'item.progress', id, note: '已联系物业，明天来修', visibleToResident: true }],
    [DEMO.leader, { action: 'item.reply', id, answer: '路灯已经修好，物业会定期巡查', unit: '社区居委会', handler: '张建国' }],
  ]
  for (const [who, event] of steps) {
    const s = await cloud.runAs(who, () => staff(event))
    if (!s.ok) throw new Error(JSON.stringify(s))
  }
  const rated = await cloud.runAs('bench-figures-resident', () => resident({ action: 'item.rate', id, level: 'satisfied', solved: true, opinion: '修得很快，谢谢' }))
  if (!rated.ok) throw new Error(JSON.stringify(rated))
}

/** Counts the requests reaching the database service and the bytes of its answers. */
function meter(cloud: LocalCloud) {
  const service = cloud.db.service
  const send = service.send.bind(service)
  const m = { requests: 0, bytes: 0 }
  service.send = async (action, params) => {
    m.requests++
    const answer = await send(action, params)
    m.bytes += JSON.stringify(answer).length
    return answer
  }
  return m
}

export async function figuresWithStoredMatters(report: (key: string, value: number, unit: string) => void) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'shuoshi-bench-figures-'))
  const cloud = createLocalCloud({ dataDir, publicBaseUrl: 'http://127.0.0.1:0' })
  try {
    await seedDemoData(cloud.port.database({ throwOnNotFound: false }))
    const modelAt = new Date(FIRST)
    await answeredMatter(cloud, modelAt)
    const [model] = cloud.db.dump('items')
    const LEVELS = ['satisfied', 'satisfied', 'basic', 'unsatisfied', 'satisfied'] as const
    await copyMatters(cloud, STORED_MATTERS, (i) => {
      // copyMatters gives each its own id, number, request and owner
      const { _id: _i, no: _n, requestId: _r, ownerOpenid: _o, ...copy } = shifted(model, i * EVERY_MS) as StoredDoc & { rating: { level: string } }
      const pointCode = i % POINTS === 0 ? DEMO.pointCode : `bench${i % POINTS}`
      return { ...copy, pointCode, rating: { ...copy.rating, level: LEVELS[Math.floor(i / POINTS) % LEVELS.length] } }
    })
    const now = new Date('2026-06-01T02:00:00Z')
    await buildRollupsInBulk(cloud, now)
    // the local engine's scans would run past the function's budget: measured whole here
    const staff = createStaff(cloud.portFor('staff'), { now: () => now, figuresBudgetMs: 600_000 })
    const m = meter(cloud)

    const measure = async (name: string, who: string, period: { from: string; to: string }, pointCode?: string) => {
      m.requests = 0
      m.bytes = 0
      const started = performance.now()
      const r = await cloud.runAs(who, () => staff({ action: 'figures.get', ...(pointCode ? { pointCode } : {}), ...period }))
      const ms = Math.round(performance.now() - started)
      if (!r.ok) throw new Error(JSON.stringify(r))
      const f = r.data as { collected: number; onTime: unknown; satisfaction: unknown }
      console.log(`  ${name} ${period.from}–${period.to}: ${f.collected} 件，按期 ${JSON.stringify(f.onTime)}，满意 ${JSON.stringify(f.satisfaction)}`)
      report(`figures100k.${name}.dbRequests`, m.requests, ' req')
      report(`figures100k.${name}.bytesFromDb`, m.bytes, ' B')
      report(`figures100k.${name}.ms`, ms, ' ms')
    }

    console.log(`\n数字（已存 ${STORED_MATTERS.toLocaleString()} 件诉求，${POINTS} 个说事点）`)
    await measure('pointQuarter', DEMO.leader, quarterPeriod(2026, 1), DEMO.pointCode)
    await measure('allQuarter', DEMO.admin, quarterPeriod(2026, 1))
    await measure('allMonth', DEMO.admin, monthPeriod(2026, 3))

    // the same quarter's matters read whole, as a query without the projection would
    const db = cloud.port.database()
    const _ = db.command
    const { start, end } = periodInstants(quarterPeriod(2026, 1))
    m.requests = 0
    m.bytes = 0
    let read = 0
    for (let last: Date | null = null; ; ) {
      const created = last ? _.gt(last).and(_.lt(end)) : _.gte(start).and(_.lt(end))
      const { data } = await db.collection('items').where({ createdAt: created }).orderBy('createdAt', 'asc').limit(1000).get()
      read += data.length
      if (data.length < 1000) break
      last = data[data.length - 1].createdAt as Date
    }
    report('figures100k.allQuarter.wholeDocs.bytesFromDb', m.bytes, ' B')
    console.log(`  （整条读取同一季度 ${read} 件：${m.requests} 次请求）`)
  } finally {
    await cloud.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
