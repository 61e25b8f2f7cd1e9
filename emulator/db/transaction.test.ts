import { describe, expect, it } from 'vitest'
import type { TransactionPort } from '../../cloudfunctions/kernel/port'
import { TEST_INDEXES, useTempDatabases, type TestDb } from './testing'

const openDb = useTempDatabases()

async function withCounter(): Promise<TestDb> {
  const db = openDb({ indexes: TEST_INDEXES })
  await db.seed('counters', [{ _id: 'c', value: 0 }])
  return db
}

/** Read-modify-write of the counter inside a transaction. */
async function increment(tx: TransactionPort): Promise<number> {
  const { data } = await tx.collection('counters').doc('c').get()
  const next = (data?.value as number) + 1
  await tx.collection('counters').doc('c').update({ data: { value: next } })
  return next
}

describe('runTransaction', () => {
  it('commits its writes together and returns the callback result', async () => {
    const db = await withCounter()
    const result = await db.runTransaction(async (tx) => {
      const no = await increment(tx)
      const { _id } = await tx.collection('items').add({ data: { no: `n${no}`, ownerOpenid: 'u', requestId: 'r1' } })
      await tx.collection('items').doc('fixed').set({ data: { no: 'fixed', ownerOpenid: 'u', requestId: 'r2' } })
      return { no, _id }
    })
    expect(result.no).toBe(1)
    expect(db.dump('counters')).toEqual([{ _id: 'c', value: 1 }])
    expect(db.dump('items').map((d) => d.no)).toEqual(['n1', 'fixed'])
  })

  it('buffers writes until commit and reads its own writes', async () => {
    const db = await withCounter()
    await db.runTransaction(async (tx) => {
      await tx.collection('counters').doc('c').update({ data: { value: 5 } })
      expect(db.dump('counters')[0].value).toBe(0) // not applied yet
      expect((await tx.collection('counters').doc('c').get()).data?.value).toBe(5)
      await tx.collection('counters').doc('c').remove()
      expect((await tx.collection('counters').doc('c').get().catch((e: unknown) => e)) as Error).toMatchObject({ errCode: -1 })
      await tx.collection('counters').doc('c').set({ data: { value: 7 } })
    })
    expect(db.dump('counters')).toEqual([{ _id: 'c', value: 7 }])
  })

  it('two concurrent read-modify-writes without retries: the first to commit wins, the other gets the raw conflict', async () => {
    const db = await withCounter()
    const results = await Promise.allSettled([db.runTransaction(increment, 0), db.runTransaction(increment, 0)])
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(failed).toHaveLength(1)
    // what @cloudbase/database rejects with: the server's answer, a string code and no errCode
    expect(failed[0].reason).toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' })
    expect(failed[0].reason.errCode).toBeUndefined()
    expect(db.dump('counters')).toEqual([{ _id: 'c', value: 1 }])
  })

  it('the client retries a conflict itself (3 more times by default)', async () => {
    const db = await withCounter()
    let runs = 0
    const counted = async (tx: TransactionPort) => {
      runs++
      return increment(tx)
    }
    const numbers = await Promise.all([db.runTransaction(counted), db.runTransaction(counted)])
    expect([...numbers].sort()).toEqual([1, 2])
    expect(runs).toBe(3)
    // four commits that keep losing give up with the raw conflict
    let attempts = 0
    const err = await db
      .runTransaction(async (tx) => {
        attempts++
        await increment(tx)
        await db.collection('counters').doc('c').update({ data: { value: db.command.inc(100) } })
      })
      .catch((e: unknown) => e)
    expect(attempts).toBe(4)
    expect(err).toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' })
  })

  it('with retries, every one of many concurrent increments lands exactly once', async () => {
    const db = await withCounter()
    const withRetry = async () => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await db.runTransaction(increment, 0)
        } catch (err) {
          if ((err as { code?: string }).code !== 'DATABASE_TRANSACTION_CONFLICT' || attempt > 200) throw err
          await new Promise((r) => setTimeout(r, Math.random() * 5))
        }
      }
    }
    const numbers = await Promise.all(Array.from({ length: 20 }, withRetry))
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
    expect(db.dump('counters')[0].value).toBe(20)
  })

  it('reads a snapshot from its start; a document changed since then cannot be written', async () => {
    const db = await withCounter()
    const outside = db.collection('counters').doc('c')
    const err = await db
      .runTransaction(async (tx) => {
        await outside.update({ data: { value: 100 } })
        const seen = await tx.collection('counters').doc('c').get()
        expect(seen.data?.value).toBe(0)
        await tx.collection('counters').doc('c').update({ data: { value: 1 } })
      }, 0)
      .catch((e: unknown) => e)
    expect(err).toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' })
    expect(db.dump('counters')[0].value).toBe(100)
  })

  it('fails at commit when another operation changed a written document in between', async () => {
    const db = await withCounter()
    const err = await db
      .runTransaction(async (tx) => {
        await tx.collection('counters').doc('c').update({ data: { value: 1 } })
        await db.collection('counters').doc('c').update({ data: { value: 50 } })
      }, 0)
      .catch((e: unknown) => e)
    expect(err).toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' })
    expect(db.dump('counters')[0].value).toBe(50)
  })

  it('conflicts when creating an _id that someone else created after the start', async () => {
    const db = await withCounter()
    const err = await db
      .runTransaction(async (tx) => {
        await db.collection('items').add({ data: { _id: 'same', no: 'outside' } })
        expect((await tx.collection('items').doc('same').get().catch(() => null))?.data).toBeUndefined()
        await tx.collection('items').add({ data: { _id: 'same', no: 'inside' } })
      }, 0)
      .catch((e: unknown) => e)
    expect(err).toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' })
    expect(db.dump('items')).toEqual([{ _id: 'same', no: 'outside' }])
  })

  it('of two open transactions writing one document, the first to commit wins; the other commits nothing', async () => {
    const db = await withCounter()
    let openGate = () => {}
    const gate = new Promise<void>((resolve) => (openGate = resolve))
    const first = db.runTransaction(async (tx) => {
      await tx.collection('counters').doc('c').update({ data: { value: 1 } })
      await tx.collection('items').add({ data: { no: 'first' } })
      await gate
    }, 0)
    const second = db.runTransaction(async (tx) => {
      await tx.collection('counters').doc('c').update({ data: { value: 2 } })
      return 'second'
    }, 0)
    await expect(second).resolves.toBe('second')
    openGate()
    await expect(first).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' })
    expect(db.dump('counters')[0].value).toBe(2)
    expect(db.dump('items')).toEqual([])
  })

  it('a unique-index violation fails the commit (the raw answer: a string code, no errCode) and applies nothing', async () => {
    const db = await withCounter()
    await db.collection('items').add({ data: { no: '202401001', ownerOpenid: 'u', requestId: 'r1' } })
    const err = await db
      .runTransaction(async (tx) => {
        await increment(tx)
        await tx.collection('items').add({ data: { no: '202401001', ownerOpenid: 'u', requestId: 'r2' } })
      })
      .catch((e: unknown) => e)
    expect(err).toMatchObject({ code: 'SYS_ERR', message: expect.stringMatching(/duplicate key/) })
    expect(db.dump('counters')[0].value).toBe(0)
    expect(db.dump('items')).toHaveLength(1)
  })

  it('applies nothing when the callback throws, and rethrows its error', async () => {
    const db = await withCounter()
    const boom = new Error('boom')
    await expect(
      db.runTransaction(async (tx) => {
        await increment(tx)
        await tx.collection('items').add({ data: { no: '1' } })
        throw boom
      }),
    ).rejects.toBe(boom)
    expect(db.dump('counters')[0].value).toBe(0)
    expect(db.dump('items')).toEqual([])
    // nothing of it stays behind: the next transaction commits
    await expect(db.runTransaction(increment, 0)).resolves.toBe(1)
  })

  it('rollback(reason) applies nothing and rejects with the reason', async () => {
    const db = await withCounter()
    const reason = { code: 'NOPE' }
    await expect(
      db.runTransaction(async (tx) => {
        await increment(tx)
        await tx.rollback(reason)
        return 'ignored'
      }),
    ).rejects.toBe(reason)
    expect(db.dump('counters')[0].value).toBe(0)
    // as in the SDK, the rollback reason wins over an error thrown afterwards
    await expect(
      db.runTransaction(async (tx) => {
        await tx.rollback('why')
        throw new Error('later')
      }),
    ).rejects.toBe('why')
  })

  it('refuses anything but single-document operations, loudly, and applies nothing', async () => {
    const db = await withCounter()
    const where = db.runTransaction(async (tx) => {
      await increment(tx)
      const coll = tx.collection('counters') as unknown as { where(c: object): { get(): Promise<unknown> } }
      await coll.where({ value: 0 }).get()
    }, 0)
    await expect(where).rejects.toMatchObject({ errCode: -501007, errMsg: expect.stringMatching(/single-document operations only/) })
    await expect(
      db.runTransaction(async (tx) => {
        await (tx.collection('counters') as unknown as { get(): Promise<unknown> }).get()
      }, 0),
    ).rejects.toThrow(/single-document operations only/)
    expect(db.dump('counters')[0].value).toBe(0)
  })

  it('refuses operations after the transaction has ended', async () => {
    const db = await withCounter()
    let saved: TransactionPort | undefined
    await db.runTransaction(async (tx) => {
      saved = tx
    })
    await expect(saved!.collection('counters').doc('c').get()).rejects.toThrow(/NoSuchTransaction/)
  })

  it('honours throwOnNotFound inside a transaction', async () => {
    const db = await withCounter()
    const lenient = db.local.database({ throwOnNotFound: false })
    const data = await lenient.runTransaction(async (tx) => (await tx.collection('counters').doc('none').get()).data)
    expect(data).toBeNull()
    await expect(db.runTransaction(async (tx) => tx.collection('counters').doc('none').get())).rejects.toMatchObject({ errCode: -1 })
  })
})

describe('concurrency without transactions', () => {
  it('interleaves concurrent calls, so a read-modify-write race loses an update', async () => {
    const db = await withCounter()
    const ref = db.collection('counters').doc('c')
    const racyIncrement = async () => {
      const { data } = await ref.get()
      await ref.update({ data: { value: (data?.value as number) + 1 } })
    }
    await Promise.all([racyIncrement(), racyIncrement()])
    expect(db.dump('counters')[0].value).toBe(1)
  })

  it('a single update is atomic: concurrent _.inc all land', async () => {
    const db = await withCounter()
    const ref = db.collection('counters').doc('c')
    await Promise.all(Array.from({ length: 50 }, () => ref.update({ data: { value: db.command.inc(1) } })))
    expect(db.dump('counters')[0].value).toBe(50)
  })
})
