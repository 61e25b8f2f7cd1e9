import { describe, expect, it } from 'vitest'
import { TEST_INDEXES, useTempDatabases, type TestDb } from './testing'

const openDb = useTempDatabases()

async function withDoc(doc: Record<string, unknown>): Promise<TestDb> {
  const db = openDb()
  await db.seed('things', [{ _id: 't1', ...doc }])
  return db
}

async function updateAndRead(db: TestDb, data: Record<string, unknown>) {
  const res = await db.collection('things').doc('t1').update({ data })
  const { data: doc } = await db.collection('things').doc('t1').get()
  return { res, doc }
}

describe('add, get, set, remove', () => {
  it('adds with a generated 32-hex _id and reads it back', async () => {
    const db = openDb()
    const res = await db.collection('things').add({ data: { name: 'a', at: new Date('2024-05-01T00:00:00Z') } })
    expect(res.errMsg).toBe('collection.add:ok')
    expect(res._id).toMatch(/^[0-9a-f]{32}$/)
    const { data, errMsg } = await db.collection('things').doc(String(res._id)).get()
    expect(errMsg).toBe('document.get:ok')
    expect(data).toEqual({ _id: res._id, name: 'a', at: new Date('2024-05-01T00:00:00Z') })
    expect(data?.at).toBeInstanceOf(Date)
  })

  it('adds with a given _id and refuses the same _id twice (-501001)', async () => {
    const db = openDb()
    await db.collection('things').add({ data: { _id: 'x', n: 1 } })
    await expect(db.collection('things').add({ data: { _id: 'x', n: 2 } })).rejects.toMatchObject({ errCode: -501001 })
    expect(db.dump('things')).toEqual([{ _id: 'x', n: 1 }])
  })

  it('throws on a missing document by default, returns null with throwOnNotFound: false', async () => {
    const db = openDb()
    await expect(db.collection('things').doc('missing').get()).rejects.toMatchObject({
      errCode: -1,
      errMsg: 'document.get:fail document with _id missing does not exist',
    })
    const lenient = db.local.database({ throwOnNotFound: false })
    expect(await lenient.collection('things').doc('missing').get()).toEqual({ data: null, errMsg: 'document.get:ok' })
  })

  it('set replaces the whole document, keeping _id, and creates a missing one', async () => {
    const db = await withDoc({ a: 1, b: { c: 2 } })
    const res = await db.collection('things').doc('t1').set({ data: { b: { d: 3 } } })
    expect(res).toEqual({ _id: 't1', stats: { updated: 1, created: 0 }, errMsg: 'document.set:ok' })
    expect(db.dump('things')).toEqual([{ _id: 't1', b: { d: 3 } }])
    const created = await db.collection('things').doc('t2').set({ data: { z: 1 } })
    expect(created.stats).toEqual({ updated: 0, created: 1 })
    expect(db.dump('things')[1]).toEqual({ _id: 't2', z: 1 })
  })

  it('doc().update on a missing document updates nothing', async () => {
    const db = openDb()
    const res = await db.collection('things').doc('nope').update({ data: { a: 1 } })
    expect(res).toEqual({ stats: { updated: 0 }, errMsg: 'document.update:ok' })
    expect(db.dump('things')).toEqual([])
  })

  it('doc().remove removes one, then nothing', async () => {
    const db = await withDoc({ a: 1 })
    expect((await db.collection('things').doc('t1').remove()).stats).toEqual({ removed: 1 })
    expect((await db.collection('things').doc('t1').remove()).stats).toEqual({ removed: 0 })
  })
})

describe('update data and commands', () => {
  it('merges nested objects field by field and follows dotted paths', async () => {
    const db = await withDoc({ a: { b: 1, c: 2 }, x: { y: { z: 1, w: 2 } } })
    const { res, doc } = await updateAndRead(db, { a: { b: 10 }, 'x.y.z': 5, n: { m: 1 } })
    expect(res.stats.updated).toBe(1)
    expect(doc).toEqual({ _id: 't1', a: { b: 10, c: 2 }, x: { y: { z: 5, w: 2 } }, n: { m: 1 } })
  })

  it('_.set replaces a field whole', async () => {
    const db = await withDoc({ a: { b: 1, c: 2 } })
    const { doc } = await updateAndRead(db, { a: db.command.set({ d: 4 }) })
    expect(doc).toEqual({ _id: 't1', a: { d: 4 } })
  })

  it('_.remove deletes a field', async () => {
    const db = await withDoc({ a: 1, b: { c: 1, d: 2 } })
    const { doc } = await updateAndRead(db, { a: db.command.remove(), 'b.c': db.command.remove() })
    expect(doc).toEqual({ _id: 't1', b: { d: 2 } })
  })

  it('_.inc adds, also to a missing field, and refuses non-numbers', async () => {
    const db = await withDoc({ n: 1, s: 'x' })
    const { doc } = await updateAndRead(db, { n: db.command.inc(2), m: db.command.inc(-3) })
    expect(doc).toMatchObject({ n: 3, m: -3 })
    await expect(db.collection('things').doc('t1').update({ data: { s: db.command.inc(1) } })).rejects.toMatchObject({ errCode: -502001 })
  })

  it('_.mul, _.min and _.max', async () => {
    const db = await withDoc({ n: 3, lo: 5, hi: 5 })
    const _ = db.command
    const { doc } = await updateAndRead(db, { n: _.mul(4), lo: _.min(2), hi: _.max(2) })
    expect(doc).toMatchObject({ n: 12, lo: 2, hi: 5 })
  })

  it('_.push values, an array of values, and the { each, position, sort, slice } form', async () => {
    const db = await withDoc({ a: [1], b: [5, 1], c: [{ k: 2 }, { k: 9 }] })
    const _ = db.command
    let { doc } = await updateAndRead(db, { a: _.push(2, 3), fresh: _.push(['x', 'y']) })
    expect(doc).toMatchObject({ a: [1, 2, 3], fresh: ['x', 'y'] })
    ;({ doc } = await updateAndRead(db, { a: _.push({ each: [0], position: 0 }) }))
    expect(doc?.a).toEqual([0, 1, 2, 3])
    ;({ doc } = await updateAndRead(db, { b: _.push({ each: [3, 4], sort: 1, slice: -3 }) }))
    expect(doc?.b).toEqual([3, 4, 5])
    ;({ doc } = await updateAndRead(db, { c: _.push({ each: [{ k: 5 }], sort: { k: -1 }, slice: 2 }) }))
    expect(doc?.c).toEqual([{ k: 9 }, { k: 5 }])
  })

  it('_.pull by value and by condition, _.pullAll', async () => {
    const db = await withDoc({ a: [1, 2, 3, 2], b: [{ k: 1 }, { k: 5 }], c: ['x', 'y', 'z'] })
    const _ = db.command
    const { doc } = await updateAndRead(db, { a: _.pull(2), b: _.pull({ k: _.gt(3) }), c: _.pullAll(['x', 'z']) })
    expect(doc).toMatchObject({ a: [1, 3], b: [{ k: 1 }], c: ['y'] })
    const next = await updateAndRead(db, { a: _.pull(_.in([1, 3])) })
    expect(next.doc?.a).toEqual([])
  })

  it('_.addToSet adds only what is missing, one value or { $each }', async () => {
    const db = await withDoc({ tags: ['a'] })
    const _ = db.command
    let { doc } = await updateAndRead(db, { tags: _.addToSet('a') })
    expect(doc?.tags).toEqual(['a'])
    ;({ doc } = await updateAndRead(db, { tags: _.addToSet({ $each: ['a', 'b', 'c', 'b'] }) }))
    expect(doc?.tags).toEqual(['a', 'b', 'c'])
    // the client does not read `each` for addToSet (it does for push): the object is one value
    ;({ doc } = await updateAndRead(db, { tags: _.addToSet({ each: ['d'] } as unknown as string) }))
    expect(doc?.tags).toEqual(['a', 'b', 'c', { each: ['d'] }])
  })

  it('_.pop, _.shift and _.unshift', async () => {
    const db = await withDoc({ a: [1, 2, 3], b: [1, 2, 3], c: [3] })
    const _ = db.command
    const { doc } = await updateAndRead(db, { a: _.pop(), b: _.shift(), c: _.unshift(1, 2) })
    expect(doc).toMatchObject({ a: [1, 2], b: [2, 3], c: [1, 2, 3] })
  })

  it('reports updated: 0 when nothing changes', async () => {
    const db = await withDoc({ a: 1 })
    const { res } = await updateAndRead(db, { a: 1 })
    expect(res.stats.updated).toBe(0)
  })

  it('refuses _id, conflicting paths, empty data and query commands, writing nothing', async () => {
    const db = await withDoc({ a: { b: 1 } })
    const doc = db.collection('things').doc('t1')
    await expect(doc.update({ data: { _id: 'x' } })).rejects.toMatchObject({ errCode: -501007 })
    await expect(doc.update({ data: { a: 1, 'a.b': 2 } })).rejects.toMatchObject({ errCode: -502001, errMsg: expect.stringMatching(/conflict/) })
    await expect(doc.update({ data: {} })).rejects.toThrow(/must not be empty/)
    await expect(doc.update({ data: { a: db.command.gt(1) } })).rejects.toMatchObject({ errCode: -501007 })
    await expect(doc.update({ data: { n: db.command.inc('x' as unknown as number) } })).rejects.toMatchObject({ errCode: -501007 })
    expect(db.dump('things')).toEqual([{ _id: 't1', a: { b: 1 } }])
  })

  it('drops empty nested objects from an update, as CloudBase’s serializer does', async () => {
    const db = await withDoc({ a: { b: 1 } })
    const { doc } = await updateAndRead(db, { a: { c: {} }, d: {}, e: { f: { g: 1, h: {} } } })
    expect(doc).toEqual({ _id: 't1', a: { b: 1 }, e: { f: { g: 1 } } })
  })

  it('refuses set() with _id in its data, as CloudBase does (-501007)', async () => {
    const db = await withDoc({ a: 1 })
    await expect(db.collection('things').doc('t1').set({ data: { _id: 't1', a: 2 } })).rejects.toMatchObject({ errCode: -501007 })
    expect(db.dump('things')).toEqual([{ _id: 't1', a: 1 }])
  })
})

describe('query update and remove', () => {
  it('updates and removes every match', async () => {
    const db = openDb()
    await db.seed('things', [
      { _id: '1', kind: 'a', n: 1 },
      { _id: '2', kind: 'a', n: 2 },
      { _id: '3', kind: 'b', n: 3 },
    ])
    const up = await db.collection('things').where({ kind: 'a' }).update({ data: { n: db.command.inc(10) } })
    expect(up).toEqual({ stats: { updated: 2 }, errMsg: 'collection.update:ok' })
    expect(db.dump('things').map((d) => d.n)).toEqual([11, 12, 3])
    const rm = await db.collection('things').where({ n: db.command.gt(10) }).remove()
    expect(rm).toEqual({ stats: { removed: 2 }, errMsg: 'collection.remove:ok' })
    expect(db.dump('things').map((d) => d._id)).toEqual(['3'])
  })

  it('refuses update/remove without a where() condition', async () => {
    const db = await withDoc({ a: 1 })
    const things = db.collection('things')
    await expect(things.update({ data: { a: 2 } })).rejects.toMatchObject({ errCode: -501007 })
    await expect(things.remove()).rejects.toMatchObject({ errCode: -501007 })
    await expect(things.where({}).remove()).rejects.toMatchObject({ errCode: -501007 })
    expect(db.dump('things')).toHaveLength(1)
    // as in CloudBase, remove() ignores limit(): every match goes
    await db.seed('things', [{ _id: 't2', a: 1 }])
    expect((await things.where({ a: 1 }).limit(1).remove()).stats).toEqual({ removed: 2 })
  })
})

describe('unique indexes', () => {
  it('refuses a duplicate on add, set and update with -501001 and writes nothing', async () => {
    const db = openDb({ indexes: TEST_INDEXES })
    const items = db.collection('items')
    await items.add({ data: { _id: 'i1', no: '202401001', ownerOpenid: 'u1', requestId: 'r1' } })
    await items.add({ data: { _id: 'i2', no: '202401002', ownerOpenid: 'u1', requestId: 'r2' } })
    await expect(items.add({ data: { no: '202401001', ownerOpenid: 'u2', requestId: 'r9' } })).rejects.toMatchObject({
      errCode: -501001,
      errMsg: expect.stringMatching(/duplicate key.*no_unique/),
    })
    await expect(items.doc('i2').update({ data: { no: '202401001' } })).rejects.toMatchObject({ errCode: -501001 })
    await expect(items.doc('i3').set({ data: { no: '202401009', ownerOpenid: 'u1', requestId: 'r1' } })).rejects.toMatchObject({
      errMsg: expect.stringMatching(/owner_request_unique/),
    })
    await expect(items.where({ ownerOpenid: 'u1' }).update({ data: { no: 'same' } })).rejects.toMatchObject({ errCode: -501001 })
    expect(db.dump('items').map((d) => [d._id, d.no])).toEqual([
      ['i1', '202401001'],
      ['i2', '202401002'],
    ])
  })

  it('treats a missing field as null, as MongoDB does; changing a document keeps its own key', async () => {
    const db = openDb({ indexes: TEST_INDEXES })
    const items = db.collection('items')
    await items.add({ data: { _id: 'a', no: '1' } })
    await expect(items.add({ data: { _id: 'b', no: '2' } })).rejects.toMatchObject({ errCode: -501001 }) // owner/request both missing
    await items.doc('a').update({ data: { ownerOpenid: 'u', requestId: 'r' } })
    await items.add({ data: { _id: 'b', no: '2' } })
    await items.doc('a').set({ data: { no: '1', ownerOpenid: 'u', requestId: 'r', extra: true } })
    await items.doc('a').remove()
    await items.add({ data: { _id: 'c', no: '1', ownerOpenid: 'u', requestId: 'r' } })
    expect(db.dump('items').map((d) => d._id)).toEqual(['b', 'c'])
  })
})

describe('isolation and strict collections', () => {
  it('deep-clones on the way in and out', async () => {
    const db = openDb()
    const input = { nested: { list: [1, 2] }, at: new Date('2024-01-01T00:00:00Z') }
    const { _id } = await db.collection('things').add({ data: input })
    input.nested.list.push(3)
    input.at.setFullYear(2000)
    const { data } = await db.collection('things').doc(String(_id)).get()
    expect(data?.nested).toEqual({ list: [1, 2] })
    data!.nested.list.push(99)
    ;(data!.at as Date).setFullYear(1999)
    const again = await db.collection('things').where({ _id }).get()
    expect(again.data[0]).toEqual({ _id, nested: { list: [1, 2] }, at: new Date('2024-01-01T00:00:00Z') })
    again.data[0].nested = null
    expect(db.dump('things')[0].nested).toEqual({ list: [1, 2] })
  })

  it('with a collection list, other collections fail with -502005', async () => {
    const db = openDb({ collections: ['items'] })
    await expect(db.collection('itemz').add({ data: { a: 1 } })).rejects.toMatchObject({ errCode: -502005 })
    await expect(db.collection('itemz').get()).rejects.toMatchObject({ errCode: -502005 })
    expect((await db.collection('items').get()).data).toEqual([])
  })
})
