/**
 * A fresh local system per test file, in a data folder of its own. Unlike `npm run cloud`,
 * it fails queries that no declared index serves, and fires timer triggers only if asked.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startLocalSystem, type LocalSystem, type LocalSystemOptions } from './system'

export interface TestSystem extends LocalSystem {
  dataDir: string
}

export async function startTestSystem(options: Partial<LocalSystemOptions> = {}): Promise<TestSystem> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'shuoshi-test-'))
  const system = await startLocalSystem({ dataDir, timers: false, requireIndexes: true, ...options })
  return {
    ...system,
    dataDir,
    stop: async () => {
      await system.stop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** A clock the test moves by hand. */
export function manualClock(start: string | Date) {
  let now = new Date(start)
  return {
    now: () => new Date(now),
    set: (at: string | Date) => {
      now = new Date(at)
    },
    advance: (ms: number) => {
      now = new Date(now.getTime() + ms)
    },
  }
}
