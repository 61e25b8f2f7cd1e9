/**
 * `npm run provision`: creates the collections and the indexes declared in
 * cloudfunctions/indexes.ts in a CloudBase environment, so nothing is set up by hand in
 * the console. Without credentials it prints the plan. With them it uses
 * @cloudbase/manager-node (installed on demand, it is not needed anywhere else):
 *
 *   npm install --no-save @cloudbase/manager-node
 *   TCB_ENV_ID=... TCB_SECRET_ID=... TCB_SECRET_KEY=... npm run provision -- --apply
 *
 * Existing indexes (by name) are left alone; it is safe to run again.
 */
import path from 'node:path'
import { COLLECTIONS, INDEXES, type IndexDeclaration } from '../cloudfunctions/indexes'

export interface CreateIndex {
  IndexName: string
  MgoKeySchema: { MgoIndexKeys: { Name: string; Direction: string }[]; MgoIsUnique: boolean }
}

/** The declarations of one collection, in the shape CloudBase's UpdateTable takes. */
export function createIndexesFor(collection: string, decls: IndexDeclaration[] = INDEXES): CreateIndex[] {
  return decls
    .filter((d) => d.collection === collection)
    .map((d) => ({
      IndexName: d.name,
      MgoKeySchema: {
        MgoIndexKeys: Object.entries(d.keys).map(([Name, dir]) => ({ Name, Direction: String(dir) })),
        MgoIsUnique: d.unique === true,
      },
    }))
}

interface ManagerDatabase {
  createCollectionIfNotExists(name: string): Promise<unknown>
  checkIndexExists(collection: string, index: string): Promise<{ Exists: boolean }>
  updateCollection(collection: string, info: { CreateIndexes: CreateIndex[] }): Promise<unknown>
}

async function apply() {
  const { TCB_ENV_ID: envId, TCB_SECRET_ID: secretId, TCB_SECRET_KEY: secretKey } = process.env
  if (!envId || !secretId || !secretKey) throw new Error('需要 TCB_ENV_ID、TCB_SECRET_ID、TCB_SECRET_KEY 环境变量')
  const moduleName = '@cloudbase/manager-node'
  const { default: CloudBase } = (await import(moduleName).catch(() => {
    throw new Error('请先安装：npm install --no-save @cloudbase/manager-node')
  })) as { default: new (opts: object) => { database: ManagerDatabase } }
  const { database } = new CloudBase({ envId, secretId, secretKey })
  for (const collection of COLLECTIONS) {
    await database.createCollectionIfNotExists(collection)
    const missing: CreateIndex[] = []
    for (const index of createIndexesFor(collection)) {
      if (!(await database.checkIndexExists(collection, index.IndexName)).Exists) missing.push(index)
    }
    if (missing.length) await database.updateCollection(collection, { CreateIndexes: missing })
    console.log(`${collection}: ${missing.length ? `created ${missing.map((m) => m.IndexName).join(', ')}` : 'up to date'}`)
  }
}

function printPlan() {
  for (const collection of COLLECTIONS) {
    console.log(`集合 ${collection}`)
    for (const index of createIndexesFor(collection)) console.log(`  索引 ${JSON.stringify(index)}`)
  }
  console.log('\n这是计划；加 --apply 并提供凭据才会创建。')
}

if (process.argv[1] && path.resolve(process.argv[1]) === __filename) {
  if (process.argv.includes('--apply')) {
    apply().catch((err) => {
      console.error(err instanceof Error ? err.message : err)
      process.exit(1)
    })
  } else printPlan()
}
