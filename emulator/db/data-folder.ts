/** The data folder: one owner at a time, and folder entries made durable. */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import path from 'node:path'

const LOCK = 'LOCK'
/** Folders open in this process (the LOCK file guards against other processes). */
const openDirs = new Set<string>()

/** Makes a rename or a new file in `dir` survive a crash. */
export function fsyncDir(dir: string) {
  const fd = openSync(dir, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** One process per data folder: a second would interleave its log with ours. */
export function takeLock(dir: string) {
  if (openDirs.has(dir)) throw new Error(`local cloud: the data folder ${dir} is already open in this process`)
  const file = path.join(dir, LOCK)
  if (existsSync(file)) {
    const pid = Number(readFileSync(file, 'utf8'))
    if (pid !== process.pid && Number.isInteger(pid) && isAlive(pid)) {
      throw new Error(`local cloud: the data folder ${dir} is in use by process ${pid}`)
    }
  }
  const fd = openSync(file, 'w')
  writeSync(fd, String(process.pid))
  closeSync(fd)
  openDirs.add(dir)
}


export function releaseLock(dir: string) {
  rmSync(path.join(dir, LOCK), { force: true })
  openDirs.delete(dir)
}
