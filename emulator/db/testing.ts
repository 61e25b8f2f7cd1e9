/** Helpers for the emulator's own tests: a fresh database in a temp folder per test. */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach } from 'vitest'
import type { IndexDeclaration } from '../../cloudfunctions/indexes'
import { createDatabase, type DatabaseOptions, type LocalDatabase } from './database'

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

/** Opens databases in fresh folders and closes them (then removes the folders) after each test. */
export function useTempDatabases(): (options?: Partial<DatabaseOptions>) => LocalDatabase {
  const tempDir = useTempDirs()
  const open: LocalDatabase[] = []
  afterEach(async () => {
    await Promise.all(open.splice(0).map((db) => db.close()))
  })
  return (options = {}) => {
    const db = createDatabase({ dataDir: tempDir(), ...options })
    open.push(db)
    return db
  }
}
