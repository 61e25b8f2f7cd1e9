/**
 * The local CloudBase database. `openDatabase({ dataDir, indexes })` gives:
 * - `database(config)`: wx-server-sdk's own database object (what `cloud.database()`
 *   returns in a cloud function), whose requests the local service answers;
 * - `dump`, `close` and the engine, for tests and tools.
 *
 * Every `Db` of `@cloudbase/database` in this process sends its requests to
 * LocalRequest, which finds the service by the environment the SDK instance was made
 * for: each open database gets a wx-server-sdk instance of its own environment name.
 */
import type { DatabasePort } from '../../cloudfunctions/kernel/port'
import { SCANS, type ScanAllowance } from '../../cloudfunctions/indexes'
import { Engine, type EngineOptions } from './engine'
import { IndexCheck } from './index-check'
import { DatabaseService } from './service'
import { pinRequestClass, wxServerSdk, type RequestLayer, type WxServerSdk } from './sdk'
import type { StoredDoc } from './values'

const services = new Map<string, DatabaseService>()
const closed = new Set<string>()
let opened = 0

class LocalRequest implements RequestLayer {
  constructor(private readonly config: Record<string, unknown>) {}

  send(action: string, params?: Record<string, unknown>): Promise<unknown> {
    const env = String(this.config.env)
    const service = services.get(env)
    if (!service) {
      const why = closed.has(env) ? 'the local database has been closed' : `no local database for the environment ${env}`
      return Promise.resolve({ code: 'SYS_ERR', message: why })
    }
    return service.send(action, params)
  }
}

export interface DatabaseOptions extends EngineOptions {
  /** Fail queries that no declared index serves (tests); off unless set. */
  requireIndexes?: boolean
  /** The scans allowed without an index when `requireIndexes` is on; SCANS unless given. */
  scans?: readonly ScanAllowance[]
}

export interface DatabaseConfig {
  /** wx-server-sdk's default is true: `doc().get()` of a missing document throws. */
  throwOnNotFound?: boolean
}

export class LocalDatabase {
  readonly engine: Engine
  readonly service: DatabaseService
  private readonly env = `local-db-${process.pid}-${++opened}`
  private readonly sdk: WxServerSdk
  /** The functions' view, whose queries must be served by declared indexes (when required). */
  private readonly functionsEnv: string
  private readonly functionsSdk: WxServerSdk

  constructor(options: DatabaseOptions) {
    pinRequestClass(LocalRequest)
    this.engine = new Engine(options)
    this.service = new DatabaseService(this.engine)
    services.set(this.env, this.service)
    this.sdk = wxServerSdk.createNewInstance({ env: this.env })
    if (options.requireIndexes) {
      this.functionsEnv = `${this.env}-functions`
      services.set(this.functionsEnv, new DatabaseService(this.engine, new IndexCheck(options.indexes ?? [], options.scans ?? SCANS)))
      this.functionsSdk = wxServerSdk.createNewInstance({ env: this.functionsEnv })
    } else {
      this.functionsEnv = this.env
      this.functionsSdk = this.sdk
    }
  }

  /** The environment a wx-server-sdk instance is given to reach this database (`cloud.init({ env })`). */
  get sdkEnv(): string {
    return this.env
  }

  /** `cloud.database(config)` of wx-server-sdk, answered by this database (no index check: seeds, tests, tools). */
  database(config: DatabaseConfig = {}): DatabasePort {
    // wx-server-sdk's types declare callback overloads the port narrows away.
    return this.sdk.database({ ...config }) as DatabasePort
  }

  /** The same database as a function sees it: with `requireIndexes`, unindexed queries fail. */
  functionDatabase(config: DatabaseConfig = {}): DatabasePort {
    return this.functionsSdk.database({ ...config }) as DatabasePort
  }

  /** Every document of a collection, copied, in natural order. */
  dump(collection: string): StoredDoc[] {
    return this.service.dump(collection)
  }

  collectionNames(): string[] {
    return this.engine.collectionNames()
  }

  /** Waits for pending writes, then closes; later calls fail. */
  async close(): Promise<void> {
    await this.engine.close()
    for (const env of new Set([this.env, this.functionsEnv])) {
      services.delete(env)
      closed.add(env)
    }
  }
}

export function openDatabase(options: DatabaseOptions): LocalDatabase {
  return new LocalDatabase(options)
}

export type { StoredDoc, DocObject, Value } from './values'
