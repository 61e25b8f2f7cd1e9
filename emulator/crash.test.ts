/**
 * The local cloud as a process, killed with SIGKILL while residents submit: everything it
 * answered "ok" must be there after a restart, and numbering goes on without reuse.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DEMO } from './seed'
import { useTempDirs } from './db/testing'

const tempDir = useTempDirs()
const running: ChildProcess[] = []
afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGKILL')
})

/** Starts `npm run cloud`'s entry point on a free port; resolves with its address. */
function startCloud(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('emulator', 'main.ts')], {
    cwd: path.resolve(__dirname, '..'),
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, H5_DIR: path.join(dataDir, 'no-h5') },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  running.push(child)
  return new Promise((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const url = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out)?.[1]
      if (url) resolve({ url, child })
    })
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.on('exit', (code) => reject(new Error(`the local cloud exited (${code}): ${out}`)))
  })
}

async function call(url: string, openid: string, event: object) {
  const res = await fetch(`${url}/fn/resident`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Openid': openid },
    body: JSON.stringify(event),
  })
  return res.json() as Promise<{ ok: boolean; data?: { no: string; id: string }; error?: unknown }>
}

const submission = (n: number) => ({
  action: 'item.submit',
  requestId: `crash-${n}`,
  pointCode: DEMO.pointCode,
  category: '政策咨询',
  content: `第 ${n} 件：村口的路灯坏了一个多月了`,
  contact: { name: '张三丰', phone: '13812345678', address: '新东社区幸福路12号' },
})

describe('kill -9 of the local cloud', () => {
  it('keeps every submission it acknowledged, and never hands out a number twice', async () => {
    const dataDir = tempDir()
    const first = await startCloud(dataDir)
    const acknowledged: string[] = []
    const calls = Array.from({ length: 24 }, (_, n) =>
      call(first.url, `crash-resident-${n}`, submission(n)).then(
        (r) => {
          if (r.ok) acknowledged.push(r.data!.no)
          // kill at once, with the others still in flight
          if (acknowledged.length === 8) first.child.kill('SIGKILL')
        },
        () => undefined, // cut off by the kill
      ),
    )
    await Promise.all(calls)
    expect(acknowledged.length).toBeGreaterThanOrEqual(8)

    const second = await startCloud(dataDir)
    const after = await call(second.url, 'crash-resident-late', submission(99))
    expect(after.ok).toBe(true)
    const seen: string[] = []
    for (let n = 0; n < 24; n++) {
      const mine = await fetch(`${second.url}/fn/resident`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Openid': `crash-resident-${n}` },
        body: JSON.stringify({ action: 'item.listMine' }),
      }).then((r) => r.json() as Promise<{ data: { items: Array<{ no: string }> } }>)
      seen.push(...mine.data.items.map((i) => i.no))
    }
    for (const no of acknowledged) expect(seen).toContain(no)
    expect(seen).not.toContain(after.data!.no)
    expect(new Set([...seen, after.data!.no]).size).toBe(seen.length + 1)
  }, 60_000)

  it('comes up again after each of 20 kill -9 in a row, restarted at once', async () => {
    const dataDir = tempDir()
    for (let round = 0; round < 20; round++) {
      // resolves only once it serves: a start refused by the lock exits and rejects
      const { url, child } = await startCloud(dataDir)
      expect((await fetch(`${url}/healthz`)).ok).toBe(true)
      child.kill('SIGKILL') // not waited for: the next start may meet it dying or a zombie
    }
  }, 180_000)
})
