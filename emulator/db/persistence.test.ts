import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createDatabase } from './database'
import { TEST_INDEXES, useTempDatabases, useTempDirs } from './testing'

const tempDir = useTempDirs()
const openDb = useTempDatabases()

describe('persistence', () => {
  it('a reopened data folder holds the same documents, Dates still Dates', async () => {
    const dir = tempDir()
    const db = createDatabase({ dataDir: dir })
    const at = new Date('2024-01-31T16:00:00.000Z')
    await db.collection('items').add({ data: { _id: 'a', at, nested: { list: [at, 1, 'x', null, true] } } })
    await db.collection('items').add({ data: { _id: 'b', n: 2 } })
    await db.collection('items').doc('b').update({ data: { n: db.command.inc(1) } })
    await db.close()

    const reopened = createDatabase({ dataDir: dir })
    const docs = reopened.dump('items')
    expect(docs).toEqual([
      { _id: 'a', at, nested: { list: [at, 1, 'x', null, true] } },
      { _id: 'b', n: 3 },
    ])
    expect(docs[0].at).toBeInstanceOf(Date)
    const { data } = await reopened.collection('items').where({ at: reopened.command.gte(new Date('2024-01-01T00:00:00Z')) }).get()
    expect(data.map((d) => d._id)).toEqual(['a'])
    await reopened.close()
  })

  it('stores dates as {"$date": ISO} in a JSON file per collection', async () => {
    const dir = tempDir()
    const db = createDatabase({ dataDir: dir })
    await db.collection('items').add({ data: { _id: 'a', at: new Date('2024-01-01T00:00:00.000Z') } })
    await db.flush()
    const text = readFileSync(path.join(dir, 'items.json'), 'utf8')
    expect(JSON.parse(text)).toEqual([{ _id: 'a', at: { $date: '2024-01-01T00:00:00.000Z' } }])
    await db.close()
  })

  it('coalesces writes: many quick changes, no file until the flush, then all of them', async () => {
    const dir = tempDir()
    const db = createDatabase({ dataDir: dir, flushDelayMs: 60_000 })
    await Promise.all(Array.from({ length: 200 }, (_, i) => db.collection('items').add({ data: { i } })))
    expect(existsSync(path.join(dir, 'items.json'))).toBe(false)
    await db.flush()
    expect(JSON.parse(readFileSync(path.join(dir, 'items.json'), 'utf8'))).toHaveLength(200)
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
    await db.close()
  })

  it('writes on its own shortly after a change', async () => {
    const dir = tempDir()
    const db = createDatabase({ dataDir: dir, flushDelayMs: 5 })
    await db.collection('items').add({ data: { _id: 'x' } })
    await expect.poll(() => existsSync(path.join(dir, 'items.json'))).toBe(true)
    await db.close()
  })

  it('removed documents stay removed after reopening', async () => {
    const dir = tempDir()
    const db = createDatabase({ dataDir: dir })
    await db.seed('items', [{ _id: 'a' }, { _id: 'b' }])
    await db.collection('items').doc('a').remove()
    await db.close()
    const reopened = createDatabase({ dataDir: dir })
    expect(reopened.dump('items')).toEqual([{ _id: 'b' }])
    await reopened.close()
  })

  it('refuses calls after close', async () => {
    const db = openDb()
    await db.close()
    await expect(db.collection('items').get()).rejects.toThrow(/closed/)
  })

  it('fails loudly on a corrupt file or data breaking a unique index', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'items.json'), '[{"_id": "a", "no": "1"}, {"_id": "b", "no": "1"}]')
    expect(() => createDatabase({ dataDir: dir, indexes: TEST_INDEXES })).toThrow(/unique index no_unique/)
    writeFileSync(path.join(dir, 'items.json'), '[{"_id": "a",')
    expect(() => createDatabase({ dataDir: dir })).toThrow(/not valid JSON/)
  })
})
