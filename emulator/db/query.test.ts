import { describe, expect, it } from 'vitest'
import type { DB } from 'wx-server-sdk'
import { useTempDatabases, type TestDb } from './testing'

const openDb = useTempDatabases()

const people = [
  { _id: 'p1', name: '张三', age: 30, city: '杭州', tags: ['a', 'b'], profile: { level: 2, team: 'x' }, joined: new Date('2024-01-10T00:00:00Z') },
  { _id: 'p2', name: '李四', age: 25, city: '宁波', tags: ['b'], profile: { level: 1, team: 'y' }, joined: new Date('2024-02-10T00:00:00Z') },
  { _id: 'p3', name: '王五', age: 35, city: '杭州', tags: [], profile: { level: 3, team: 'x' }, joined: new Date('2024-03-10T00:00:00Z') },
  { _id: 'p4', name: '赵六', age: 25, city: '温州', profile: { level: 2, team: 'z' }, note: null, joined: new Date('2024-04-10T00:00:00Z') },
]

async function seeded(): Promise<TestDb> {
  const db = openDb()
  await db.seed('people', people)
  return db
}

async function ids(db: TestDb, condition: object): Promise<string[]> {
  const { data } = await db.collection('people').where(condition).get()
  return data.map((d) => String(d._id)).sort()
}

describe('where: equality', () => {
  it('matches plain values, including _id', async () => {
    const db = await seeded()
    expect(await ids(db, { city: '杭州' })).toEqual(['p1', 'p3'])
    expect(await ids(db, { city: '杭州', age: 35 })).toEqual(['p3'])
    expect(await ids(db, { _id: 'p2' })).toEqual(['p2'])
    expect(await ids(db, { _id: 'nope' })).toEqual([])
  })

  it('reads a nested object as field paths (CloudBase flattens it), not as an exact match', async () => {
    const db = await seeded()
    expect(await ids(db, { profile: { team: 'x' } })).toEqual(['p1', 'p3'])
    expect(await ids(db, { profile: { team: 'x', level: 3 } })).toEqual(['p3'])
  })

  it('accepts dotted paths', async () => {
    const db = await seeded()
    expect(await ids(db, { 'profile.level': 2 })).toEqual(['p1', 'p4'])
  })

  it('matches an array field by element, as MongoDB does', async () => {
    const db = await seeded()
    expect(await ids(db, { tags: 'b' })).toEqual(['p1', 'p2'])
  })

  it('follows a path through an array of objects, as MongoDB does', async () => {
    const db = openDb()
    await db.seed('orders', [
      { _id: 'o1', lines: [{ sku: 'a' }, { sku: 'b' }] },
      { _id: 'o2', lines: [{ sku: 'c' }] },
    ])
    const { data } = await db.collection('orders').where({ lines: { sku: 'b' } }).get()
    expect(data.map((d) => d._id)).toEqual(['o1'])
  })

  it('matches null for null and missing fields', async () => {
    const db = await seeded()
    expect(await ids(db, { note: null })).toEqual(['p1', 'p2', 'p3', 'p4'])
  })

  it('exact-matches an object with _.eq', async () => {
    const db = await seeded()
    const _ = db.command
    expect(await ids(db, { profile: _.eq({ level: 1, team: 'y' }) })).toEqual(['p2'])
    expect(await ids(db, { profile: _.eq({ team: 'y' }) })).toEqual([])
  })

  it('compares dates as dates', async () => {
    const db = await seeded()
    expect(await ids(db, { joined: new Date('2024-02-10T00:00:00Z') })).toEqual(['p2'])
  })

  it('matches a RegExp', async () => {
    const db = await seeded()
    expect(await ids(db, { name: /^[张李]/ })).toEqual(['p1', 'p2'])
  })
})

describe('where: comparison commands', () => {
  it.each([
    ['eq', 25, ['p2', 'p4']],
    ['neq', 25, ['p1', 'p3']],
    ['gt', 30, ['p3']],
    ['gte', 30, ['p1', 'p3']],
    ['lt', 30, ['p2', 'p4']],
    ['lte', 30, ['p1', 'p2', 'p4']],
  ] as const)('%s', async (op, value, expected) => {
    const db = await seeded()
    expect(await ids(db, { age: db.command[op](value) })).toEqual(expected)
  })

  it('compares dates with gt/lt', async () => {
    const db = await seeded()
    const _ = db.command
    expect(await ids(db, { joined: _.gt(new Date('2024-02-01T00:00:00Z')).and(_.lt(new Date('2024-04-01T00:00:00Z'))) })).toEqual(['p2', 'p3'])
  })

  it('keeps comparisons within a type', async () => {
    const db = openDb()
    await db.seed('mixed', [{ _id: 'n', v: 5 }, { _id: 's', v: '5' }])
    const { data } = await db.collection('mixed').where({ v: db.command.gt(1) }).get()
    expect(data.map((d) => d._id)).toEqual(['n'])
  })

  it('in and nin', async () => {
    const db = await seeded()
    const _ = db.command
    expect(await ids(db, { city: _.in(['宁波', '温州']) })).toEqual(['p2', 'p4'])
    expect(await ids(db, { city: _.nin(['宁波', '温州']) })).toEqual(['p1', 'p3'])
    expect(await ids(db, { tags: _.in(['a']) })).toEqual(['p1'])
  })

  it('exists', async () => {
    const db = await seeded()
    const _ = db.command
    expect(await ids(db, { tags: _.exists(false) })).toEqual(['p4'])
    expect(await ids(db, { note: _.exists(true) })).toEqual(['p4'])
  })

  it('combines commands on one field with .and / .or', async () => {
    const db = await seeded()
    const _ = db.command
    expect(await ids(db, { age: _.gt(24).and(_.lt(31)) })).toEqual(['p1', 'p2', 'p4'])
    expect(await ids(db, { age: _.lt(26).or(_.gt(34)) })).toEqual(['p2', 'p3', 'p4'])
    expect(await ids(db, { age: _.and(_.gte(25), _.lte(25)) })).toEqual(['p2', 'p4'])
    expect(await ids(db, { age: _.gt(24).lt(26) })).toEqual(['p2', 'p4'])
  })

  it('also supports all, size, elemMatch and mod', async () => {
    const db = await seeded()
    const _ = db.command
    expect(await ids(db, { tags: _.all(['a', 'b']) })).toEqual(['p1'])
    expect(await ids(db, { tags: _.size(0) })).toEqual(['p3'])
    expect(await ids(db, { age: _.mod(10, 5) })).toEqual(['p2', 'p3', 'p4'])
    await db.seed('orders', [
      { _id: 'o1', lines: [{ sku: 'a', qty: 1 }, { sku: 'b', qty: 5 }] },
      { _id: 'o2', lines: [{ sku: 'a', qty: 5 }] },
    ])
    const { data } = await db.collection('orders').where({ lines: _.elemMatch({ sku: 'a', qty: _.gt(2) }) }).get()
    expect(data.map((d) => d._id)).toEqual(['o2'])
  })
})

describe('where: logic commands', () => {
  it('top-level _.or with an array and with arguments', async () => {
    const db = await seeded()
    const _ = db.command
    expect(await ids(db, _.or([{ city: '宁波' }, { age: _.gt(30) }]))).toEqual(['p2', 'p3'])
    expect(await ids(db, _.or({ city: '宁波' }, { age: _.gt(30) }))).toEqual(['p2', 'p3'])
  })

  it('top-level _.and, nested in _.or', async () => {
    const db = await seeded()
    const _ = db.command
    expect(await ids(db, _.and({ city: '杭州' }, { age: _.lt(33) }))).toEqual(['p1'])
    expect(await ids(db, _.and([{ age: 25 }, _.or([{ city: '宁波' }, { city: '杭州' }])]))).toEqual(['p2'])
    expect(await ids(db, _.nor([{ city: '杭州' }, { age: 25 }]))).toEqual([])
  })

  it('a logic command beside other fields', async () => {
    const db = await seeded()
    const _ = db.command
    expect(await ids(db, { city: '杭州', age: _.or(_.eq(30), _.eq(25)) })).toEqual(['p1'])
  })
})

describe('orderBy, skip, limit, field, count', () => {
  it('orders by several keys', async () => {
    const db = await seeded()
    const { data } = await db.collection('people').orderBy('age', 'asc').orderBy('name', 'desc').get()
    expect(data.map((d) => d._id)).toEqual(['p4', 'p2', 'p1', 'p3'])
    const desc = await db.collection('people').orderBy('profile.level', 'desc').orderBy('_id', 'asc').get()
    expect(desc.data.map((d) => d._id)).toEqual(['p3', 'p1', 'p4', 'p2'])
  })

  it('orders dates, and missing fields first ascending', async () => {
    const db = await seeded()
    const byDate = await db.collection('people').orderBy('joined', 'desc').get()
    expect(byDate.data.map((d) => d._id)).toEqual(['p4', 'p3', 'p2', 'p1'])
    const byNote = await db.collection('people').orderBy('note', 'asc').orderBy('_id', 'desc').get()
    expect(byNote.data.map((d) => d._id)).toEqual(['p4', 'p3', 'p2', 'p1'])
  })

  it('skips and limits after sorting', async () => {
    const db = await seeded()
    const { data } = await db.collection('people').orderBy('_id', 'asc').skip(1).limit(2).get()
    expect(data.map((d) => d._id)).toEqual(['p2', 'p3'])
  })

  it('returns 100 documents when no limit is set', async () => {
    const db = openDb()
    await db.seed('many', Array.from({ length: 150 }, (_, i) => ({ i })))
    const { data, errMsg } = await db.collection('many').get()
    expect(data).toHaveLength(100)
    expect(errMsg).toBe('collection.get:ok')
    expect((await db.collection('many').limit(150).get()).data).toHaveLength(150)
  })

  it('caps limit at 1000, as the server does', async () => {
    const db = openDb()
    await db.seed('many', Array.from({ length: 1500 }, (_, i) => ({ i })))
    expect((await db.collection('many').limit(1500).get()).data).toHaveLength(1000)
    expect((await db.collection('many').skip(1000).limit(1000).get()).data).toHaveLength(500)
  })

  it('projects fields with field()', async () => {
    const db = await seeded()
    const { data } = await db.collection('people').where({ _id: 'p1' }).field({ name: true, 'profile.team': true }).get()
    expect(data).toEqual([{ _id: 'p1', name: '张三', profile: { team: 'x' } }])
    const without = await db.collection('people').where({ _id: 'p1' }).field({ tags: false, profile: false, joined: false, _id: false }).get()
    expect(without.data).toEqual([{ name: '张三', age: 30, city: '杭州' }])
    // the client sends a mixed projection; the server refuses it
    await expect(db.collection('people').field({ name: true, age: false }).get()).rejects.toMatchObject({ errCode: -501007 })
  })

  it('counts matches, ignoring skip and limit', async () => {
    const db = await seeded()
    const res = await db.collection('people').where({ age: 25 }).count()
    expect(res).toEqual({ total: 2, errMsg: 'collection.count:ok' })
    expect((await db.collection('people').count()).total).toBe(4)
  })
})

describe('where: what the client refuses, and what the server refuses', () => {
  it('the client refuses undefined values, commands without a field, bad orders and limits', async () => {
    const db = await seeded()
    const _ = db.command
    const people = db.collection('people')
    expect(() => people.where({ city: undefined })).toThrow(/undefined/)
    expect(() => people.where(_.gt(1) as unknown as object)).toThrow(/field name/)
    expect(() => people.orderBy('age', 'up' as 'asc')).toThrow()
    expect(() => people.limit(1.5)).toThrow(/integer/)
  })

  it('as in CloudBase, a second where() replaces the first, and an empty nested object matches everything', async () => {
    const db = await seeded()
    const people = db.collection('people')
    expect((await people.where({ city: '杭州' }).where({ age: 25 }).get()).data.map((d) => d._id).sort()).toEqual(['p2', 'p4'])
    expect((await people.where({ profile: {} }).get()).data).toHaveLength(4)
  })

  it('the server refuses $where, and fails loudly on what the local cloud does not implement', async () => {
    const db = await seeded()
    const _ = db.command
    const people = db.collection('people')
    await expect(people.where({ $where: 'x' } as object).get()).rejects.toMatchObject({ errCode: -501007 })
    await expect(people.add({ data: { at: db.serverDate() } })).rejects.toThrow(/not supported by the local cloud: db.serverDate/)
    await expect(people.where({ loc: _.geoNear({ geometry: new db.Geo.Point(1, 2) }) }).get()).rejects.toThrow(/not supported by the local cloud/)
    const lookup = people.aggregate().lookup({ from: 'x', localField: 'a', foreignField: 'b', as: 'c' }).end()
    await expect(lookup).rejects.toThrow(/not supported by the local cloud: the aggregation stage \$lookup/)
    expect(db.dump('people')).toHaveLength(4)
  })

  it('errors carry wx-server-sdk’s numeric errCode and errMsg', async () => {
    const db = await seeded()
    const err = await db.collection('people').where({ $where: 'x' } as object).get().catch((e: unknown) => e)
    expect(err).toBeInstanceOf(Error)
    expect((err as { errCode: number }).errCode).toBe(-501007)
    expect((err as { errMsg: string }).errMsg).toMatch(/^collection.get:fail -501007/)
  })
})

describe('aggregate', () => {
  it('runs a pipeline on the server', async () => {
    const db = await seeded()
    const $ = db.command.aggregate
    const { list } = (await db.collection('people').aggregate().match({ city: '杭州' }).group({ _id: '$city', n: $.sum(1), age: $.avg('$age') }).end()) as DB.IAggregateResult
    expect(list).toEqual([{ _id: '杭州', n: 2, age: 32.5 }])
  })
})
