/** Helpers for the emulator's own tests: a fresh database in a temp folder per test. */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach } from 'vitest'
import type { IndexDeclaration } from '../../cloudfunctions/indexes'
import type { DB } from 'wx-server-sdk'
import type { CollectionPort, DatabasePort } from '../../cloudfunctions/kernel/port'
import { openDatabase, type DatabaseConfig, type DatabaseOptions, type LocalDatabase } from './index'

/** A temp folder removed after the current test. */
export function useTempDirs(): () => string {
  const dirs: string[] = []
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })
  return () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'shuoshi-emu-'))
    dirs.push(dir)
    return dir
  }
}

export const TEST_INDEXES: IndexDeclaration[] = [
  { collection: 'items', name: 'no_unique', keys: { no: 1 }, unique: true },
  { collection: 'items', name: 'owner_request_unique', keys: { ownerOpenid: 1, requestId: 1 }, unique: true },
  { collection: 'items', name: 'owner_created', keys: { ownerOpenid: 1, createdAt: -1 } },
]

/** wx-server-sdk's database object over a fresh local database, with test helpers. */
export type TestDb = Omit<DatabasePort, 'command' | 'collection'> & {
  /** All of the SDK's commands, not only those the functions use. */
  command: DB.DatabaseCommand
  collection(name: string): Omit<CollectionPort, 'aggregate'> & { aggregate(): DB.Aggregate }
  serverDate(): DB.ServerDate
  Geo: DB.IGeo
  local: LocalDatabase
  /** Adds documents one by one through the SDK (`add`, so `_id` may be given). */
  seed(collection: string, docs: readonly Record<string, unknown>[]): Promise<void>
  dump(collection: string): ReturnType<LocalDatabase['dump']>
}

/**
 * Opens databases in fresh folders and closes them (then removes the folders) after each
 * test. Each gives wx-server-sdk's own database object (the SDK's client, answered by the
 * local service), with `local` for the database itself.
 */
export function useTempDatabases() {
  const tempDir = useTempDirs()
  const open: LocalDatabase[] = []
  afterEach(async () => {
    await Promise.all(open.splice(0).map((db) => db.close()))
  })
  return (options: Partial<DatabaseOptions> = {}, config: DatabaseConfig = {}): TestDb => {
    const local = openDatabase({ dataDir: tempDir(), ...options })
    open.push(local)
    const db = local.database(config) as unknown as TestDb
    const seed = async (collection: string, docs: readonly Record<string, unknown>[]) => {
      for (const doc of docs) await db.collection(collection).add({ data: doc })
    }
    return Object.assign(db, { local, seed, dump: (collection: string) => local.dump(collection) }) as TestDb
  }
}
