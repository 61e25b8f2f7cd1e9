/**
 * The local cloud: database, storage and openapi behind the same CloudPort that
 * production binds to wx-server-sdk. `getWXContext()` answers for the call in progress:
 * `runAs(openid, fn)` runs `fn` (and everything it awaits) as that user, through
 * AsyncLocalStorage, so concurrent calls from different users never see each other's
 * identity. Outside `runAs` there is no OPENID, as in a timer trigger.
 *
 * Data lives under `dataDir`: `db/` (the database's log and snapshot), `storage/<cloudPath>`,
 * `openapi.json`.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import path from 'node:path'
import type { ICloud } from 'wx-server-sdk'
import { FUNCTION_CONFIGS } from '../cloudfunctions/configs'
import { COLLECTIONS, INDEXES, type IndexDeclaration } from '../cloudfunctions/indexes'
import { grantedCalls } from '../cloudfunctions/kernel/openapi-calls'
import type { CloudPort } from '../cloudfunctions/kernel/port'
import { createClock, type LocalClock } from './clock'
import { openDatabase, type LocalDatabase } from './db'
import { createOpenApi, type LocalOpenApi, type WordList } from './openapi'
import { permittedOpenApi } from './openapi-permissions'
import { createStorage, type LocalStorage } from './storage'

export const LOCAL_APPID = 'wx-local'
export const DEFAULT_ENV_ID = 'local-shuoshi'

export interface LocalCloudOptions {
  dataDir: string
  envId?: string
  /** Where the HTTP gateway is reachable; temporary file URLs point there. */
  publicBaseUrl?: string
  wordList?: WordList
  indexes?: readonly IndexDeclaration[]
  /**
   * The collections that exist (others fail with -502005, as in an environment where
   * they were never created). Defaults to COLLECTIONS from cloudfunctions/indexes.ts;
   * 'any' creates collections on first use.
   */
  collections?: readonly string[] | 'any'
  /** Subscription templates and their fields; when set, sends to other templates fail (40037). */
  templates?: Record<string, string[]>
  /** Published pages; when set, wxacode.getUnlimited checks `page` against them. */
  pages?: string[]
  /** The clock of the whole local cloud; a fresh one on real time unless given. */
  clock?: LocalClock
  /**
   * The 云调用 each function is granted, by function name; defaults to each function's
   * config.json. A function not named here is granted nothing.
   */
  openapiPermissions?: Record<string, readonly string[]>
  /**
   * Fail any query that no declared index serves and no allowed scan covers (see
   * emulator/db/index-check.ts): on in test systems, off for `npm run cloud`.
   */
  requireIndexes?: boolean
}

export interface LocalCloud {
  readonly port: CloudPort
  /**
   * The port as the function `name` sees it: its 云调用 limited to what it is granted
   * (-604101), and with `requireIndexes` its queries held to the declared indexes.
   */
  portFor(name: string): CloudPort
  readonly db: LocalDatabase
  readonly storage: LocalStorage
  readonly openapi: LocalOpenApi
  readonly envId: string
  readonly clock: LocalClock
  /** Runs `fn` as the mini-program user `openid`: getWXContext() inside returns it. */
  runAs<T>(openid: string, fn: () => T): T
  /** The OPENID of the call in progress, if any. */
  currentOpenid(): string | undefined
  /** Writes everything to disk and closes the database. */
  close(): Promise<void>
}

export function createLocalCloud(options: LocalCloudOptions): LocalCloud {
  const envId = options.envId ?? DEFAULT_ENV_ID
  const publicBaseUrl = (options.publicBaseUrl ?? 'http://127.0.0.1:10086').replace(/\/+$/, '')
  const collections = options.collections ?? COLLECTIONS
  const clock = options.clock ?? createClock()
  const db = openDatabase({
    dataDir: path.join(options.dataDir, 'db'),
    indexes: options.indexes ?? INDEXES,
    collections: collections === 'any' ? undefined : collections,
    requireIndexes: options.requireIndexes,
  })
  const storage = createStorage({ dataDir: options.dataDir, envId, publicBaseUrl, now: clock.now })
  const openapi = createOpenApi({
    dataDir: options.dataDir,
    wordList: options.wordList,
    templates: options.templates,
    pages: options.pages,
    now: clock.now,
  })
  const identity = new AsyncLocalStorage<{ openid: string }>()

  const getWXContext = (): ICloud.WXContext => {
    const current = identity.getStore()
    const base = { APPID: LOCAL_APPID, ENV: envId }
    return current ? { ...base, OPENID: current.openid, SOURCE: 'wx_client' } : base
  }

  const port: CloudPort = {
    database: (config) => db.database(config),
    getWXContext,
    getTempFileURL: (param) => storage.getTempFileURL(param),
    uploadFile: (param) => storage.uploadFile(param),
    openapi,
  }

  const permissions = options.openapiPermissions ?? Object.fromEntries(Object.entries(FUNCTION_CONFIGS).map(([name, c]) => [name, grantedCalls(c)]))
  const portFor = (name: string): CloudPort => {
    const granted = Object.prototype.hasOwnProperty.call(permissions, name) ? permissions[name] : []
    return { ...port, database: (config) => db.functionDatabase(config), openapi: permittedOpenApi(openapi, granted) }
  }

  return {
    port,
    portFor,
    db,
    storage,
    openapi,
    envId,
    clock,
    runAs: (openid, fn) => {
      if (typeof openid !== 'string' || openid === '') throw new Error('runAs needs a non-empty openid')
      return identity.run({ openid }, fn)
    },
    currentOpenid: () => identity.getStore()?.openid,
    close: async () => {
      await Promise.all([db.close(), openapi.flush()])
    },
  }
}
