import { createReadStream, existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from './db/testing'
import { cloudPathProblem, createStorage } from './storage'

const tempDir = useTempDirs()

function storage(options: { maxFileBytes?: number } = {}) {
  const dataDir = tempDir()
  return { dataDir, storage: createStorage({ dataDir, envId: 'env-test', publicBaseUrl: 'http://127.0.0.1:10086', ...options }) }
}

describe('storage', () => {
  it('uploads, hands out a temporary URL and reads the bytes back', async () => {
    const { dataDir, storage: s } = storage()
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])
    const up = await s.uploadFile({ cloudPath: 'items/202401/a_b-1.png', fileContent: bytes })
    expect(up).toEqual({ fileID: 'cloud://env-test/items/202401/a_b-1.png', statusCode: 200, errMsg: 'uploadFile:ok' })
    expect(existsSync(path.join(dataDir, 'storage', 'items', '202401', 'a_b-1.png'))).toBe(true)

    const { fileList, errMsg } = await s.getTempFileURL({ fileList: [up.fileID, { fileID: up.fileID, maxAge: 60 }] })
    expect(errMsg).toBe('getTempFileURL:ok')
    expect(fileList[0]).toMatchObject({ fileID: up.fileID, status: 0, errMsg: 'ok', maxAge: 86400 })
    expect(fileList[1].maxAge).toBe(60)
    const url = new URL(fileList[0].tempFileURL)
    expect(`${url.origin}${url.pathname}`).toBe('http://127.0.0.1:10086/storage/items/202401/a_b-1.png')
    expect(s.verifyTempUrl('items/202401/a_b-1.png', url.searchParams.get('sign'), url.searchParams.get('t'))).toBe(true)
    expect(s.verifyTempUrl('items/202401/other.png', url.searchParams.get('sign'), url.searchParams.get('t'))).toBe(false)

    expect(await s.read('items/202401/a_b-1.png')).toEqual({ content: bytes, contentType: 'image/png' })
    expect((await s.downloadFile({ fileID: up.fileID })).fileContent).toEqual(bytes)
  })

  it('accepts a readable stream', async () => {
    const { dataDir, storage: s } = storage()
    const source = path.join(dataDir, 'source.txt')
    writeFileSync(source, 'hello')
    await s.uploadFile({ cloudPath: 'docs/hello.txt', fileContent: createReadStream(source) })
    expect(await s.read('docs/hello.txt')).toEqual({ content: Buffer.from('hello'), contentType: 'text/plain; charset=utf-8' })
  })

  it('reports a missing file per entry in getTempFileURL, and fails downloadFile', async () => {
    const { storage: s } = storage()
    const { fileList } = await s.getTempFileURL({ fileList: ['cloud://env-test/items/none.png', 'cloud://other-env/x.png'] })
    expect(fileList[0]).toMatchObject({ status: -1, tempFileURL: '', errMsg: expect.stringMatching(/NONEXIST/) })
    expect(fileList[1]).toMatchObject({ status: -1, errMsg: 'invalid fileID' })
    await expect(s.downloadFile({ fileID: 'cloud://env-test/items/none.png' })).rejects.toMatchObject({ errCode: -503003 })
    expect(await s.read('items/none.png')).toBeNull()
  })

  it('deletes files', async () => {
    const { storage: s } = storage()
    const { fileID } = await s.uploadFile({ cloudPath: 'a.jpg', fileContent: Buffer.from('x') })
    const res = await s.deleteFile({ fileList: [fileID, 'cloud://env-test/b.jpg'] })
    expect(res.fileList.map((f) => f.status)).toEqual([0, -1])
    expect(await s.read('a.jpg')).toBeNull()
  })

  it.each([
    ['../escape.png'],
    ['/abs.png'],
    ['a//b.png'],
    ['a/./b.png'],
    ['dir/'],
    ['空格 name.png'],
    ['x'.repeat(201)],
    [''],
  ])('refuses the cloud path %j', async (cloudPath) => {
    const { storage: s } = storage()
    expect(cloudPathProblem(cloudPath)).not.toBeNull()
    await expect(s.uploadFile({ cloudPath, fileContent: Buffer.from('x') })).rejects.toMatchObject({ errCode: -501007 })
    expect(await s.read(cloudPath)).toBeNull()
  })

  it('refuses files over the size limit and contents that are not bytes', async () => {
    const { storage: s } = storage({ maxFileBytes: 4 })
    await expect(s.uploadFile({ cloudPath: 'big.bin', fileContent: Buffer.alloc(5) })).rejects.toThrow(/larger than 4 bytes/)
    await expect(s.uploadFile({ cloudPath: 'str.bin', fileContent: 'text' as unknown as Buffer })).rejects.toThrow(/Buffer/)
    expect(await s.read('big.bin')).toBeNull()
  })
})
