/**
 * The storage engine under the database service: documents in memory, made durable by
 * the write-ahead log (LogStore), unique indexes, and what transactions need — a sequence
 * number per write and old versions kept while a transaction may still read them
 * (snapshot reads).
 *
 * `apply` changes memory in one synchronous step and returns a promise that resolves once
 * the change is on disk; the service answers only then. A later change that read this
 * one is logged after it, so nothing acknowledged can depend on something lost.
 */
import type { IndexDeclaration } from '../../cloudfunctions/indexes'
import { ServiceError, duplicateKey, invalid } from './errors'
import { FieldIndex } from './field-index'
import { LogStore } from './log-store'
import { UniqueIndex, type DocChange } from './unique-index'
import type { StoredDoc } from './values'

interface Version {
  seq: number
  doc: StoredDoc | null
}

export class CollectionState {
  /** Current documents, in insertion order (the natural order of an unsorted query). */
  readonly docs = new Map<string, StoredDoc>()
  /** Sequence number of the last write to each _id, deletions included. */
  readonly seqs = new Map<string, number>()
  /** Versions replaced while a transaction was open, oldest first. */
  readonly history = new Map<string, Version[]>()
  /** Deleted ids whose sequence number is kept for conflict checks. */
  readonly tombstones = new Set<string>()
  /** Each document's place in the natural order (candidates read through an index are put back in it). */
  readonly positions = new Map<string, number>()
  private nextPosition = 0
  /** The secondary indexes: one per field that leads a declared index. */
  readonly fields: ReadonlyMap<string, FieldIndex>

  constructor(
    readonly name: string,
    readonly uniques: readonly UniqueIndex[],
    leadingFields: readonly string[] = [],
  ) {
    this.fields = new Map(leadingFields.map((path) => [path, new FieldIndex(path)]))
  }

  /** Stores (or with null deletes) a document, keeping the secondary indexes in step. */
  put(id: string, after: StoredDoc | null) {
    const before = this.docs.get(id)
    if (before) for (const index of this.fields.values()) index.remove(id, before)
    if (after) {
      if (!before) this.positions.set(id, this.nextPosition++)
      this.docs.set(id, after)
      for (const index of this.fields.values()) index.add(id, after)
    } else {
      this.docs.delete(id)
      this.positions.delete(id)
    }
  }
}

export interface Change {
  coll: CollectionState
  id: string
  /** null deletes the document */
  after: StoredDoc | null
}

export interface EngineOptions {
  dataDir: string
  indexes?: readonly IndexDeclaration[]
  /** When given, only these collections (and those already on disk) exist; others fail with -502005. */
  collections?: readonly string[]
  /** Compact the log into the snapshot once it passes this size (tests set it low). */
  compactAtBytes?: number
}

const COLLECTION_NAME = /^[A-Za-z0-9_-]{1,64}$/

export class Engine {
  private seq = 0
  private nextTxId = 1
  private closed = false
  private readonly collections = new Map<string, CollectionState>()
  /** open transaction id → [sequence number at its start, wall-clock start] */
  private readonly openTransactions = new Map<number, [number, number]>()
  readonly store: LogStore
  private readonly indexes: readonly IndexDeclaration[]
  private readonly strict: boolean

  constructor(options: EngineOptions) {
    this.indexes = options.indexes ?? []
    this.strict = options.collections !== undefined
    for (const name of options.collections ?? []) this.create(name)
    const { store, loaded } = LogStore.open(options.dataDir, () => ({ seq: this.seq, docs: this.allDocs() }), options.compactAtBytes)
    this.store = store
    this.seq = loaded.seq
    for (const [name, docs] of loaded.collections) this.loadCollection(name, [...docs.values()])
    if (store.needsCompaction) store.compact()
  }

  private *allDocs(): Iterable<[string, StoredDoc]> {
    for (const coll of this.collections.values()) for (const doc of coll.docs.values()) yield [coll.name, doc]
  }

  private create(name: string): CollectionState {
    const own = this.indexes.filter((i) => i.collection === name)
    const uniques = own.filter((i) => i.unique).map((i) => new UniqueIndex(i))
    const leading = new Set(own.map((i) => Object.keys(i.keys)[0]).filter((path) => path !== '_id'))
    const state = new CollectionState(name, uniques, [...leading])
    this.collections.set(name, state)
    return state
  }

  private loadCollection(name: string, docs: StoredDoc[]) {
    const state = this.collections.get(name) ?? this.create(name)
    const changes: DocChange[] = []
    for (const doc of docs) {
      state.put(doc._id, doc)
      changes.push({ id: doc._id, before: null, after: doc })
    }
    for (const index of state.uniques) {
      const clash = index.findViolation(changes)
      if (clash) {
        throw new Error(
          `local cloud: the stored ${name} break the unique index ${clash.index} (${clash.key}); fix or delete the data folder`,
        )
      }
      index.apply(changes)
    }
  }

  assertOpen(api: string) {
    if (this.closed) throw new ServiceError('SYS_ERR', `${api}: the local database has been closed`)
  }

  /** A collection by name; in strict mode an unknown one fails as in CloudBase (-502005). */
  collection(name: string, api: string): CollectionState {
    this.assertOpen(api)
    if (typeof name !== 'string' || !COLLECTION_NAME.test(name)) invalid(`invalid collection name '${String(name)}'`)
    const state = this.collections.get(name)
    if (state) return state
    if (this.strict) {
      throw new ServiceError(
        'DATABASE_COLLECTION_NOT_EXIST',
        `collection '${name}' does not exist (the local cloud creates only the collections it is given, e.g. COLLECTIONS in cloudfunctions/indexes.ts)`,
      )
    }
    return this.create(name)
  }

  collectionNames(): string[] {
    return [...this.collections.keys()]
  }

  seqOf(coll: CollectionState, id: string): number {
    return coll.seqs.get(id) ?? 0
  }

  /** The document as it was when sequence number `atSeq` was current. */
  readAt(coll: CollectionState, id: string, atSeq: number): StoredDoc | null {
    if (this.seqOf(coll, id) <= atSeq) return coll.docs.get(id) ?? null
    const versions = coll.history.get(id) ?? []
    for (let i = versions.length - 1; i >= 0; i--) if (versions[i].seq <= atSeq) return versions[i].doc
    return null
  }

  /**
   * Applies a batch of changes as one atomic step, or nothing when a unique index would
   * be broken. Resolves once the batch is on disk.
   */
  apply(api: string, changes: readonly Change[]): Promise<void> {
    this.assertOpen(api)
    if (changes.length === 0) return Promise.resolve()
    const byCollection = new Map<CollectionState, DocChange[]>()
    for (const c of changes) {
      const list = byCollection.get(c.coll) ?? []
      list.push({ id: c.id, before: c.coll.docs.get(c.id) ?? null, after: c.after })
      byCollection.set(c.coll, list)
    }
    for (const [coll, docChanges] of byCollection) {
      for (const index of coll.uniques) {
        const clash = index.findViolation(docChanges)
        if (clash) {
          throw duplicateKey(coll.name, clash.index, clash.key)
        }
      }
    }
    const seq = ++this.seq
    const keepHistory = this.openTransactions.size > 0
    for (const c of changes) {
      const { coll, id, after } = c
      if (keepHistory) {
        const versions = coll.history.get(id) ?? []
        versions.push({ seq: this.seqOf(coll, id), doc: coll.docs.get(id) ?? null })
        coll.history.set(id, versions)
      }
      coll.put(id, after)
      if (after) coll.tombstones.delete(id)
      else coll.tombstones.add(id)
      coll.seqs.set(id, seq)
    }
    for (const [coll, docChanges] of byCollection) for (const index of coll.uniques) index.apply(docChanges)
    return this.store.append(
      seq,
      changes.map((c) => ({ c: c.coll.name, i: c.id, d: c.after })),
    )
  }

  beginTransaction(): { id: number; startSeq: number } {
    this.expireTransactions()
    const id = this.nextTxId++
    this.openTransactions.set(id, [this.seq, Date.now()])
    return { id, startSeq: this.seq }
  }

  isOpenTransaction(id: number): boolean {
    return this.openTransactions.has(id)
  }

  /** As in MongoDB (transactionLifetimeLimitSeconds = 60), an abandoned transaction ends. */
  private expireTransactions() {
    const cutoff = Date.now() - TRANSACTION_LIFETIME_MS
    // in the order they began: stop at the first still within its lifetime
    for (const [id, [, started]] of this.openTransactions) {
      if (started >= cutoff) break
      this.endTransaction(id)
    }
  }

  endTransaction(id: number) {
    this.openTransactions.delete(id)
    if (this.openTransactions.size > 0) return
    // No snapshot can look back any more: drop old versions and deletion markers.
    for (const coll of this.collections.values()) {
      coll.history.clear()
      for (const id of coll.tombstones) coll.seqs.delete(id)
      coll.tombstones.clear()
    }
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.store.close()
  }
}

export const TRANSACTION_LIFETIME_MS = 60_000

export function docKey(coll: CollectionState, id: string): string {
  return `${coll.name}\u0000${id}`
}
