/**
 * The local database service: CloudBase's database actions as its client sends them
 * (`send(action, params)` of `Db.reqClass`), answered from the engine. Answers have the
 * server's shape — `{ requestId, data }`, or `{ code, message }` with a string code — and
 * everything above this (serialization, validation, error mapping, transaction retries)
 * is CloudBase's own client code.
 *
 * Each call yields to the event loop before and after its one atomic engine step, as a
 * network round trip would, so concurrent callers interleave; a write answers only once
 * it is on disk.
 */
import { Aggregator } from 'mingo'
import { tick } from './async'
import type { CollectionState, Engine } from './engine'
import { ServiceError, invalid, notSupported } from './errors'
import { indexedCandidates, pinnedFields } from './field-index'
import { compileFields, compileFilter, compileOrder, compileUpdate, fromWire, replacement, toWire, type Filter } from './mongo'
import type { IndexCheck } from './index-check'
import { project } from './query-shape'
import { docId, duplicateIdError, insertable, isDocRequest } from './requests'
import { ServiceTransaction } from './service-transaction'
import { deepEqual, isPlainObject, type DocObject, type StoredDoc } from './values'

type Params = Record<string, unknown>
type Answer = Record<string, unknown>

/** Stages that read or write other collections: not implemented here. */
const UNSUPPORTED_STAGES = new Set(['$lookup', '$out', '$merge', '$unionWith', '$graphLookup', '$geoNear'])

/** CloudBase returns 100 documents unless told otherwise, and never more than 1000. */
export const DEFAULT_LIMIT = 100
export const MAX_LIMIT = 1000
const FILTER_CACHE_SIZE = 1000

export class DatabaseService {
  private readonly transactions = new Map<string, ServiceTransaction>()
  /** Request ids need only be unique here: a counter, not random bytes (which cost a system call each). */
  private requests = 0
  private readonly filters = new Map<string, Plan>()

  constructor(
    readonly engine: Engine,
    /** When given, queries no declared index serves fail (tests). */
    private readonly indexCheck?: IndexCheck,
  ) {}

  async send(action: string, params: Params = {}): Promise<Answer> {
    await tick()
    const requestId = `local-req-${(++this.requests).toString(16)}`
    try {
      const data = await this.dispatch(action, params)
      await tick()
      return { requestId, ...data }
    } catch (err) {
      await tick()
      if (err instanceof ServiceError) return { requestId, code: err.code, message: err.message }
      throw err
    }
  }

  private dispatch(action: string, params: Params): Promise<Answer> | Answer {
    switch (action) {
      case 'database.startTransaction': {
        const tx = new ServiceTransaction(this.engine)
        this.transactions.set(tx.id, tx)
        return { transactionId: tx.id }
      }
      case 'database.commitTransaction':
        return this.endTransaction(params, (tx) => tx.commit())
      case 'database.abortTransaction':
        return this.endTransaction(params, (tx) => tx.abort())
    }
    if (params.transactionId !== undefined) return this.transaction(params).handle(action, params)
    switch (action) {
      case 'database.getDocument':
        return this.get(params)
      case 'database.calculateDocument':
        return { data: { total: this.matching(params).length } }
      case 'database.insertDocument':
        return this.insert(params)
      case 'database.modifyDocument':
        return this.modify(params)
      case 'database.removeDocument':
        return this.remove(params)
      case 'database.aggregateDocuments':
        return this.aggregate(params)
      default:
        return notSupported(`the database action ${action}`)
    }
  }

  private transaction(params: Params): ServiceTransaction {
    const tx = this.transactions.get(String(params.transactionId))
    if (!tx || !tx.isOpen()) {
      this.transactions.delete(String(params.transactionId))
      throw new ServiceError('DATABASE_REQUEST_FAILED', `NoSuchTransaction: transaction ${String(params.transactionId)} has ended or never began`)
    }
    return tx
  }

  private async endTransaction(params: Params, end: (tx: ServiceTransaction) => Promise<void> | void): Promise<Answer> {
    const tx = this.transaction(params)
    try {
      await end(tx)
    } finally {
      this.transactions.delete(tx.id)
    }
    return {}
  }

  private collection(params: Params, api: string): CollectionState {
    return this.engine.collection(params.collectionName as string, api)
  }

  private matching(params: Params, api = 'query', order: unknown = undefined): StoredDoc[] {
    const coll = this.collection(params, api)
    const plan = this.compiled(params.query)
    this.indexCheck?.check(coll.name, plan.criteria, isPlainObject(order) ? Object.keys(order) : [], coll.docs.size)
    return scan(coll, plan)
  }

  /** A query's filter, compiled once per query text, as a database caches its plans (mingo's Query is costly to build). */
  private compiled(query: unknown): Plan {
    const key = query === undefined || query === '' ? '' : query
    const known = typeof key === 'string' ? this.filters.get(key) : undefined
    if (known) return known
    const criteria = key === '' ? {} : fromWire(key, 'query')
    const plan = { criteria, filter: compileFilter(criteria), pinned: pinnedFields(criteria) }
    if (typeof key === 'string') {
      if (this.filters.size >= FILTER_CACHE_SIZE) this.filters.clear()
      this.filters.set(key, plan)
    }
    return plan
  }

  private get(params: Params): Answer {
    const fields = compileFields(params.projection === undefined ? undefined : fromWire(params.projection, 'projection'))
    if (isDocRequest(params)) {
      const doc = this.collection(params, 'doc.get').docs.get(docId(params))
      return { data: { list: doc ? [toWire(project(doc, fields))] : [] } }
    }
    const orderSpec = params.order === undefined ? undefined : fromWire(params.order, 'order')
    let docs = this.matching(params, 'query', orderSpec)
    const order = compileOrder(orderSpec)
    if (order) docs = [...docs].sort(order)
    const offset = params.offset === undefined ? 0 : nonNegative(params.offset, 'offset')
    const limit = params.limit === undefined ? DEFAULT_LIMIT : Math.min(nonNegative(params.limit, 'limit'), MAX_LIMIT)
    return { data: { list: docs.slice(offset, offset + limit).map((d) => toWire(project(d, fields))) } }
  }

  private async insert(params: Params): Promise<Answer> {
    const coll = this.collection(params, 'add')
    if (!Array.isArray(params.data) || params.data.length === 0) return invalid('insertDocument needs data')
    const docs = params.data.map(insertable)
    const seen = new Set<string>()
    for (const doc of docs) {
      if (coll.docs.has(doc._id) || seen.has(doc._id)) throw duplicateIdError(coll, doc._id)
      seen.add(doc._id)
    }
    await this.engine.apply('add', docs.map((doc) => ({ coll, id: doc._id, after: doc })))
    return { data: { insertedIds: docs.map((d) => d._id) } }
  }

  private async modify(params: Params): Promise<Answer> {
    const coll = this.collection(params, 'update')
    const data = fromWire(params.data, 'data')
    if (params.merge === false) {
      // set(): the whole document, created when missing
      if (!isDocRequest(params)) return notSupported('replacing documents by a where() condition')
      const id = docId(params)
      const before = coll.docs.get(id) ?? null
      const after = replacement(id, data)
      if (before && deepEqual(before, after)) return { data: { updated: 0 } }
      await this.engine.apply('set', [{ coll, id, after }])
      return { data: before ? { updated: 1 } : { updated: 0, upsert_id: id } }
    }
    if (params.upsert === true) return notSupported('update() with upsert')
    const change = compileUpdate(data)
    const targets = isDocRequest(params) ? [coll.docs.get(docId(params))].filter((d): d is StoredDoc => !!d) : this.whereTargets(params)
    const changes = targets.map((before) => ({ coll, id: before._id, before, after: change(before) })).filter((c) => !deepEqual(c.before, c.after))
    await this.engine.apply('update', changes)
    return { data: { updated: changes.length } }
  }

  private async remove(params: Params): Promise<Answer> {
    const coll = this.collection(params, 'remove')
    const targets = isDocRequest(params) ? [coll.docs.get(docId(params))].filter((d): d is StoredDoc => !!d) : this.whereTargets(params)
    await this.engine.apply('remove', targets.map((d) => ({ coll, id: d._id, after: null })))
    return { data: { deleted: targets.length } }
  }

  /** Documents a multi-document update or remove acts on; an empty condition is refused. */
  private whereTargets(params: Params): StoredDoc[] {
    if (params.query === undefined || params.query === '' || this.compiled(params.query).filter.matchesAll) {
      return invalid('update() and remove() on a collection need a where() condition')
    }
    if (params.multi === false) return notSupported('single-document update or remove by a where() condition')
    return this.matching(params)
  }

  private aggregate(params: Params): Answer {
    const coll = this.collection(params, 'aggregate')
    if (!Array.isArray(params.stages) || params.stages.length === 0) return invalid('aggregate() needs at least one stage')
    const first = params.stages[0] as { stageKey?: unknown; stageValue?: unknown }
    const match = first.stageKey === '$match' ? fromWire(first.stageValue, '$match') : {}
    const sort = first.stageKey === '$sort' ? fromWire(first.stageValue, '$sort') : undefined
    this.indexCheck?.check(coll.name, match, isPlainObject(sort) ? Object.keys(sort) : [], coll.docs.size)
    const pipeline = params.stages.map((stage: { stageKey?: unknown; stageValue?: unknown }) => {
      const key = String(stage.stageKey)
      if (UNSUPPORTED_STAGES.has(key)) notSupported(`the aggregation stage ${key}`)
      return { [key]: fromWire(stage.stageValue, key) }
    })
    // a leading $match reads through an index as a query does; the pipeline still applies it
    const pinned = pinnedFields(match)
    const input = (pinned.size > 0 && indexedCandidates(coll.docs, coll.positions, coll.fields, pinned)) || [...coll.docs.values()]
    let out: unknown[]
    try {
      out = new Aggregator(pipeline).run(input)
    } catch (err) {
      return invalid(`aggregate(): ${(err as Error).message}`)
    }
    return { data: { list: out.map((d) => toWire(d as DocObject)) } }
  }

  /** Every document, for tests and tools; copies, in natural order. */
  dump(collection: string): StoredDoc[] {
    return [...this.engine.collection(collection, 'dump').docs.values()].map((d) => structuredClone(d))
  }
}

interface Plan {
  criteria: unknown
  filter: Filter
  /** the fields the filter pins to plain values: an index on one of them finds the candidates */
  pinned: ReturnType<typeof pinnedFields>
}

/** The matching documents in natural order: those an index finds, else every document, through the filter. */
function scan(coll: CollectionState, { filter, pinned }: Plan): StoredDoc[] {
  if (filter.idEquals !== undefined) {
    const doc = coll.docs.get(filter.idEquals)
    return doc && filter.test(doc) ? [doc] : []
  }
  const candidates = (pinned.size > 0 && indexedCandidates(coll.docs, coll.positions, coll.fields, pinned)) || coll.docs.values()
  const out: StoredDoc[] = []
  for (const doc of candidates) if (filter.test(doc)) out.push(doc)
  return out
}

function nonNegative(v: unknown, name: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) return invalid(`${name} must be a non-negative integer`)
  return v
}
