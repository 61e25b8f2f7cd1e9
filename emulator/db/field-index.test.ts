/**
 * Queries read through the secondary indexes answer exactly what reading every document
 * answers: random documents (arrays, nested and array-of-object paths, missing fields,
 * Dates beside numbers), written, updated and removed directly and in transactions that
 * commit or roll back, then random queries (equality, $in, ranges, $and, sort, skip,
 * limit, count, a leading $match) on a database with the declared indexes and on one
 * without — before and after the indexed one is reopened from its log. Fixed seed.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { IndexDeclaration } from '../../cloudfunctions/indexes'
import { openDatabase, type LocalDatabase } from './index'
import { useTempDirs, type TestDb } from './testing'

const tempDir = useTempDirs()

const DECLARED: IndexDeclaration[] = [
  { collection: 'things', name: 'tag_n', keys: { tag: 1, n: 1 } },
  { collection: 'things', name: 'n', keys: { n: -1 } },
  { collection: 'things', name: 'sub_kind', keys: { 'sub.kind': 1 } },
  { collection: 'things', name: 'list', keys: { list: 1 } },
  { collection: 'things', name: 'rows_k', keys: { 'rows.k': 1, when: 1 } },
  { collection: 'things', name: 'when', keys: { when: 1 } },
]
const PATHS = ['tag', 'n', 'sub.kind', 'list', 'rows.k', 'when', 'missing', '_id']
const IDS = Array.from({ length: 30 }, (_, i) => `d${i}`)

const scalar = fc.oneof(
  fc.constantFrom('a', 'b', 'c', 'd', 'e', '1', ''),
  fc.integer({ min: 0, max: 6 }),
  fc.boolean(),
  fc.constantFrom(new Date(1), new Date(2)),
)
const value = fc.oneof(scalar, fc.constant(null), fc.array(scalar, { maxLength: 3 }))
const doc = fc.record(
  {
    tag: value,
    n: value,
    sub: fc.oneof(fc.record({ kind: value }, { requiredKeys: [] }), fc.array(fc.record({ kind: value }), { maxLength: 2 }), scalar),
    list: value,
    rows: fc.array(fc.record({ k: value }, { requiredKeys: [] }), { maxLength: 3 }),
    when: value,
  },
  { requiredKeys: [] },
)
const id = fc.constantFrom(...IDS)
const field = fc.constantFrom('tag', 'n', 'list', 'when', 'sub.kind')
const write = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), id, doc }),
  fc.record({ kind: fc.constant('update' as const), id, field, value }),
  fc.record({ kind: fc.constant('remove' as const), id }),
  fc.record({ kind: fc.constant('updateWhere' as const), tag: scalar, field, value }),
  fc.record({ kind: fc.constant('removeWhere' as const), tag: scalar }),
  fc.record({
    kind: fc.constant('transaction' as const),
    commit: fc.boolean(),
    steps: fc.array(fc.record({ id, doc: fc.option(doc) }), { minLength: 1, maxLength: 3 }),
  }),
)
const condition = fc.record({
  path: fc.constantFrom(...PATHS),
  op: fc.constantFrom('eq', 'eq', 'in', 'gt', 'lte', 'neq'),
  values: fc.array(fc.oneof(scalar, fc.constant(null)), { minLength: 0, maxLength: 3 }),
})
const query = fc.record({
  conditions: fc.array(condition, { minLength: 1, maxLength: 3 }),
  and: fc.boolean(),
  order: fc.option(fc.record({ path: fc.constantFrom('tag', 'n', 'when', '_id', 'list'), dir: fc.constantFrom('asc', 'desc') as fc.Arbitrary<'asc' | 'desc'> })),
  skip: fc.nat(3),
  limit: fc.option(fc.integer({ min: 1, max: 10 })),
})
type Write = typeof write extends fc.Arbitrary<infer T> ? T : never
type Query = typeof query extends fc.Arbitrary<infer T> ? T : never

async function apply(db: TestDb, w: Write) {
  const things = db.collection('things')
  switch (w.kind) {
    case 'set':
      return things.doc(w.id).set({ data: w.doc })
    case 'update':
      return things.doc(w.id).update({ data: { [w.field]: w.value } })
    case 'remove':
      return things.doc(w.id).remove()
    case 'updateWhere':
      return things.where({ tag: w.tag }).update({ data: { [w.field]: w.value } })
    case 'removeWhere':
      return things.where({ tag: w.tag }).remove()
    case 'transaction':
      return db
        .runTransaction(async (tx) => {
          for (const s of w.steps) {
            if (s.doc) await tx.collection('things').doc(s.id).set({ data: s.doc })
            else await tx.collection('things').doc(s.id).remove()
          }
          if (!w.commit) throw new Error('rolled back')
        })
        .catch((err: Error) => {
          if (err.message !== 'rolled back') throw err
        })
  }
}

function criteria(db: TestDb, q: Query): object {
  const _ = db.command
  const parts = q.conditions.map(({ path, op, values }) => {
    const v = values[0] ?? 'a'
    const cond = op === 'eq' ? v : op === 'in' ? _.in(values) : op === 'gt' ? _.gt(v) : op === 'lte' ? _.lte(v) : _.neq(v)
    return { [path]: cond }
  })
  return q.and ? _.and(parts) : Object.assign({}, ...parts)
}

async function answers(db: TestDb, q: Query) {
  const where = criteria(db, q)
  let read = db.collection('things').where(where)
  if (q.order) read = read.orderBy(q.order.path, q.order.dir)
  if (q.skip) read = read.skip(q.skip)
  if (q.limit) read = read.limit(q.limit)
  const { data } = await read.get()
  const { total } = await db.collection('things').where(where).count()
  const { list } = (await db.collection('things').aggregate().match(where).project({ _id: 1, tag: 1 }).end()) as { list: unknown[] }
  return { data, total, list }
}

describe('secondary indexes', () => {
  it('answer every query exactly as reading every document does, after any writes and after a restart', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ kind: fc.constant('set' as const), id, doc }), { minLength: 10, maxLength: 30 }), fc.array(write, { minLength: 4, maxLength: 20 }), fc.array(query, { minLength: 6, maxLength: 12 }), async (initial, writes, queries) => {
        const dir = tempDir()
        const opened: LocalDatabase[] = [openDatabase({ dataDir: dir, indexes: DECLARED }), openDatabase({ dataDir: tempDir(), indexes: [] })]
        try {
          const [indexed, plain] = opened.map((d) => d.database({ throwOnNotFound: false }) as unknown as TestDb)
          for (const w of [...initial, ...writes]) {
            const outcomes = await Promise.allSettled([apply(indexed, w), apply(plain, w)])
            expect(outcomes[0].status).toBe(outcomes[1].status)
          }
          for (const q of queries) expect(await answers(indexed, q)).toEqual(await answers(plain, q))
          await opened[0].close()
          opened[0] = openDatabase({ dataDir: dir, indexes: DECLARED })
          const reopened = opened[0].database({ throwOnNotFound: false }) as unknown as TestDb
          for (const q of queries) expect(await answers(reopened, q)).toEqual(await answers(plain, q))
        } finally {
          await Promise.all(opened.map((d) => d.close()))
        }
      }),
      { seed: 2026, numRuns: 60 },
    )
  })
})
