/**
 * Persistence: one JSON file per collection in the data folder, one document per line,
 * Dates as {"$date": "<ISO>"}. Writes are coalesced: a change marks its collection dirty
 * and a timer writes the dirty ones a moment later (temp file + rename, so a crash never
 * leaves half a file). `flush()` writes now and resolves once it is on disk.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { rename, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { StoredDoc } from './values'

// Captured at load so tests that fake timers do not stall persistence.
const realSetTimeout = globalThis.setTimeout
const realClearTimeout = globalThis.clearTimeout

let tempCounter = 0

/** Writes `data` to `file` so that readers see the old or the new content, never a mix. */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const temp = `${file}.${process.pid}.${++tempCounter}.tmp`
  try {
    await writeFile(temp, data)
    await rename(temp, file)
  } catch (err) {
    await unlink(temp).catch(() => undefined)
    throw err
  }
}

function isDateBox(v: unknown): v is { $date: string } {
  if (typeof v !== 'object' || v === null) return false
  const keys = Object.keys(v)
  return keys.length === 1 && keys[0] === '$date' && typeof (v as { $date: unknown }).$date === 'string'
}

export function encodeDocs(docs: Iterable<StoredDoc>): string {
  const lines: string[] = []
  for (const doc of docs) {
    lines.push(
      JSON.stringify(doc, function (this: Record<string, unknown>, key: string, value: unknown) {
        const raw = this[key]
        return raw instanceof Date ? { $date: raw.toISOString() } : value
      }),
    )
  }
  return lines.length ? `[\n${lines.join(',\n')}\n]\n` : '[]\n'
}

export function decodeDocs(text: string, file: string): StoredDoc[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(text, (_key, value: unknown) => (isDateBox(value) ? new Date(value.$date) : value))
  } catch (err) {
    throw new Error(`local cloud: ${file} is not valid JSON (${(err as Error).message})`)
  }
  if (!Array.isArray(parsed)) throw new Error(`local cloud: ${file} should hold an array of documents`)
  for (const doc of parsed) {
    if (typeof doc !== 'object' || doc === null || typeof (doc as { _id?: unknown })._id !== 'string') {
      throw new Error(`local cloud: ${file} holds a document without a string _id`)
    }
  }
  return parsed as StoredDoc[]
}

export class CollectionFiles {
  private readonly dirty = new Set<string>()
  private timer: ReturnType<typeof setTimeout> | undefined
  private writing: Promise<void> = Promise.resolve()

  constructor(
    readonly dir: string,
    private readonly delayMs: number,
    /** Renders a collection's current content; called at flush time, not at change time. */
    private readonly render: (collection: string) => string,
  ) {
    mkdirSync(dir, { recursive: true })
  }

  /** Every `<name>.json` in the folder (leftover `.tmp` files from a crash are ignored). */
  load(): Map<string, StoredDoc[]> {
    const out = new Map<string, StoredDoc[]>()
    for (const entry of readdirSync(this.dir)) {
      if (!entry.endsWith('.json')) continue
      const file = path.join(this.dir, entry)
      out.set(entry.slice(0, -'.json'.length), decodeDocs(readFileSync(file, 'utf8'), file))
    }
    return out
  }

  markDirty(collection: string) {
    this.dirty.add(collection)
    if (this.timer) return
    this.timer = realSetTimeout(() => {
      this.timer = undefined
      this.flush().catch((err: unknown) => console.error('[local cloud] could not save the database:', err))
    }, this.delayMs)
  }

  flush(): Promise<void> {
    if (this.timer) {
      realClearTimeout(this.timer)
      this.timer = undefined
    }
    const names = [...this.dirty]
    this.dirty.clear()
    // Render now, so the files hold the state as of this call; write after earlier writes
    // so an older snapshot never lands on top of a newer one.
    const payloads = names.map((name) => ({ name, text: this.render(name) }))
    const run = this.writing
      .catch(() => undefined)
      .then(() => Promise.all(payloads.map((p) => writeFileAtomic(path.join(this.dir, `${p.name}.json`), p.text))))
      .then(() => undefined)
    this.writing = run.catch((err: unknown) => {
      for (const name of names) this.dirty.add(name) // retried by the next flush
      throw err
    })
    return this.writing
  }

  /** Flushes and stops the timer for good. */
  async close(): Promise<void> {
    await this.flush()
  }
}
