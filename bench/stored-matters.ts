/**
 * item.submit with 100,000 matters already stored: calls per second, and bytes written
 * to disk per call (the process's own write count, /proc/self/io `wchar`, so any store
 * is measured the same way).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createHandler } from '../cloudfunctions/resident/handler'
import type { Change } from '../emulator/db/engine'
import type { StoredDoc } from '../emulator/db'
import { createLocalCloud, type LocalCloud } from '../emulator/local-cloud'
import { DEMO, seedDemoData } from '../emulator/seed'

export const STORED_MATTERS = 100_000

function bytesWrittenByProcess(): number {
  const line = readFileSync('/proc/self/io', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('wchar:'))
  return Number(line?.split(':')[1] ?? NaN)
}

/** Submits, as `who`, the matter the stored ones are copied from (a broken street light); returns its id. */
export async function submitModelMatter(cloud: LocalCloud, resident: ReturnType<typeof createHandler>, who: string): Promise<string> {
  const r = await cloud.runAs(who, () =>
    resident({
      action: 'item.submit',
      requestId: `${who}-1`,
      pointCode: DEMO.pointCode,
      category: '环境卫生',
      content: '小区东门的路灯坏了一个多月，晚上出行很不方便',
      contact: { name: '王五', phone: '13912345678', address: '新东社区幸福路1号' },
    }),
  )
  if (!r.ok) throw new Error(JSON.stringify(r))
  return (r.data as { id: string }).id
}

/** Stores `count` copies of the first matter, each changed by `patch(i)`, in batches. */
export async function copyMatters(cloud: LocalCloud, count: number, patch: (i: number) => Partial<StoredDoc>) {
  const [model] = cloud.db.dump('items')
  const engine = cloud.db.engine
  const items = engine.collection('items', 'bench')
  for (let start = 0; start < count; start += 5_000) {
    const changes: Change[] = []
    for (let i = start; i < Math.min(start + 5_000, count); i++) {
      const _id = `stored-${i}`
      const doc = { ...structuredClone(model), _id, no: `S${i}`, ownerOpenid: `stored-owner-${i % 20_000}`, requestId: `stored-${i}`, ...patch(i) }
      changes.push({ coll: items, id: _id, after: doc as StoredDoc })
    }
    await engine.apply('bench', changes)
  }
}

export async function submitWithStoredMatters(report: (key: string, value: number, unit: string) => void) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'shuoshi-bench-100k-'))
  const cloud = createLocalCloud({ dataDir, publicBaseUrl: 'http://127.0.0.1:0' })
  try {
    await seedDemoData(cloud.port.database({ throwOnNotFound: false }))
    const handler = createHandler(cloud.portFor('resident'), { submitLimitPerHour: 1_000_000 })
    let n = 0
    const submit = async () => {
      n++
      const r = await cloud.runAs(`bench-100k-${n % 500}`, () =>
        handler({
          action: 'item.submit',
          requestId: `bench-100k-${n}`,
          pointCode: DEMO.pointCode,
          category: '环境卫生',
          content: '小区东门的路灯坏了一个多月，晚上出行很不方便',
          contact: { name: '王五', phone: '13912345678', address: '新东社区幸福路1号' },
        }),
      )
      if (!r.ok) throw new Error(JSON.stringify(r))
    }
    // One real matter, copied into 100,000 of other residents in earlier months.
    await submit()
    await copyMatters(cloud, STORED_MATTERS, (i) => ({ createdAt: new Date(Date.UTC(2020, 0, 1) + i * 600_000) }))
    console.log(`\nitem.submit，已存 ${STORED_MATTERS.toLocaleString()} 件诉求`)

    const sequential = 200
    let bytes = bytesWrittenByProcess()
    let started = performance.now()
    for (let i = 0; i < sequential; i++) await submit()
    report('stored100k.submit.sequential.callsPerSec', Math.round(sequential / ((performance.now() - started) / 1000)), '/s')
    report('stored100k.submit.bytesWrittenPerCall', Math.round((bytesWrittenByProcess() - bytes) / sequential), ' B')

    const rounds = 4
    const width = 50
    bytes = bytesWrittenByProcess()
    started = performance.now()
    for (let r = 0; r < rounds; r++) await Promise.all(Array.from({ length: width }, submit))
    report('stored100k.submit.parallel50.callsPerSec', Math.round((rounds * width) / ((performance.now() - started) / 1000)), '/s')
    report('stored100k.submit.parallel50.bytesWrittenPerCall', Math.round((bytesWrittenByProcess() - bytes) / (rounds * width)), ' B')
  } finally {
    await cloud.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
