/**
 * `npm run check:rollups`: recomputes every point-month roll-up from the matters in a
 * local cloud's data folder (`DATA_DIR`, default `.data`; stop `npm run cloud` first, the
 * folder is held by one process) and fails on any difference. `-- --rebuild` writes them
 * from the matters instead (data stored in bulk, past the write path).
 */
import path from 'node:path'
import { checkRollups, rebuildRollups } from '../cloudfunctions/figures/rollup-check'
import { createLocalCloud } from '../emulator/local-cloud'

async function main() {
  const dataDir = path.resolve(process.env.DATA_DIR ?? '.data')
  const cloud = createLocalCloud({ dataDir, publicBaseUrl: 'http://127.0.0.1:0' })
  try {
    const db = cloud.port.database({ throwOnNotFound: false })
    const now = cloud.clock.now()
    if (process.argv.includes('--rebuild')) {
      console.log(`重建了 ${await rebuildRollups(db, now)} 个说事点月汇总（${dataDir}）`)
      return
    }
    const problems = await checkRollups(db, now)
    for (const p of problems) console.log(`  不一致 ${p}`)
    console.log(problems.length === 0 ? `汇总与事项一致（${dataDir}）` : `${problems.length} 处不一致`)
    if (problems.length > 0) process.exitCode = 1
  } finally {
    await cloud.close()
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
