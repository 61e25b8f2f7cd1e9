/**
 * Collections, queries and document references with wx-server-sdk's API and results.
 * Builders (where, orderBy, …) are immutable, as in the SDK: each returns a new query.
 * Every call yields to the event loop before and after its one atomic engine step.
 */
import { randomBytes } from 'node:crypto'
import type { DB } from 'wx-server-sdk'
import type { CollectionPort, DocumentData, DocumentPort, QueryCondition, QueryPort } from '../../cloudfunctions/lib/port'
import { tick } from './async'
import { compileCondition, type CompiledCondition } from './query-compiler'
import { compareByOrder, compileProjection, orderKey, project, type OrderKey, type Projection } from './query-shape'
import type { CollectionState, Engine } from './engine'
import { ERR, CloudError, asyncApi, cloudError, invalid, notSupported, syncApi } from './errors'
import { applyUpdate, compileUpdate } from './update-compiler'
import { cloneDoc, deepEqual, isPlainObject, toStoredValue, type DocObject, type StoredDoc } from './values'

export interface DbContext {
  readonly engine: Engine
  readonly throwOnNotFound: boolean
}

/** CloudBase returns 100 documents unless told otherwise, and never more than 1000 from the server. */
export const DEFAULT_LIMIT = 100
export const MAX_LIMIT = 1000

interface QueryState {
  readonly condition?: CompiledCondition
  readonly orders: readonly OrderKey[]
  readonly limit?: number
  readonly skip?: number
  readonly projection?: Projection | null
}

export function newDocumentId(): string {
  return randomBytes(16).toString('hex')
}

export function checkDocumentId(id: unknown, api: string): string {
  if (typeof id === 'string' && id !== '') return id
  if (typeof id === 'number') return notSupported(`numeric document ids (${api})`)
  return invalid(`${api}: the document id must be a non-empty string`)
}

/** The fields of `options.data` for add/set, validated and copied; `_id` is handled by the caller. */
export function documentFields(options: unknown, api: string): { id: unknown; fields: DocObject } {
  if (!isPlainObject(options) || !isPlainObject(options.data)) invalid(`${api}: options.data must be an object`)
  const { _id: id, ...rest } = options.data
  return { id, fields: toStoredValue(rest, 'data') as DocObject }
}

export function duplicateIdError(api: string, coll: CollectionState, id: string): CloudError {
  return cloudError(
    api,
    ERR.SYS_ERR,
    `[DuplicateKey] E11000 duplicate key error collection: ${coll.name} index: _id_ dup key: { _id: ${JSON.stringify(id)} }`,
  )
}

export function missingDocumentError(id: string): CloudError {
  // What wx-server-sdk itself throws: errCode -1 and this message.
  return new CloudError(ERR.UNKNOWN, `document.get:fail document with _id ${id} does not exist`)
}

export class LocalQuery implements QueryPort {
  constructor(
    protected readonly ctx: DbContext,
    readonly collectionName: string,
    protected readonly state: QueryState = { orders: [] },
  ) {}

  private with(patch: Partial<QueryState>): LocalQuery {
    return new LocalQuery(this.ctx, this.collectionName, { ...this.state, ...patch })
  }

  where(condition: QueryCondition): QueryPort {
    return syncApi('collection.where', () => {
      // The SDK lets a second where() replace the first; that silently drops a condition.
      if (this.state.condition) notSupported('calling where() twice on one query (combine the conditions with _.and)')
      return this.with({ condition: compileCondition(condition) })
    })
  }

  orderBy(fieldPath: string, order: 'asc' | 'desc'): QueryPort {
    return syncApi('collection.orderBy', () => {
      const key = orderKey(fieldPath, order)
      // As in the SDK, ordering by the same field again changes its direction in place.
      const orders = this.state.orders.some((o) => o.path === key.path)
        ? this.state.orders.map((o) => (o.path === key.path ? key : o))
        : [...this.state.orders, key]
      return this.with({ orders })
    })
  }

  limit(max: number): QueryPort {
    return syncApi('collection.limit', () => {
      if (!Number.isInteger(max) || max < 0) invalid(`limit must be a non-negative integer, got ${String(max)}`)
      return this.with({ limit: max })
    })
  }

  skip(offset: number): QueryPort {
    return syncApi('collection.skip', () => {
      if (!Number.isInteger(offset) || offset < 0) invalid(`skip must be a non-negative integer, got ${String(offset)}`)
      return this.with({ skip: offset })
    })
  }

  field(projection: Record<string, boolean>): QueryPort {
    return syncApi('collection.field', () => this.with({ projection: compileProjection(projection) }))
  }

  /** Documents matching the condition, in natural (insertion) order. Not copies. */
  private matching(coll: CollectionState): StoredDoc[] {
    const cond = this.state.condition
    if (!cond) return [...coll.docs.values()]
    if (cond.idEquals !== undefined) {
      const doc = coll.docs.get(cond.idEquals)
      return doc && cond.test(doc) ? [doc] : []
    }
    const out: StoredDoc[] = []
    for (const doc of coll.docs.values()) if (cond.test(doc)) out.push(doc)
    return out
  }

  get(): Promise<DB.IQueryResult> {
    return asyncApi('collection.get', async () => {
      await tick()
      const coll = this.ctx.engine.collection(this.collectionName, 'collection.get')
      const docs = this.matching(coll)
      if (this.state.orders.length) docs.sort(compareByOrder(this.state.orders))
      // limit(0) means "not set" in the SDK; above 1000 the server caps it.
      const limit = Math.min(this.state.limit || DEFAULT_LIMIT, MAX_LIMIT)
      const skip = this.state.skip ?? 0
      const data = docs.slice(skip, skip + limit).map((doc) => project(doc, this.state.projection ?? null))
      await tick()
      return { data, errMsg: 'collection.get:ok' }
    })
  }

  count(): Promise<DB.ICountResult> {
    return asyncApi('collection.count', async () => {
      await tick()
      const total = this.matching(this.ctx.engine.collection(this.collectionName, 'collection.count')).length
      await tick()
      return { total, errMsg: 'collection.count:ok' }
    })
  }

  /** Multi-document writes take the condition only; refuse what CloudBase would ignore. */
  private checkWriteQuery(api: string): CompiledCondition {
    const { condition, orders, limit, skip, projection } = this.state
    if (!condition || condition.matchesAll) {
      invalid(`${api} needs a non-empty where() condition (CloudBase refuses to ${api.endsWith('remove') ? 'remove' : 'update'} without one)`)
    }
    if (orders.length || limit !== undefined || skip !== undefined || projection !== undefined) {
      notSupported(`orderBy/limit/skip/field with ${api}() (CloudBase ignores them; the write would hit every match)`)
    }
    return condition
  }

  update(options: DB.IUpdateDocumentOptions): Promise<DB.IUpdateResult> {
    return asyncApi('collection.update', async () => {
      this.checkWriteQuery('collection.update')
      const compiled = compileUpdate(isPlainObject(options) ? options.data : undefined)
      await tick()
      const coll = this.ctx.engine.collection(this.collectionName, 'collection.update')
      const changes = []
      for (const doc of this.matching(coll)) {
        const after = applyUpdate(doc, compiled)
        if (!deepEqual(after, doc)) changes.push({ coll, id: doc._id, after })
      }
      this.ctx.engine.apply('collection.update', changes)
      await tick()
      return { stats: { updated: changes.length }, errMsg: 'collection.update:ok' }
    })
  }

  remove(): Promise<DB.IRemoveResult> {
    return asyncApi('collection.remove', async () => {
      this.checkWriteQuery('collection.remove')
      await tick()
      const coll = this.ctx.engine.collection(this.collectionName, 'collection.remove')
      const changes = this.matching(coll).map((doc) => ({ coll, id: doc._id, after: null }))
      this.ctx.engine.apply('collection.remove', changes)
      await tick()
      return { stats: { removed: changes.length }, errMsg: 'collection.remove:ok' }
    })
  }
}

export class LocalCollection extends LocalQuery implements CollectionPort {
  doc(id: string): DocumentPort {
    return new LocalDocument(this.ctx, this.collectionName, syncApi('collection.doc', () => checkDocumentId(id, 'collection.doc')))
  }

  add(options: DB.IAddDocumentOptions): Promise<DB.IAddResult> {
    return asyncApi('collection.add', async () => {
      const { id: givenId, fields } = documentFields(options, 'collection.add')
      const id = givenId === undefined ? newDocumentId() : checkDocumentId(givenId, 'collection.add')
      await tick()
      const coll = this.ctx.engine.collection(this.collectionName, 'collection.add')
      if (coll.docs.has(id)) throw duplicateIdError('collection.add', coll, id)
      this.ctx.engine.apply('collection.add', [{ coll, id, after: { _id: id, ...fields } }])
      await tick()
      return { _id: id, errMsg: 'collection.add:ok' }
    })
  }

  aggregate(): never {
    return notSupported('collection.aggregate()')
  }

  watch(): never {
    return notSupported('collection.watch()')
  }
}

export class LocalDocument implements DocumentPort {
  constructor(
    private readonly ctx: DbContext,
    private readonly collectionName: string,
    readonly id: string,
  ) {}

  get(): Promise<{ data: DocumentData | null; errMsg: string }> {
    return asyncApi('document.get', async () => {
      await tick()
      const doc = this.ctx.engine.collection(this.collectionName, 'document.get').docs.get(this.id)
      const data = doc ? cloneDoc(doc) : null
      await tick()
      if (!data && this.ctx.throwOnNotFound) throw missingDocumentError(this.id)
      return { data, errMsg: 'document.get:ok' }
    })
  }

  set(options: DB.ISetSingleDocumentOptions): Promise<DB.ISetResult> {
    return asyncApi('document.set', async () => {
      const { id, fields } = documentFields(options, 'document.set')
      if (id !== undefined && id !== this.id) invalid('document.set: data._id differs from the document id (不能更新_id的值)')
      if (Object.keys(fields).length === 0) invalid('document.set: options.data must not be empty')
      await tick()
      const coll = this.ctx.engine.collection(this.collectionName, 'document.set')
      const before = coll.docs.get(this.id)
      const after: StoredDoc = { _id: this.id, ...fields }
      const changed = !before || !deepEqual(before, after)
      if (changed) this.ctx.engine.apply('document.set', [{ coll, id: this.id, after }])
      await tick()
      return {
        _id: this.id,
        stats: { updated: before && changed ? 1 : 0, created: before ? 0 : 1 },
        errMsg: 'document.set:ok',
      }
    })
  }

  update(options: DB.IUpdateSingleDocumentOptions): Promise<DB.IUpdateResult> {
    return asyncApi('document.update', async () => {
      const compiled = compileUpdate(isPlainObject(options) ? options.data : undefined)
      await tick()
      const coll = this.ctx.engine.collection(this.collectionName, 'document.update')
      const before = coll.docs.get(this.id)
      let updated = 0
      if (before) {
        const after = applyUpdate(before, compiled)
        if (!deepEqual(before, after)) {
          this.ctx.engine.apply('document.update', [{ coll, id: this.id, after }])
          updated = 1
        }
      }
      await tick()
      return { stats: { updated }, errMsg: 'document.update:ok' }
    })
  }

  remove(): Promise<DB.IRemoveResult> {
    return asyncApi('document.remove', async () => {
      await tick()
      const coll = this.ctx.engine.collection(this.collectionName, 'document.remove')
      const exists = coll.docs.has(this.id)
      if (exists) this.ctx.engine.apply('document.remove', [{ coll, id: this.id, after: null }])
      await tick()
      return { stats: { removed: exists ? 1 : 0 }, errMsg: 'document.remove:ok' }
    })
  }
}
