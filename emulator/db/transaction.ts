/**
 * `db.runTransaction`, with the rules CloudBase's MongoDB transactions follow:
 * - only single-document operations: `doc(id).get/set/update/remove` and `add`;
 * - reads see a snapshot as of the transaction's start, plus its own writes;
 * - writes are buffered and applied together at commit, or not at all;
 * - writing a document that someone else changed (or created) since the start, or that
 *   another open transaction has written, is a write conflict: errCode -501001, and the
 *   whole transaction fails (a later commit is refused too);
 * - a unique-index violation at commit also fails with -501001;
 * - a throwing callback applies nothing and its error propagates; `rollback(reason)`
 *   makes runTransaction reject with `reason`.
 * Nothing is retried here: callers retry conflicts themselves.
 * As in MongoDB's snapshot isolation, documents only read are not checked (write skew
 * between two transactions that each read what the other writes is possible).
 */
import type { DB } from 'wx-server-sdk'
import type { DocumentData, DocumentPort, TransactionCollectionPort, TransactionPort } from '../../cloudfunctions/lib/port'
import { tick } from './async'
import {
  checkDocumentId,
  documentFields,
  duplicateIdError,
  missingDocumentError,
  newDocumentId,
  type DbContext,
} from './collection'
import { lockKey, type Change, type CollectionState } from './engine'
import { ERR, CloudError, asyncApi, cloudError, invalid, syncApi } from './errors'
import { applyUpdate, compileUpdate } from './update-compiler'
import { cloneDoc, deepEqual, isPlainObject, type StoredDoc } from './values'

type TxState = 'open' | 'failed' | 'committed' | 'aborted'

export class LocalTransaction implements TransactionPort {
  private state: TxState = 'open'
  private failure: CloudError | null = null
  private rollbackReason: { reason: unknown } | null = null
  private readonly writes = new Map<string, Change>()
  private readonly held = new Set<string>()
  readonly id: number
  readonly startSeq: number

  constructor(readonly ctx: DbContext) {
    const { id, startSeq } = ctx.engine.beginTransaction()
    this.id = id
    this.startSeq = startSeq
  }

  /** Like the SDK, never fails here: problems surface from the operations. */
  collection(name: string): TransactionCollectionPort {
    return new TransactionCollection(this, name)
  }

  /** Checks the transaction is usable and resolves a collection for an operation. */
  use(api: string, collection: string): CollectionState {
    this.assertActive(api)
    return this.ctx.engine.collection(collection, api)
  }

  async rollback(reason?: unknown): Promise<void> {
    await tick()
    if (this.state !== 'open' && this.state !== 'failed') return
    this.rollbackReason = { reason }
    this.end('aborted')
  }

  /** Throws unless operations may still run. */
  assertActive(api: string) {
    if (this.state === 'open') return
    if (this.state === 'failed' && this.failure) throw this.failure
    throw cloudError(api, ERR.INVALID_PARAM, `the transaction has already ${this.state === 'committed' ? 'committed' : 'been rolled back'}`)
  }

  /** The document as this transaction sees it: its own write, else the snapshot. */
  view(coll: CollectionState, id: string): StoredDoc | null {
    const own = this.writes.get(lockKey(coll, id))
    if (own) return own.after
    return this.ctx.engine.readAt(coll, id, this.startSeq)
  }

  /** Buffers a write after taking the document's write lock; a conflict fails the transaction. */
  stage(api: string, coll: CollectionState, id: string, after: StoredDoc | null) {
    const key = lockKey(coll, id)
    if (!this.held.has(key)) {
      const holder = this.ctx.engine.locks.get(key)
      if (this.ctx.engine.seqOf(coll, id) > this.startSeq) {
        this.fail(api, `document ${id} in ${coll.name} was changed by another operation after the transaction started`)
      }
      if (holder !== undefined && holder !== this.id) {
        this.fail(api, `document ${id} in ${coll.name} is being written by another transaction`)
      }
      this.ctx.engine.locks.set(key, this.id)
      this.held.add(key)
    }
    this.writes.set(key, { coll, id, after })
  }

  private fail(api: string, why: string): never {
    const err = cloudError(api, ERR.SYS_ERR, `[TransactionConflict] write conflict: ${why}`)
    this.failWith(err)
    throw err
  }

  /** Marks the transaction as doomed: nothing more runs and nothing will be committed. */
  failWith(err: CloudError) {
    this.failure = err
    if (this.state === 'open') this.ctx.engine.endTransaction(this.id, this.held)
    this.held.clear()
    this.state = 'failed'
  }

  private end(state: 'committed' | 'aborted') {
    if (this.state === 'open') this.ctx.engine.endTransaction(this.id, this.held)
    this.held.clear()
    this.state = state
  }

  /** After the callback: reject with the rollback reason or failure, else commit. */
  async finish(): Promise<void> {
    if (this.rollbackReason) throw this.rollbackReason.reason
    this.assertActive('database.runTransaction')
    await tick()
    this.assertActive('database.runTransaction')
    try {
      const changes = [...this.writes.values()]
      for (const c of changes) {
        if (this.ctx.engine.seqOf(c.coll, c.id) > this.startSeq) {
          this.fail('database.runTransaction', `document ${c.id} in ${c.coll.name} was changed by another operation after the transaction started`)
        }
      }
      this.ctx.engine.apply('database.runTransaction', changes)
      this.end('committed')
    } finally {
      if (this.state === 'open') this.end('aborted')
    }
    await tick()
  }

  /** After a throwing callback: discard everything. As in the SDK, a rollback reason wins over the error. */
  abort(err: unknown): never {
    if (this.state === 'open') this.end('aborted')
    if (this.rollbackReason) throw this.rollbackReason.reason
    throw err
  }
}

/** Only single-document operations exist inside a transaction. */
function onlySingleDocument(what: string): never {
  throw cloudError(
    `transaction.${what}`,
    ERR.INVALID_PARAM,
    `${what}() is not allowed inside a transaction: CloudBase transactions allow doc(id).get/set/update/remove and add only`,
  )
}

class TransactionCollection implements TransactionCollectionPort {
  constructor(
    private readonly tx: LocalTransaction,
    private readonly name: string,
  ) {}

  doc(id: string): DocumentPort {
    return new TransactionDocument(this.tx, this.name, syncApi('collection.doc', () => checkDocumentId(id, 'collection.doc')))
  }

  add(options: DB.IAddDocumentOptions): Promise<DB.IAddResult> {
    return asyncApi('collection.add', async () => {
      this.tx.use('collection.add', this.name)
      const { id: givenId, fields } = documentFields(options, 'collection.add')
      const id = givenId === undefined ? newDocumentId() : checkDocumentId(givenId, 'collection.add')
      await tick()
      const coll = this.tx.use('collection.add', this.name)
      if (this.tx.view(coll, id)) {
        const err = duplicateIdError('collection.add', coll, id)
        this.tx.failWith(err)
        throw err
      }
      this.tx.stage('collection.add', coll, id, { _id: id, ...fields })
      await tick()
      return { _id: id, errMsg: 'collection.add:ok' }
    })
  }

  // Anything beyond single documents fails loudly, at the call.
  where(): never {
    return onlySingleDocument('where')
  }
  orderBy(): never {
    return onlySingleDocument('orderBy')
  }
  limit(): never {
    return onlySingleDocument('limit')
  }
  skip(): never {
    return onlySingleDocument('skip')
  }
  field(): never {
    return onlySingleDocument('field')
  }
  get(): never {
    return onlySingleDocument('get')
  }
  count(): never {
    return onlySingleDocument('count')
  }
  update(): never {
    return onlySingleDocument('update')
  }
  remove(): never {
    return onlySingleDocument('remove')
  }
  aggregate(): never {
    return onlySingleDocument('aggregate')
  }
}

class TransactionDocument implements DocumentPort {
  constructor(
    private readonly tx: LocalTransaction,
    private readonly name: string,
    private readonly id: string,
  ) {}

  get(): Promise<{ data: DocumentData | null; errMsg: string }> {
    return asyncApi('document.get', async () => {
      this.tx.use('document.get', this.name)
      await tick()
      const coll = this.tx.use('document.get', this.name)
      const doc = this.tx.view(coll, this.id)
      const data = doc ? cloneDoc(doc) : null
      await tick()
      if (!data && this.tx.ctx.throwOnNotFound) throw missingDocumentError(this.id)
      return { data, errMsg: 'document.get:ok' }
    })
  }

  set(options: DB.ISetSingleDocumentOptions): Promise<DB.ISetResult> {
    return asyncApi('document.set', async () => {
      this.tx.use('document.set', this.name)
      const { id, fields } = documentFields(options, 'document.set')
      if (id !== undefined && id !== this.id) invalid('document.set: data._id differs from the document id (不能更新_id的值)')
      if (Object.keys(fields).length === 0) invalid('document.set: options.data must not be empty')
      await tick()
      const coll = this.tx.use('document.set', this.name)
      const before = this.tx.view(coll, this.id)
      const after: StoredDoc = { _id: this.id, ...fields }
      const changed = !before || !deepEqual(before, after)
      if (changed) this.tx.stage('document.set', coll, this.id, after)
      await tick()
      return { _id: this.id, stats: { updated: before && changed ? 1 : 0, created: before ? 0 : 1 }, errMsg: 'document.set:ok' }
    })
  }

  update(options: DB.IUpdateSingleDocumentOptions): Promise<DB.IUpdateResult> {
    return asyncApi('document.update', async () => {
      this.tx.use('document.update', this.name)
      const compiled = compileUpdate(isPlainObject(options) ? options.data : undefined)
      await tick()
      const coll = this.tx.use('document.update', this.name)
      const before = this.tx.view(coll, this.id)
      let updated = 0
      if (before) {
        const after = applyUpdate(before, compiled)
        if (!deepEqual(before, after)) {
          this.tx.stage('document.update', coll, this.id, after)
          updated = 1
        }
      }
      await tick()
      return { stats: { updated }, errMsg: 'document.update:ok' }
    })
  }

  remove(): Promise<DB.IRemoveResult> {
    return asyncApi('document.remove', async () => {
      this.tx.use('document.remove', this.name)
      await tick()
      const coll = this.tx.use('document.remove', this.name)
      const exists = this.tx.view(coll, this.id) !== null
      if (exists) this.tx.stage('document.remove', coll, this.id, null)
      await tick()
      return { stats: { removed: exists ? 1 : 0 }, errMsg: 'document.remove:ok' }
    })
  }
}

/** Runs `fn` as one transaction (see the top of this file). */
export async function runTransaction<T>(ctx: DbContext, fn: (tx: TransactionPort) => Promise<T>): Promise<T> {
  ctx.engine.assertOpen('database.runTransaction')
  if (typeof fn !== 'function') throw cloudError('database.runTransaction', ERR.INVALID_PARAM, 'runTransaction needs a function')
  await tick()
  const tx = new LocalTransaction(ctx)
  let result: T
  try {
    result = await fn(tx)
  } catch (err) {
    return tx.abort(err)
  }
  await tx.finish()
  return result
}
