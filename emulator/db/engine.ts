/**
 * The storage engine under the wx-server-sdk-shaped API: documents in memory (persisted
 * by CollectionFiles), unique indexes, and what transactions need — a sequence number per
 * write, old versions kept while a transaction may still read them (snapshot reads), and
 * write locks held by open transactions.
 *
 * Everything here is synchronous: one call is one atomic step. The API layer yields to
 * the event loop between steps so concurrent callers interleave.
 */
import type { IndexDeclaration } from '../../cloudfunctions/indexes'
import { ERR, cloudError, invalid } from './errors'
import { CollectionFiles, encodeDocs } from './file-store'
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

  constructor(
    readonly name: string,
    readonly uniques: readonly UniqueIndex[],
  ) {}
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
  flushDelayMs?: number
}

const COLLECTION_NAME = /^[A-Za-z0-9_-]{1,64}$/

export class Engine {
  private seq = 0
  private nextTxId = 1
  private closed = false
  private readonly collections = new Map<string, CollectionState>()
  private readonly openTransactions = new Map<number, number>()
  /** "<collection>\0<_id>" → id of the open transaction that has written it */
  readonly locks = new Map<string, number>()
  private readonly files: CollectionFiles
  private readonly indexes: readonly IndexDeclaration[]
  private readonly strict: boolean

  constructor(options: EngineOptions) {
    this.indexes = options.indexes ?? []
    this.strict = options.collections !== undefined
    this.files = new CollectionFiles(options.dataDir, options.flushDelayMs ?? 50, (name) =>
      encodeDocs(this.collections.get(name)?.docs.values() ?? []),
    )
    for (const name of options.collections ?? []) this.create(name)
    for (const [name, docs] of this.files.load()) this.loadCollection(name, docs)
  }

  private create(name: string): CollectionState {
    const uniques = this.indexes.filter((i) => i.collection === name && i.unique).map((i) => new UniqueIndex(i))
    const state = new CollectionState(name, uniques)
    this.collections.set(name, state)
    return state
  }

  private loadCollection(name: string, docs: StoredDoc[]) {
    const state = this.collections.get(name) ?? this.create(name)
    const changes: DocChange[] = []
    for (const doc of docs) {
      if (state.docs.has(doc._id)) throw new Error(`local cloud: ${name}.json holds _id ${doc._id} twice`)
      state.docs.set(doc._id, doc)
      changes.push({ id: doc._id, before: null, after: doc })
    }
    for (const index of state.uniques) {
      const clash = index.findViolation(changes)
      if (clash) {
        throw new Error(
          `local cloud: the data in ${name}.json breaks the unique index ${clash.index} (${clash.key}); fix or delete the data folder`,
        )
      }
      index.apply(changes)
    }
  }

  assertOpen(api: string) {
    if (this.closed) throw cloudError(api, ERR.UNKNOWN, 'the local database has been closed')
  }

  /** A collection by name; in strict mode an unknown one fails as in CloudBase (-502005). */
  collection(name: string, api: string): CollectionState {
    this.assertOpen(api)
    if (typeof name !== 'string' || !COLLECTION_NAME.test(name)) invalid(`invalid collection name '${String(name)}'`)
    const state = this.collections.get(name)
    if (state) return state
    if (this.strict) {
      throw cloudError(
        api,
        ERR.DATABASE_COLLECTION_NOT_EXIST,
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
   * be broken (-501001, the code CloudBase reports a duplicate key with).
   */
  apply(api: string, changes: readonly Change[]) {
    this.assertOpen(api)
    if (changes.length === 0) return
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
          throw cloudError(
            api,
            ERR.SYS_ERR,
            `[DuplicateKey] E11000 duplicate key error collection: ${coll.name} index: ${clash.index} ${clash.key}`,
          )
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
      if (after) {
        coll.docs.set(id, after)
        coll.tombstones.delete(id)
      } else {
        coll.docs.delete(id)
        coll.tombstones.add(id)
      }
      coll.seqs.set(id, seq)
    }
    for (const [coll, docChanges] of byCollection) {
      for (const index of coll.uniques) index.apply(docChanges)
      this.files.markDirty(coll.name)
    }
  }

  beginTransaction(): { id: number; startSeq: number } {
    const id = this.nextTxId++
    this.openTransactions.set(id, this.seq)
    return { id, startSeq: this.seq }
  }

  endTransaction(id: number, heldLocks: Iterable<string>) {
    for (const key of heldLocks) if (this.locks.get(key) === id) this.locks.delete(key)
    this.openTransactions.delete(id)
    if (this.openTransactions.size > 0) return
    // No snapshot can look back any more: drop old versions and deletion markers.
    for (const coll of this.collections.values()) {
      coll.history.clear()
      for (const id of coll.tombstones) coll.seqs.delete(id)
      coll.tombstones.clear()
    }
  }

  flush(): Promise<void> {
    return this.files.flush()
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.files.close()
  }
}

export function lockKey(coll: CollectionState, id: string): string {
  return `${coll.name}\u0000${id}`
}
