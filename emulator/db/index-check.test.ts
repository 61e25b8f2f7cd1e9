/**
 * With `requireIndexes`, the functions' view of the database fails a query that no
 * declared index serves: the rule of emulator/db/index-check.ts, through the SDK's own
 * serialisation of where(), orderBy() and aggregate().
 */
import { describe, expect, it } from 'vitest'
import type { IndexDeclaration, ScanAllowance } from '../../cloudfunctions/indexes'
import type { DB } from 'wx-server-sdk'
import { useTempDatabases, type TestDb } from './testing'

const open = useTempDatabases()

const INDEXES: IndexDeclaration[] = [
  { collection: 'items', name: 'point_status_due', keys: { pointCode: 1, status: 1, dueAt: 1 } },
  { collection: 'items', name: 'assignee', keys: { 'assignee.openid': 1 } },
  { collection: 'items', name: 'created', keys: { createdAt: 1 } },
]
const SCANS: ScanAllowance[] = [{ name: 'few kinds', collection: 'items', fields: ['kind'], reason: 'a test', maxDocs: 2 }]

async function functionsDb() {
  const db = open({ indexes: INDEXES, requireIndexes: true, scans: SCANS })
  await db.seed('items', [{ _id: 'a', pointCode: 'p', status: 'new', kind: 'x', assignee: { openid: 'u' }, createdAt: new Date(0) }])
  const fdb = db.local.functionDatabase() as unknown as TestDb
  return { db, fdb, _: fdb.command }
}

const refusal = (what: string) => expect.objectContaining({ errMsg: expect.stringContaining(`no declared index serves the query ${what}`) })

describe('queries held to the declared indexes', () => {
  it('serves a query narrowing an index\'s leading key by equality, $in or a range; further conditions filter', async () => {
    const { fdb, _ } = await functionsDb()
    const items = fdb.collection('items')
    expect((await items.where({ pointCode: 'p' }).get()).data).toHaveLength(1)
    expect((await items.where({ pointCode: _.in(['p', 'q']), kind: 'x' }).count()).total).toBe(1)
    expect((await items.where({ createdAt: _.gte(new Date(0)).and(_.lt(new Date(1))) }).get()).data).toHaveLength(1)
    expect((await items.where({ assignee: { openid: 'u' } }).get()).data).toHaveLength(1)
    expect((await items.where({ 'assignee.openid': 'u', status: _.neq('closed') }).get()).data).toHaveLength(1)
    expect((await items.where({ _id: _.in(['a', 'b']) }).get()).data).toHaveLength(1)
    expect((await items.orderBy('createdAt', 'desc').limit(5).get()).data).toHaveLength(1) // walks the index
    expect((await items.where(_.or([{ pointCode: 'p' }, { createdAt: _.gt(new Date(0)) }])).get()).data).toHaveLength(1)
    const grouped = (await items.aggregate().match({ pointCode: 'p' }).group({ _id: '$status', n: _.aggregate.sum(1) }).end()) as DB.IAggregateResult
    expect(grouped.list).toHaveLength(1)
  })

  it('fails a query whose narrowed fields lead no index, a $or with an unserved branch, and an unmatched aggregate', async () => {
    const { fdb, _ } = await functionsDb()
    const items = fdb.collection('items')
    await expect(items.where({ status: 'new' }).get()).rejects.toEqual(refusal('items where [status]'))
    await expect(items.where({ pointCode: _.neq('q') }).count()).rejects.toEqual(refusal('items where [pointCode]'))
    await expect(items.where({ status: 'new' }).orderBy('createdAt', 'asc').get()).rejects.toEqual(refusal('items where [status] orderBy [createdAt]'))
    await expect(items.where(_.or([{ pointCode: 'p' }, { status: 'new' }])).get()).rejects.toEqual(refusal('items where [pointCode, status]'))
    await expect(items.where({ status: 'old' }).update({ data: { kind: 'y' } })).rejects.toEqual(refusal('items where [status]'))
    await expect(items.aggregate().group({ _id: '$status' }).end()).rejects.toEqual(refusal('items where []'))
  })

  it('lets an allowed scan run while the collection stays within its bound', async () => {
    const { db, fdb } = await functionsDb()
    const items = fdb.collection('items')
    expect((await items.where({ kind: 'x' }).get()).data).toHaveLength(1)
    await db.seed('items', [{ kind: 'y' }, { kind: 'z' }])
    await expect(items.where({ kind: 'x' }).get()).rejects.toEqual(
      expect.objectContaining({ errMsg: expect.stringContaining("the allowed scan 'few kinds' (items where [kind]) met 3 documents, more than its bound of 2") }),
    )
  })

  it('leaves the tools\' view (seeds, tests) and a database without requireIndexes unchecked', async () => {
    const { db } = await functionsDb()
    expect((await db.collection('items').where({ status: 'new' }).get()).data).toHaveLength(1)
    const plain = open({ indexes: INDEXES })
    await plain.seed('items', [{ status: 'new' }])
    expect((await (plain.local.functionDatabase() as unknown as TestDb).collection('items').where({ status: 'new' }).get()).data).toHaveLength(1)
  })
})
