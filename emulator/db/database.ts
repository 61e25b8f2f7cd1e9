/**
 * The local CloudBase database: `createDatabase({ dataDir, indexes })` gives an object
 * with wx-server-sdk's database API (DatabasePort) plus helpers for tests and seeding.
 */
import type { DatabasePort, TransactionPort } from '../../cloudfunctions/lib/port'
import { tick } from './async'
import { LocalCollection, checkDocumentId, duplicateIdError, documentFields, newDocumentId, type DbContext } from './collection'
import { createCommand, type LocalCommand } from './commands'
import { Engine, type Change, type EngineOptions } from './engine'
import { asyncApi, notSupported } from './errors'
import { runTransaction } from './transaction'
import { cloneDoc, type StoredDoc } from './values'

export type DatabaseOptions = EngineOptions

export interface DatabaseConfig {
  /** wx-server-sdk's default is true: `doc().get()` of a missing document throws. */
  throwOnNotFound?: boolean
}

export class LocalDatabase implements DatabasePort {
  readonly command: LocalCommand = createCommand()
  private readonly ctx: DbContext

  constructor(
    private readonly engine: Engine,
    config: DatabaseConfig = {},
  ) {
    this.ctx = { engine, throwOnNotFound: config.throwOnNotFound ?? true }
  }

  /** The same database seen with other settings, like `cloud.database(config)`. */
  withConfig(config: DatabaseConfig = {}): LocalDatabase {
    return new LocalDatabase(this.engine, config)
  }

  /** Like the SDK, never fails here: a missing collection fails at the first operation. */
  collection(name: string): LocalCollection {
    return new LocalCollection(this.ctx, name)
  }

  runTransaction<T>(fn: (tx: TransactionPort) => Promise<T>): Promise<T> {
    return runTransaction(this.ctx, fn)
  }

  serverDate(): never {
    return notSupported('db.serverDate() (store new Date() instead)')
  }

  RegExp(): never {
    return notSupported('db.RegExp (a JavaScript RegExp works in where())')
  }

  startTransaction(): never {
    return notSupported('db.startTransaction() (use runTransaction)')
  }

  // ---- helpers outside the SDK's API: tests, seeding, tools ----

  /** Every document of a collection, copied, in natural order. */
  dump(collection: string): StoredDoc[] {
    return [...this.engine.collection(collection, 'dump').docs.values()].map(cloneDoc)
  }

  collectionNames(): string[] {
    return this.engine.collectionNames()
  }

  /**
   * Inserts documents in one atomic step (ids generated where missing), enforcing ids and
   * unique indexes like `add`. Returns the ids.
   */
  seed(collection: string, docs: readonly Record<string, unknown>[]): Promise<string[]> {
    return asyncApi('seed', async () => {
      await tick()
      const coll = this.engine.collection(collection, 'seed')
      const seen = new Set<string>()
      const changes: Change[] = docs.map((doc) => {
        const { id, fields } = documentFields({ data: doc }, 'seed')
        const _id = id === undefined ? newDocumentId() : checkDocumentId(id, 'seed')
        if (coll.docs.has(_id) || seen.has(_id)) throw duplicateIdError('seed', coll, _id)
        seen.add(_id)
        return { coll, id: _id, after: { _id, ...fields } }
      })
      this.engine.apply('seed', changes)
      return changes.map((c) => c.id)
    })
  }

  /** Resolves once every change so far is on disk. */
  flush(): Promise<void> {
    return this.engine.flush()
  }

  /** Flushes and closes; later calls fail. */
  close(): Promise<void> {
    return this.engine.close()
  }
}

export function createDatabase(options: DatabaseOptions): LocalDatabase {
  return new LocalDatabase(new Engine(options))
}
