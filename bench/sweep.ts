/**
 * The timer with 100,000 matters stored, 50 of them due soon: database operations and
 * time for one run (close-unrated, reminders, outbox). The operations are what CloudBase
 * serves through the indexes on the time fields; the local engine has no secondary
 * indexes and scans, so its time grows with the collection where CloudBase's would not.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createHandler as createResident } from '../cloudfunctions/resident/handler'
import { createHandler as createScheduler } from '../cloudfunctions/scheduler/handler'
import { createLocalCloud } from '../emulator/local-cloud'
import { seedDemoData } from '../emulator/seed'
import { countingPort, type OpCounter } from './counting-port'
import { copyMatters, STORED_MATTERS, submitModelMatter } from './stored-matters'

const DUE = 50

export async function sweepWithStoredMatters(report: (key: string, value: number, unit: string) => void) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'shuoshi-bench-sweep-'))
  const cloud = createLocalCloud({ dataDir, publicBaseUrl: 'http://127.0.0.1:0' })
  try {
    await seedDemoData(cloud.port.database({ throwOnNotFound: false }))
    const now = new Date('2026-03-09T02:00:00Z')
    const resident = createResident(cloud.portFor('resident'), { now: () => now, submitLimitPerHour: 10 })
    await submitModelMatter(cloud, resident, 'bench-sweep-resident')
    // 50 accepted matters due tomorrow; the rest closed long ago or due in months
    await copyMatters(cloud, STORED_MATTERS, (i) => {
      const due = i < DUE
      return {
        status: due ? 'accepted' : i % 2 ? 'closed' : 'in_progress',
        importance: 'normal',
        dueAt: due ? new Date('2026-03-09T15:59:59Z') : new Date(Date.UTC(2026, 8, 1)),
        createdAt: new Date(Date.UTC(2020, 0, 1) + i * 600_000),
      }
    })
    const counter: OpCounter = { ops: 0 }
    const scheduler = createScheduler(countingPort(cloud.portFor('scheduler'), counter), { now: () => now })
    console.log(`\n定时任务（已存 ${STORED_MATTERS.toLocaleString()} 件，其中 ${DUE} 件即将到期）`)
    const started = performance.now()
    const result = await scheduler({ action: 'tick' })
    if (!result.ok) throw new Error(JSON.stringify(result))
    report('sweep100k.dbOpsPerRun', counter.ops, ' ops')
    report('sweep100k.msPerRun', Math.round(performance.now() - started), ' ms')
    counter.ops = 0
    await scheduler({ action: 'tick' })
    report('sweep100k.secondRun.dbOpsPerRun', counter.ops, ' ops')
  } finally {
    await cloud.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
