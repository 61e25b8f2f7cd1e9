/**
 * One owner per data folder, judged by the kernel: a killed owner (even an unreaped
 * zombie) or a LOCK naming a pid that now belongs to another program holds nothing.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { releaseLock, takeLock } from './data-folder'
import { useTempDirs } from './testing'

const tempDir = useTempDirs()
const holderScript = path.resolve(__dirname, '../fixtures/hold-data-folder.ts')
const children: ChildProcess[] = []
const taken: string[] = []
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL')
  for (const dir of taken.splice(0)) releaseLock(dir)
})

function take(dir: string) {
  takeLock(dir)
  taken.push(dir)
}

/** Runs `command` and resolves with its first line of output (and the child). */
function firstLine(command: string, args: string[]): Promise<{ line: string; child: ChildProcess }> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] })
  children.push(child)
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const nl = out.indexOf('\n')
      if (nl >= 0) resolve({ line: out.slice(0, nl), child })
    })
    child.on('exit', (code) => reject(new Error(`exited (${code}) before a line: ${out}`)))
  })
}

const holder = (dir: string) => firstLine(process.execPath, ['--import', 'tsx', holderScript, dir])

/** /proc/<pid>/stat's state letter ('Z' for a zombie), or null once the pid is gone. */
function procState(pid: number): string | null {
  const file = `/proc/${pid}/stat`
  if (!existsSync(file)) return null
  return readFileSync(file, 'utf8').replace(/^.*\) /s, '')[0]
}

describe.runIf(process.platform === 'linux')('the data folder lock', () => {
  it('refuses a second owner while the first lives, naming it', async () => {
    const dir = tempDir()
    const { line, child } = await holder(dir)
    expect(line).toBe('held')
    expect(() => takeLock(dir)).toThrow(`the data folder ${dir} is in use by process ${child.pid}`)
  }, 30_000)

  it('is free the moment its owner is killed, though the owner is still an unreaped zombie', async () => {
    const dir = tempDir()
    // the holder's parent becomes `sleep`, which never reaps it: killed, it stays a zombie
    const script = `${JSON.stringify(process.execPath)} --import tsx ${JSON.stringify(holderScript)} ${JSON.stringify(dir)} & echo $!; exec sleep 60`
    const { line: pidLine, child } = await firstLine('sh', ['-c', script])
    const pid = Number(pidLine)
    for (let i = 0; i < 200 && !existsSync(path.join(dir, 'LOCK')); i++) await new Promise((r) => setTimeout(r, 50))
    expect(() => takeLock(dir)).toThrow(`in use by process ${pid}`)
    process.kill(pid, 'SIGKILL')
    for (let i = 0; i < 100 && procState(pid) !== 'Z'; i++) await new Promise((r) => setTimeout(r, 20))
    expect(procState(pid)).toBe('Z')
    take(dir)
    expect(readFileSync(path.join(dir, 'LOCK'), 'utf8')).toBe(String(process.pid))
    child.kill('SIGKILL')
  }, 30_000)

  it('is free when LOCK names a pid now used by another program', async () => {
    const dir = tempDir()
    const { child } = await firstLine('sh', ['-c', 'echo up; exec sleep 60'])
    writeFileSync(path.join(dir, 'LOCK'), String(child.pid))
    take(dir)
  }, 30_000)

  it('of two starts at once, exactly one wins', async () => {
    for (let round = 0; round < 3; round++) {
      const dir = tempDir()
      const lines = (await Promise.all([holder(dir), holder(dir)])).map((r) => r.line)
      expect(lines.filter((l) => l === 'held')).toHaveLength(1)
      expect(lines.filter((l) => l.startsWith('refused: ') && l.includes('is in use by'))).toHaveLength(1)
    }
  }, 60_000)

  it('can be taken again in this process once released', () => {
    const dir = tempDir()
    takeLock(dir)
    expect(() => takeLock(dir)).toThrow('already open in this process')
    releaseLock(dir)
    take(dir)
  })
})
