/**
 * The data folder: one owner at a time, and folder entries made durable.
 *
 * Ownership is a listening socket in Linux's abstract namespace, named after the folder's
 * real path. Binding it is atomic (of two starts at once exactly one gets it), and the
 * kernel frees it the moment its process dies — a `kill -9`ed process, a zombie not yet
 * reaped, or a pid later reused by another program holds nothing. So nothing on disk is
 * ever judged stale. The LOCK file only says which process holds the folder, for the
 * message a second start prints. Elsewhere (no abstract sockets) the pid in LOCK is
 * checked, which a zombie or a reused pid can fool.
 */
import { createHash } from 'node:crypto'
import { closeSync, fsyncSync, openSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'

const LOCK = 'LOCK'
/** Folders open in this process, and the socket that holds each. */
const openDirs = new Map<string, net.Server | null>()

/** Makes a rename or a new file in `dir` survive a crash. */
export function fsyncDir(dir: string) {
  const fd = openSync(dir, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/** The abstract socket name that stands for owning `dir`. */
export function lockSocketName(dir: string): string {
  const hash = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 40)
  return `\0shuoshi-data-${hash}`
}

function holderOf(dir: string): string {
  try {
    const pid = Number(readFileSync(path.join(dir, LOCK), 'utf8'))
    return Number.isInteger(pid) && pid > 0 ? `process ${pid}` : 'another process'
  } catch {
    return 'another process'
  }
}

/**
 * Binds the folder's abstract socket; null when another process holds it. The bind
 * happens inside listen() itself, so `listening` tells at once whether it was ours.
 */
function bindOwnership(dir: string): net.Server | null {
  const server = net.createServer()
  server.on('error', () => undefined) // a failed bind is reported through `listening`
  server.on('connection', (socket) => socket.destroy())
  server.listen(lockSocketName(dir))
  if (!server.listening) {
    server.close()
    return null
  }
  server.unref() // holding the folder must not keep the process alive
  return server
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * A process killed a moment ago can show as a zombie while its other threads still
 * close its files: a busy folder is tried again for this long before it is refused.
 */
const RELEASE_WAIT_MS = 1000
const RETRY_MS = 50

function sleepSync(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

/** One process per data folder: a second would interleave its log with ours. */
export function takeLock(dir: string) {
  if (openDirs.has(dir)) throw new Error(`local cloud: the data folder ${dir} is already open in this process`)
  let server: net.Server | null = null
  if (process.platform === 'linux') {
    server = bindOwnership(dir)
    for (let waited = 0; !server && waited < RELEASE_WAIT_MS; waited += RETRY_MS) {
      sleepSync(RETRY_MS)
      server = bindOwnership(dir)
    }
    if (!server) throw new Error(`local cloud: the data folder ${dir} is in use by ${holderOf(dir)}`)
  } else {
    const pid = Number(readFileSyncOr(path.join(dir, LOCK)))
    if (pid !== process.pid && Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
      throw new Error(`local cloud: the data folder ${dir} is in use by process ${pid}`)
    }
  }
  writeFileSync(path.join(dir, LOCK), String(process.pid))
  openDirs.set(dir, server)
}

function readFileSyncOr(file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}

export function releaseLock(dir: string) {
  if (!openDirs.has(dir)) return
  rmSync(path.join(dir, LOCK), { force: true })
  openDirs.get(dir)?.close()
  openDirs.delete(dir)
}
