/**
 * One transaction of the database service, with the rules CloudBase's MongoDB
 * transactions follow:
 * - only single-document operations: doc(id).get/set/update/remove and add;
 * - reads see a snapshot as of the transaction's start, plus its own writes;
 * - writes are kept apart and applied together at commit, or not at all;
 * - the first to commit wins: a transaction that wrote a document someone else changed
 *   (or created) since it started fails at commit with DATABASE_TRANSACTION_CONFLICT, the
 *   code CloudBase's client retries on; a unique-index clash fails the commit too.
 * As in MongoDB's snapshot isolation, documents only read are not checked (write skew
 * between two transactions that each read what the other writes is possible).
 */
import type { Change, CollectionState, Engine } from './engine'
import { docKey } from './engine'
import { conflict, invalid } from './errors'
import { compileFields, compileUpdate, fromWire, replacement, toWire } from './mongo'
import { project } from './query-shape'
import { docId, duplicateIdError, insertable, isDocRequest } from './requests'
import { deepEqual, type StoredDoc } from './values'

type Params = Record<string, unknown>
type Answer = Record<string, unknown>

export class ServiceTransaction {
  readonly id: string
  private readonly engineId: number
  private readonly startSeq: number
  private readonly writes = new Map<string, Change>()

  constructor(private readonly engine: Engine) {
    const { id, startSeq } = engine.beginTransaction()
    this.engineId = id
    this.id = `local-tx-${id}`
    this.startSeq = startSeq
  }

  isOpen(): boolean {
    return this.engine.isOpenTransaction(this.engineId)
  }

  handle(action: string, params: Params): Answer {
    const coll = this.engine.collection(params.collectionName as string, action)
    if (action === 'database.insertDocument') return this.insert(coll, params)
    if (!['database.getDocument', 'database.modifyDocument', 'database.removeDocument'].includes(action) || !isDocRequest(params)) {
      return invalid('transactions allow single-document operations only: doc(id).get/set/update/remove and add')
    }
    const id = docId(params)
    const current = this.view(coll, id)
    switch (action) {
      case 'database.getDocument': {
        const fields = compileFields(params.projection === undefined ? undefined : fromWire(params.projection, 'projection'))
        return { data: { list: current ? [toWire(project(current, fields))] : [] } }
      }
      case 'database.removeDocument':
        if (current) this.stage(coll, id, null)
        return { data: { deleted: current ? 1 : 0 } }
      default:
        return this.modify(coll, id, current, params)
    }
  }

  private modify(coll: CollectionState, id: string, current: StoredDoc | null, params: Params): Answer {
    const data = fromWire(params.data, 'data')
    if (params.merge === false) {
      const after = replacement(id, data)
      if (!current || !deepEqual(current, after)) this.stage(coll, id, after)
      return { data: current ? { updated: deepEqual(current, after) ? 0 : 1 } : { updated: 0, upsert_id: id } }
    }
    const change = compileUpdate(data)
    if (!current) return { data: { updated: 0 } }
    const after = change(current)
    if (deepEqual(current, after)) return { data: { updated: 0 } }
    this.stage(coll, id, after)
    return { data: { updated: 1 } }
  }

  private insert(coll: CollectionState, params: Params): Answer {
    if (!Array.isArray(params.data) || params.data.length !== 1) return invalid('add() in a transaction takes one document')
    const doc = insertable(params.data[0])
    if (this.view(coll, doc._id)) throw duplicateIdError(coll, doc._id)
    this.stage(coll, doc._id, doc)
    return { data: { insertedIds: [doc._id] } }
  }

  /** The document as this transaction sees it: its own write, else the snapshot. */
  private view(coll: CollectionState, id: string): StoredDoc | null {
    const own = this.writes.get(docKey(coll, id))
    if (own) return own.after
    return this.engine.readAt(coll, id, this.startSeq)
  }

  private stage(coll: CollectionState, id: string, after: StoredDoc | null) {
    this.writes.set(docKey(coll, id), { coll, id, after })
  }

  async commit(): Promise<void> {
    let durable: Promise<void>
    try {
      const changes = [...this.writes.values()]
      for (const c of changes) {
        if (this.engine.seqOf(c.coll, c.id) > this.startSeq) {
          throw conflict(`document ${c.id} in ${c.coll.name} was changed by another operation after the transaction started`)
        }
      }
      durable = this.engine.apply('commitTransaction', changes)
    } finally {
      this.abort()
    }
    await durable
  }

  abort() {
    if (this.isOpen()) this.engine.endTransaction(this.engineId)
  }
}
