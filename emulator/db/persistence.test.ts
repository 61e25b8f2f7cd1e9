import { appendFileSync, copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase, type LocalDatabase } from './index'
import { TEST_INDEXES, useTempDirs } from './testing'

const tempDir = useTempDirs()

/** Opens a database in `dir` for one step of a test; the caller closes it. */
function open(dir: string, options: { compactAtBytes?: number; indexes?: typeof TEST_INDEXES } = {}): LocalDatabase {
  return openDatabase({ dataDir: dir, ...options })
}

const wal = (dir: string) => path.join(dir, 'wal.log')

describe('the write-ahead log', () => {
  it('a reopened data folder holds the same documents, Dates still Dates', async () => {
    const dir = tempDir()
    const local = open(dir)
    const db = local.database()
    const at = new Date('2024-01-31T16:00:00.000Z')
    await db.collection('items').add({ data: { _id: 'a', at, nested: { list: [at, 1, 'x', null, true, 1.5] } } })
    await db.collection('items').add({ data: { _id: 'b', n: 2 } })
    await db.collection('items').doc('b').update({ data: { n: db.command.inc(1) } })
    await db.collection('items').add({ data: { _id: 'c' } })
    await db.collection('items').doc('c').remove()
    await local.close()

    const reopened = open(dir)
    const docs = reopened.dump('items')
    expect(docs).toEqual([
      { _id: 'a', at, nested: { list: [at, 1, 'x', null, true, 1.5] } },
      { _id: 'b', n: 3 },
    ])
    expect(docs[0].at).toBeInstanceOf(Date)
    const rdb = reopened.database()
    const { data } = await rdb.collection('items').where({ at: rdb.command.gte(new Date('2024-01-01T00:00:00Z')) }).get()
    expect(data.map((d) => d._id)).toEqual(['a'])
    await reopened.close()
  })

  it('an answer means the change is in the log already (no write-behind)', async () => {
    const dir = tempDir()
    const local = open(dir)
    await local.database().collection('items').add({ data: { _id: 'x', text: '路灯坏了' } })
    // read the file while the database is still open: nothing waits for a timer or close
    expect(readFileSync(wal(dir), 'utf8')).toContain('路灯坏了')
    await local.close()
  })

  it('one awaited write after another always completes, large ones included', async () => {
    const local = open(tempDir(), { compactAtBytes: 200_000 })
    const db = local.database()
    const big = 'x'.repeat(100_000)
    for (let i = 0; i < 30; i++) await db.collection('items').add({ data: { i, big } })
    expect(local.dump('items')).toHaveLength(30)
    await local.close()
  })

  it('a write costs what the change is, not what the collection holds', async () => {
    const grow = async (size: number) => {
      const local = open(tempDir())
      const db = local.database()
      await Promise.all(Array.from({ length: size }, (_, i) => db.collection('items').add({ data: { i, text: '某某小区的路灯坏了一个多月' } })))
      const before = local.engine.store.bytesWritten
      await db.collection('items').add({ data: { _id: 'probe', text: 'one more' } })
      const cost = local.engine.store.bytesWritten - before
      await local.close()
      return cost
    }
    const small = await grow(10)
    const large = await grow(3000)
    expect(Math.abs(large - small)).toBeLessThan(8) // only the sequence number's digits differ
    expect(small).toBeLessThan(200)
  })

  it('a transaction is one line: its writes to several collections land together or not at all', async () => {
    const dir = tempDir()
    const local = open(dir)
    const db = local.database()
    await db.collection('counters').add({ data: { _id: 'n', value: 0 } })
    const submit = () =>
      db.runTransaction(async (tx) => {
        const { data } = await tx.collection('counters').doc('n').get()
        const next = (data!.value as number) + 1
        await tx.collection('counters').doc('n').update({ data: { value: next } })
        await tx.collection('items').add({ data: { _id: `item-${next}`, no: next } })
      })
    await submit()
    await submit()
    await local.close()
    // a crash in the middle of writing the second transaction's line
    const text = readFileSync(wal(dir), 'utf8')
    const lines = text.split('\n').filter(Boolean)
    expect(lines).toHaveLength(3)
    const last = lines[2]
    writeFileSync(wal(dir), `${lines.slice(0, 2).join('\n')}\n${last.slice(0, Math.floor(last.length / 2))}`)

    const reopened = open(dir)
    expect(reopened.dump('counters')).toEqual([{ _id: 'n', value: 1 }])
    expect(reopened.dump('items')).toEqual([{ _id: 'item-1', no: 1 }])
    // the torn line is cut off, and the log goes on from there
    await reopened.database().collection('items').add({ data: { _id: 'after' } })
    await reopened.close()
    const again = open(dir)
    expect(again.dump('items').map((d) => d._id)).toEqual(['item-1', 'after'])
    await again.close()
  })

  it('fails loudly on damage anywhere but a torn last line, or on data breaking a unique index', async () => {
    const dir = tempDir()
    const local = open(dir)
    await local.database().collection('items').add({ data: { _id: 'a', no: '1' } })
    await local.database().collection('items').add({ data: { _id: 'b', no: '2' } })
    await local.close()
    const [first, second] = readFileSync(wal(dir), 'utf8').split('\n')
    writeFileSync(wal(dir), `${first.replace('"a"', '"z"')}\n${second}\n`)
    expect(() => open(dir)).toThrow(/damaged/)

    const dup = tempDir()
    const d = open(dup)
    await d.database().collection('items').add({ data: { _id: 'a', no: '1' } })
    await d.database().collection('items').add({ data: { _id: 'b', no: '1' } })
    await d.close()
    expect(() => open(dup, { indexes: TEST_INDEXES })).toThrow(/unique index no_unique/)
  })

  it('compacts the log into a snapshot; a log older than the snapshot is not replayed over it', async () => {
    const dir = tempDir()
    const local = open(dir, { compactAtBytes: 4_000 })
    const db = local.database()
    await db.collection('items').add({ data: { _id: 'k', v: 0 } })
    for (let i = 1; i <= 60; i++) await db.collection('items').doc('k').update({ data: { v: i, pad: 'x'.repeat(50) } })
    const oldLog = path.join(dir, 'old-wal')
    copyFileSync(wal(dir), oldLog) // what the log held after the last compaction
    for (let i = 61; i <= 65; i++) await db.collection('items').doc('k').update({ data: { v: i } })
    await local.close()
    expect(existsSync(path.join(dir, 'snapshot.log'))).toBe(true)
    expect(statSync(wal(dir)).size).toBeLessThan(4_000)

    const reopened = open(dir)
    expect(reopened.dump('items')).toEqual([{ _id: 'k', v: 65, pad: 'x'.repeat(50) }])
    await reopened.close()

    // a crash after the snapshot was renamed but before the log was emptied
    appendFileSync(wal(dir), readFileSync(oldLog))
    const afterCrash = open(dir)
    expect(afterCrash.dump('items')).toEqual([{ _id: 'k', v: 65, pad: 'x'.repeat(50) }])
    await afterCrash.close()
  })

  it('reads the one-file-per-collection folders of earlier versions once, then keeps the log', async () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'items.json'), '[\n{"_id":"a","at":{"$date":"2024-01-01T00:00:00.000Z"}}\n]\n')
    const local = open(dir)
    expect(local.dump('items')).toEqual([{ _id: 'a', at: new Date('2024-01-01T00:00:00.000Z') }])
    await local.close()
    expect(existsSync(path.join(dir, 'items.json'))).toBe(false)
    const again = open(dir)
    expect(again.dump('items')).toHaveLength(1)
    await again.close()
  })

  it('one database per folder; calls after close are refused', async () => {
    const dir = tempDir()
    const local = open(dir)
    expect(() => open(dir)).toThrow(/already open/)
    await local.close()
    await expect(local.database().collection('items').get()).rejects.toThrow(/closed/)
    const again = open(dir)
    await again.close()
  })
})
