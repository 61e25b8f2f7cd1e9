/** `npm run cloud`: the local cloud with demo data, serving the H5 build. */
import path from 'node:path'
import { startLocalSystem } from './system'

async function main() {
  const port = Number(process.env.PORT ?? 10086)
  const dataDir = path.resolve(process.env.DATA_DIR ?? '.data')
  const staticDir = path.resolve(process.env.H5_DIR ?? 'dist/h5')
  const system = await startLocalSystem({ dataDir, port, staticDir, demoMatters: true })
  console.log(`说事本地云已启动：${system.url}/`)
  console.log(`  数据目录 ${dataDir}`)
  console.log(`  页面顶部可切换身份：居民甲、居民乙、干部、领导、管理员`)
  const shutdown = () => {
    system.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
}

main().catch((err) => {
  console.error('本地云启动失败：', err)
  process.exit(1)
})
