import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { useTempDirs } from './db/testing'
import { createLocalCloud, type LocalCloud } from './local-cloud'

const tempDir = useTempDirs()
const clouds: LocalCloud[] = []
afterEach(async () => {
  await Promise.all(clouds.splice(0).map((c) => c.close()))
})

function cloud(options: Partial<Parameters<typeof createLocalCloud>[0]> = {}): LocalCloud {
  const c = createLocalCloud({ dataDir: tempDir(), publicBaseUrl: 'http://127.0.0.1:9999', ...options })
  clouds.push(c)
  return c
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('local cloud', () => {
  it('getWXContext answers for the current runAs, and has no OPENID outside it', async () => {
    const c = cloud()
    expect(c.port.getWXContext()).toEqual({ APPID: 'wx-local', ENV: 'local-shuoshi' })
    const ctx = await c.runAs('user-a', async () => c.port.getWXContext())
    expect(ctx).toEqual({ OPENID: 'user-a', APPID: 'wx-local', ENV: 'local-shuoshi', SOURCE: 'wx_client' })
  })

  it('keeps identities apart across interleaved concurrent calls', async () => {
    const c = cloud()
    const db = c.port.database()
    const handler = async (delays: number[]) => {
      const seen: string[] = []
      for (const ms of delays) {
        await pause(ms)
        await db.collection('items').where({ no: 'none' }).get()
        seen.push(String(c.port.getWXContext().OPENID))
      }
      return seen
    }
    const [a, b] = await Promise.all([c.runAs('user-a', () => handler([5, 1, 8, 0])), c.runAs('user-b', () => handler([1, 6, 0, 4]))])
    expect(a).toEqual(['user-a', 'user-a', 'user-a', 'user-a'])
    expect(b).toEqual(['user-b', 'user-b', 'user-b', 'user-b'])
    expect(c.currentOpenid()).toBeUndefined()
  })

  it('binds database, storage and openapi behind the port', async () => {
    const dataDir = tempDir()
    const c = cloud({ dataDir, envId: 'env-x' })
    const db = c.port.database({ throwOnNotFound: false })
    await db.collection('points').add({ data: { _id: 'p1', code: 'xd01' } })
    expect((await db.collection('points').doc('missing').get()).data).toBeNull()
    await expect(c.port.database().collection('points').doc('missing').get()).rejects.toMatchObject({ errCode: -1 })
    // unique index from cloudfunctions/indexes.ts
    await expect(db.collection('points').add({ data: { code: 'xd01' } })).rejects.toMatchObject({ errCode: -501001 })
    // only the declared collections exist
    await expect(db.collection('nosuch').get()).rejects.toMatchObject({ errCode: -502005 })

    const { fileID } = await c.storage.uploadFile({ cloudPath: 'items/x.png', fileContent: Buffer.from('png') })
    expect(fileID).toBe('cloud://env-x/items/x.png')
    const { fileList } = await c.port.getTempFileURL({ fileList: [fileID] })
    expect(fileList[0].tempFileURL).toMatch(/^http:\/\/127\.0\.0\.1:9999\/storage\/items\/x\.png\?sign=/)

    const check = await c.port.openapi.security.msgSecCheck({ version: 2, scene: 2, openid: 'u', content: '赌博' })
    expect(check.result.suggest).toBe('risky')

    await c.close()
    expect(readFileSync(path.join(dataDir, 'db', 'wal.log'), 'utf8')).toContain('xd01')
    expect(existsSync(path.join(dataDir, 'storage', 'items', 'x.png'))).toBe(true)
  })

  it("takes the word list and, with collections: 'any', creates collections on use", async () => {
    const c = cloud({ wordList: { risky: ['坏词'] }, collections: 'any' })
    const res = await c.port.openapi.security.msgSecCheck({ version: 2, scene: 1, openid: 'u', content: '一个坏词' })
    expect(res.result.suggest).toBe('risky')
    await c.port.database().collection('anything').add({ data: { a: 1 } })
    expect(c.db.dump('anything')).toHaveLength(1)
  })

  it('refuses runAs without an openid', () => {
    const c = cloud()
    expect(() => c.runAs('', () => 1)).toThrow(/openid/)
  })
})
