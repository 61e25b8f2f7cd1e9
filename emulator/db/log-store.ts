/**
 * The database's files: a write-ahead log with group commit, and a snapshot it is
 * compacted into — the design of embedded stores such as LevelDB and SQLite's WAL mode.
 *
 * - `wal.log`: one line per committed batch, `<crc32 hex> <json>\n`, where the JSON is
 *   `{ "seq": n, "w": [{ "c": collection, "i": _id, "d": document | null }] }` with
 *   documents in relaxed EJSON (Dates as {"$date": …}). A batch is whole document
 *   images, so replaying it twice gives the same state.
 * - `snapshot.log`: a header line `{ "seq": n }`, then one document per line. Log
 *   batches with seq ≤ n are already in it and are skipped on replay.
 *
 * `append` resolves once its batch is on disk (written and fdatasync'd). Batches that
 * arrive while a sync is in flight are written together by the next one (group commit),
 * so concurrent writers share the cost of a sync. A torn last line (a crash mid-write) is
 * cut off on open; damage anywhere else fails loudly. When the log outgrows the snapshot
 * it is compacted: the current state is written to a new snapshot (temp file, fsync,
 * rename, fsync of the folder) and the log starts empty.
 */
import { closeSync, existsSync, fdatasync, fsyncSync, ftruncateSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, write, writeSync } from 'node:fs'
import { promisify } from 'node:util'
import path from 'node:path'
import { fsyncDir, releaseLock, takeLock } from './data-folder'
import { decode, encode, frame, unframe } from './log-lines'
import type { StoredDoc } from './values'

export interface LogWrite {
  c: string
  i: string
  d: StoredDoc | null
}

export interface Loaded {
  seq: number
  /** collection → documents, in the order they were first written */
  collections: Map<string, Map<string, StoredDoc>>
}

const WAL = 'wal.log'
const SNAPSHOT = 'snapshot.log'
/** The log is compacted once it is this large and larger than the snapshot. */
export const MIN_COMPACT_BYTES = 16 * 1024 * 1024

const writeAsync = promisify(write) as (fd: number, text: string) => Promise<unknown>
const datasyncAsync = promisify(fdatasync)

interface Pending {
  text: string
  resolve: () => void
  reject: (err: unknown) => void
}

export class LogStore {
  private wal = -1
  private walBytes = 0
  /** Every byte this store has written (log and snapshots), for the benchmarks. */
  bytesWritten = 0
  private readonly legacy: string[] = []
  private snapshotBytes = 0
  private queue: Pending[] = []
  /** Set while a drain runs; cleared by the drain itself the moment it finds the queue empty. */
  private draining = false
  private drained: Promise<void> = Promise.resolve()
  private failure: unknown = null
  private closed = false

  private constructor(
    readonly dir: string,
    private readonly compactAtBytes: number,
    /** The whole current state, for compaction: called between log writes. */
    private readonly state: () => { seq: number; docs: Iterable<[string, StoredDoc]> },
  ) {}

  /** Opens (creating) the folder, replays what is on disk, and returns the state found. */
  static open(
    dir: string,
    state: () => { seq: number; docs: Iterable<[string, StoredDoc]> },
    compactAtBytes = MIN_COMPACT_BYTES,
  ): { store: LogStore; loaded: Loaded } {
    dir = path.resolve(dir)
    mkdirSync(dir, { recursive: true })
    takeLock(dir)
    const store = new LogStore(dir, compactAtBytes, state)
    const loaded = store.load()
    store.wal = openSync(path.join(dir, WAL), 'a')
    fsyncDir(dir)
    return { store, loaded }
  }

  private load(): Loaded {
    const collections = new Map<string, Map<string, StoredDoc>>()
    const put = ({ c, i, d }: LogWrite) => {
      let docs = collections.get(c)
      if (!docs) collections.set(c, (docs = new Map()))
      if (d) docs.set(i, d)
      else docs.delete(i)
    }
    let seq = 0
    const snapshotFile = path.join(this.dir, SNAPSHOT)
    if (existsSync(snapshotFile)) {
      const text = readFileSync(snapshotFile, 'utf8')
      this.snapshotBytes = Buffer.byteLength(text)
      const lines = text.split('\n')
      lines.forEach((line, n) => {
        if (line === '') return
        const json = unframe(line)
        if (json === null) throw new Error(`local cloud: ${snapshotFile} is damaged at line ${n + 1}; restore or delete the data folder`)
        const record = decode(json) as { seq?: number } & Partial<LogWrite>
        if (n === 0) seq = record.seq ?? 0
        else put(record as LogWrite)
      })
    }
    const walFile = path.join(this.dir, WAL)
    if (existsSync(walFile)) {
      const buf = readFileSync(walFile)
      let offset = 0
      while (offset < buf.length) {
        const end = buf.indexOf(0x0a, offset)
        const json = end === -1 ? null : unframe(buf.toString('utf8', offset, end))
        if (json === null) {
          if (end !== -1 && end + 1 < buf.length) {
            throw new Error(`local cloud: ${walFile} is damaged at byte ${offset}; restore or delete the data folder`)
          }
          // A batch cut short by a crash was never acknowledged: drop it.
          const fd = openSync(walFile, 'r+')
          ftruncateSync(fd, offset)
          fsyncSync(fd)
          closeSync(fd)
          break
        }
        const batch = decode(json) as { seq: number; w: LogWrite[] }
        if (batch.seq > seq) {
          for (const w of batch.w) put(w)
          seq = batch.seq
        }
        offset = end + 1
      }
      this.walBytes = offset
    }
    this.importLegacyFiles(collections)
    return { seq, collections }
  }

  /** Earlier versions kept one `<collection>.json` array per collection: read them once. */
  private importLegacyFiles(collections: Map<string, Map<string, StoredDoc>>) {
    for (const entry of readdirSync(this.dir)) {
      if (!entry.endsWith('.json')) continue
      const name = entry.slice(0, -'.json'.length)
      const docs = decode(readFileSync(path.join(this.dir, entry), 'utf8')) as StoredDoc[]
      if (!collections.has(name)) collections.set(name, new Map(docs.map((d) => [d._id, d])))
      this.legacy.push(path.join(this.dir, entry))
    }
  }

  /** Resolves once the batch is on disk. */
  append(seq: number, writes: LogWrite[]): Promise<void> {
    if (this.closed) return Promise.reject(new Error('local cloud: the database has been closed'))
    if (this.failure) return Promise.reject(this.failure)
    const text = frame(encode({ seq, w: writes }))
    return new Promise((resolve, reject) => {
      this.queue.push({ text, resolve, reject })
      if (!this.draining) {
        this.draining = true
        this.drained = this.drain()
      }
    })
  }

  private async drain() {
    // `draining` is cleared in the same synchronous step that finds the queue empty, so a
    // batch appended at any moment is either taken by this loop or starts a new one.
    while (this.queue.length > 0) {
      const group = this.queue.splice(0)
      try {
        const text = group.map((p) => p.text).join('')
        await writeAsync(this.wal, text)
        await datasyncAsync(this.wal)
        this.walBytes += Buffer.byteLength(text)
        this.bytesWritten += Buffer.byteLength(text)
        for (const p of group) p.resolve()
      } catch (err) {
        // The disk refused: nothing more is acknowledged, and the caller hears why.
        this.failure = err
        for (const p of [...group, ...this.queue.splice(0)]) p.reject(err)
        break
      }
      if (this.walBytes > Math.max(this.compactAtBytes, this.snapshotBytes)) {
        try {
          this.compact()
        } catch (err) {
          // The log still holds everything; later writes are refused so nothing diverges.
          this.failure = err
          for (const p of this.queue.splice(0)) p.reject(err)
        }
      }
    }
    this.draining = false
  }

  /** Writes the whole state as the new snapshot and empties the log (blocking: it is rare). */
  compact(): void {
    const { seq, docs } = this.state()
    const temp = path.join(this.dir, `${SNAPSHOT}.tmp`)
    const fd = openSync(temp, 'w')
    let bytes = 0
    try {
      // in pieces: a million matters' snapshot is longer than one JavaScript string may be
      let piece = frame(encode({ seq }))
      const flush = () => {
        writeSync(fd, piece)
        bytes += Buffer.byteLength(piece)
        piece = ''
      }
      for (const [c, d] of docs) {
        piece += frame(encode({ c, i: d._id, d }))
        if (piece.length > 4_000_000) flush()
      }
      flush()
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(temp, path.join(this.dir, SNAPSHOT))
    fsyncDir(this.dir)
    // Only now may the log go: everything in it is in the snapshot (seq ≤ its seq).
    ftruncateSync(this.wal, 0)
    fsyncSync(this.wal)
    this.walBytes = 0
    this.snapshotBytes = bytes
    this.bytesWritten += bytes
    for (const file of this.legacy.splice(0)) rmSync(file, { force: true })
  }

  /** Whether the log holds anything a compaction would fold into the snapshot. */
  get needsCompaction(): boolean {
    return this.walBytes > 0 || this.legacy.length > 0
  }

  /** Waits for every acknowledged-or-pending batch, then closes the files. */
  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.drained
    closeSync(this.wal)
    releaseLock(this.dir)
  }
}
