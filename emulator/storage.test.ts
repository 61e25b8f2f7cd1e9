import { createReadStream, existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from './db/testing'
import { cloudPathProblem, createStorage, type StorageOptions } from './storage'
import { IMAGES, NOT_IMAGES } from './fixtures/images'

const tempDir = useTempDirs()

function storage(options: Partial<StorageOptions> = {}) {
  const dataDir = options.dataDir ?? tempDir()
  return { dataDir, storage: createStorage({ dataDir, envId: 'env-test', publicBaseUrl: 'http://127.0.0.1:10086', ...options }) }
}

describe('storage', () => {
  it('uploads, hands out a temporary URL and reads the bytes back', async () => {
    const { dataDir, storage: s } = storage()
    const bytes = IMAGES.png
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
    // what a function stores is typed by its bytes, whatever its name: text is a download
    expect(await s.read('docs/hello.txt')).toEqual({ content: Buffer.from('hello'), contentType: 'application/octet-stream' })
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

describe('uploads from the mini-program', () => {
  it.each(Object.entries(IMAGES))('keeps a %s with the type its bytes show, whatever its name', async (kind, bytes) => {
    const { storage: s } = storage()
    const fileID = await s.clientUpload('user-a', `uploads/user-a/photo.${kind === 'png' ? 'jpg' : 'png'}`, bytes)
    expect(await s.read(s.cloudPathOf(fileID)!)).toEqual({ content: bytes, contentType: `image/${kind}` })
  })

  it.each(Object.entries(NOT_IMAGES))('refuses %s bytes named as a photo and stores nothing', async (_kind, bytes) => {
    const { storage: s } = storage()
    await expect(s.clientUpload('user-a', 'uploads/user-a/photo.jpg', bytes)).rejects.toMatchObject({ reason: 'not-image' })
    expect(await s.read('uploads/user-a/photo.jpg')).toBeNull()
  })

  it('writes a path once: the uploader cannot overwrite it and nobody else may write it', async () => {
    const { storage: s } = storage()
    await s.clientUpload('user-a', 'uploads/user-a/p.png', IMAGES.png)
    await expect(s.clientUpload('user-a', 'uploads/user-a/p.png', IMAGES.jpeg)).rejects.toMatchObject({ reason: 'exists' })
    await expect(s.clientUpload('user-b', 'uploads/user-a/p.png', IMAGES.jpeg)).rejects.toMatchObject({ reason: 'forbidden' })
    // what a function stored belongs to no user
    await s.uploadFile({ cloudPath: 'qr/xd01.png', fileContent: IMAGES.png })
    await expect(s.clientUpload('user-a', 'qr/xd01.png', IMAGES.jpeg)).rejects.toMatchObject({ reason: 'forbidden' })
    expect((await s.read('uploads/user-a/p.png'))?.content).toEqual(IMAGES.png)
    expect((await s.read('qr/xd01.png'))?.content).toEqual(IMAGES.png)
  })

  it('lets one of two uploads racing for a path win', async () => {
    const { storage: s } = storage()
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => s.clientUpload('user-a', 'uploads/user-a/race.png', i % 2 ? IMAGES.png : IMAGES.webp)),
    )
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.reason)).toEqual(Array(7).fill('exists'))
  })

  it('remembers who uploaded what across a restart', async () => {
    const { dataDir, storage: first } = storage()
    await first.clientUpload('user-a', 'uploads/user-a/p.webp', IMAGES.webp)
    const { storage: again } = storage({ dataDir })
    expect((await again.read('uploads/user-a/p.webp'))?.contentType).toBe('image/webp')
    await expect(again.clientUpload('user-b', 'uploads/user-a/p.webp', IMAGES.png)).rejects.toMatchObject({ reason: 'forbidden' })
  })

  it('answers to the rules it is given', async () => {
    const { storage: s } = storage({ rules: { write: "auth.openid == 'only-me'" } })
    await expect(s.clientUpload('user-a', 'uploads/user-a/p.png', IMAGES.png)).rejects.toMatchObject({ reason: 'forbidden' })
    await s.clientUpload('only-me', 'uploads/any/p.png', IMAGES.png)
    const { storage: none } = storage({ rules: {} })
    await expect(none.clientUpload('user-a', 'uploads/user-a/p.png', IMAGES.png)).rejects.toMatchObject({ reason: 'forbidden' })
  })

  it('refuses bad paths and files over the limit', async () => {
    const { storage: s } = storage({ maxFileBytes: 40 })
    await expect(s.clientUpload('user-a', '../x.png', IMAGES.png)).rejects.toMatchObject({ reason: 'bad-path' })
    await expect(s.clientUpload('user-a', 'uploads/user-a/big.png', IMAGES.png)).rejects.toMatchObject({ reason: 'too-big' })
  })
})
