import { describe, expect, it } from 'vitest'
import type { TransactionPort } from '../../cloudfunctions/lib/port'
import type { LocalDatabase } from './database'
import { TEST_INDEXES, useTempDatabases } from './testing'

const openDb = useTempDatabases()

async function withCounter(): Promise<LocalDatabase> {
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

  it('two concurrent read-modify-writes of one counter: exactly one commits, the other gets -501001', async () => {
    const db = await withCounter()
    const results = await Promise.allSettled([db.runTransaction(increment), db.runTransaction(increment)])
    const ok = results.filter((r) => r.status === 'fulfilled')
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')
    expect(ok).toHaveLength(1)
    expect(failed).toHaveLength(1)
    expect(failed[0].reason).toBeInstanceOf(Error)
    expect(failed[0].reason).toMatchObject({ errCode: -501001, errMsg: expect.stringMatching(/write conflict/) })
    expect(db.dump('counters')).toEqual([{ _id: 'c', value: 1 }])
  })

  it('with retries, every one of many concurrent increments lands exactly once', async () => {
    const db = await withCounter()
    const withRetry = async () => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await db.runTransaction(increment)
        } catch (err) {
          if ((err as { errCode?: number }).errCode !== -501001 || attempt > 200) throw err
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
      })
      .catch((e: unknown) => e)
    expect(err).toMatchObject({ errCode: -501001 })
    expect(db.dump('counters')[0].value).toBe(100)
  })

  it('fails at commit when another operation changed a written document in between', async () => {
    const db = await withCounter()
    const err = await db
      .runTransaction(async (tx) => {
        await tx.collection('counters').doc('c').update({ data: { value: 1 } })
        await db.collection('counters').doc('c').update({ data: { value: 50 } })
      })
      .catch((e: unknown) => e)
    expect(err).toMatchObject({ errCode: -501001 })
    expect(db.dump('counters')[0].value).toBe(50)
  })

  it('conflicts when creating an _id that someone else created after the start', async () => {
    const db = await withCounter()
    const err = await db
      .runTransaction(async (tx) => {
        await db.collection('items').add({ data: { _id: 'same', no: 'outside' } })
        expect((await tx.collection('items').doc('same').get().catch(() => null))?.data).toBeUndefined()
        await tx.collection('items').add({ data: { _id: 'same', no: 'inside' } })
      })
      .catch((e: unknown) => e)
    expect(err).toMatchObject({ errCode: -501001 })
    expect(db.dump('items')).toEqual([{ _id: 'same', no: 'outside' }])
  })

  it('stays failed after a conflict even if the callback swallows the error', async () => {
    const db = await withCounter()
    let openGate = () => {}
    const gate = new Promise<void>((resolve) => (openGate = resolve))
    const first = db.runTransaction(async (tx) => {
      await tx.collection('counters').doc('c').update({ data: { value: 1 } })
      await gate
    })
    const second = db.runTransaction(async (tx) => {
      await tx.collection('counters').doc('c').update({ data: { value: 2 } }).catch(() => undefined)
      await tx.collection('items').add({ data: { no: 'x' } }).catch(() => undefined)
      openGate()
      return 'swallowed'
    })
    await expect(second).rejects.toMatchObject({ errCode: -501001 })
    await first
    expect(db.dump('counters')[0].value).toBe(1)
    expect(db.dump('items')).toEqual([])
  })

  it('a unique-index violation at commit fails with -501001 and applies nothing', async () => {
    const db = await withCounter()
    await db.collection('items').add({ data: { no: '202401001', ownerOpenid: 'u', requestId: 'r1' } })
    const err = await db
      .runTransaction(async (tx) => {
        await increment(tx)
        await tx.collection('items').add({ data: { no: '202401001', ownerOpenid: 'u', requestId: 'r2' } })
      })
      .catch((e: unknown) => e)
    expect(err).toMatchObject({ errCode: -501001, errMsg: expect.stringMatching(/duplicate key/) })
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
    // its locks are gone: the next transaction commits
    await expect(db.runTransaction(increment)).resolves.toBe(1)
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

  it('refuses anything but single-document operations, loudly', async () => {
    const db = await withCounter()
    await expect(
      db.runTransaction(async (tx) => {
        const coll = tx.collection('counters') as unknown as { where(c: object): unknown }
        coll.where({ value: 0 })
      }),
    ).rejects.toThrow(/not allowed inside a transaction/)
    await expect(
      db.runTransaction(async (tx) => {
        await (tx.collection('counters') as unknown as { get(): Promise<unknown> }).get()
      }),
    ).rejects.toThrow(/not allowed inside a transaction/)
  })

  it('refuses operations after the transaction has ended', async () => {
    const db = await withCounter()
    let saved: TransactionPort | undefined
    await db.runTransaction(async (tx) => {
      saved = tx
    })
    await expect(saved!.collection('counters').doc('c').get()).rejects.toThrow(/already committed/)
  })

  it('honours throwOnNotFound inside a transaction', async () => {
    const db = await withCounter()
    const lenient = db.withConfig({ throwOnNotFound: false })
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
