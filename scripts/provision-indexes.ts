/**
 * `npm run provision`: prints the collections and the indexes declared in
 * cloudfunctions/indexes.ts, in the shape CloudBase's UpdateTable takes. `npm run deploy`
 * creates them (deploy/apply.ts), with everything else an environment needs.
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

function printPlan() {
  for (const collection of COLLECTIONS) {
    console.log(`集合 ${collection}`)
    for (const index of createIndexesFor(collection)) console.log(`  索引 ${JSON.stringify(index)}`)
  }
  console.log('\n创建它们的是 npm run deploy -- --env <环境> --apply。')
}

if (process.argv[1] && path.resolve(process.argv[1]) === __filename) printPlan()
