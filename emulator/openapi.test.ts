import { inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { MsgSecCheckParams } from '../cloudfunctions/kernel/port'
import { useTempDirs } from './db/testing'
import { createOpenApi } from './openapi'

const tempDir = useTempDirs()

const check = (content: string, extra: Partial<MsgSecCheckParams> = {}): MsgSecCheckParams => ({
  version: 2,
  scene: 2,
  openid: 'u1',
  content,
  ...extra,
})

describe('security.msgSecCheck', () => {
  it('passes ordinary text', async () => {
    const res = await createOpenApi().security.msgSecCheck(check('楼道灯坏了，请尽快修理'))
    expect(res).toMatchObject({ errCode: 0, errMsg: 'openapi.security.msgSecCheck:ok', result: { suggest: 'pass', label: 100 } })
    expect(Array.isArray(res.detail)).toBe(true)
  })

  it('flags words from the default list as risky or review', async () => {
    const api = createOpenApi()
    const risky = await api.security.msgSecCheck(check('这里有人赌 博')) // spacing does not dodge it
    expect(risky.result).toEqual({ suggest: 'risky', label: 20006 })
    expect(risky.detail).toContainEqual(expect.objectContaining({ strategy: 'keyword', keyword: '赌博' }))
    const review = await api.security.msgSecCheck(check('正文', { title: '待人工复核的标题' }))
    expect(review.result.suggest).toBe('review')
  })

  it('uses a configured word list', async () => {
    const api = createOpenApi({ wordList: { risky: ['badword'], review: [] } })
    expect((await api.security.msgSecCheck(check('a BADWORD here'))).result.suggest).toBe('risky')
    expect((await api.security.msgSecCheck(check('赌博'))).result.suggest).toBe('pass')
  })

  it('fails like WeChat (47001) without version 2 or an openid', async () => {
    const api = createOpenApi()
    await expect(api.security.msgSecCheck({ ...check('x'), version: 1 as 2 })).rejects.toMatchObject({
      errCode: 47001,
      errMsg: expect.stringMatching(/^openapi.security.msgSecCheck:fail 47001 data format error/),
    })
    await expect(api.security.msgSecCheck(check('x', { openid: '' }))).rejects.toMatchObject({ errCode: 47001 })
    await expect(api.security.msgSecCheck(check('x'.repeat(2501)))).rejects.toMatchObject({ errCode: 47001 })
  })
})

describe('subscribeMessage.send', () => {
  const message = {
    touser: 'u1',
    templateId: 'tpl-reply',
    page: 'pages/item/index?id=1',
    data: { thing1: { value: '楼道灯已修好' }, character_string2: { value: '202401001' }, phrase3: { value: '已办结' } },
  }

  it('needs quota (43101), uses one per message and delivers to the inbox', async () => {
    const api = createOpenApi()
    await expect(api.subscribeMessage.send(message)).rejects.toMatchObject({ errCode: 43101 })
    api.addQuota('u1', 'tpl-reply', 2)
    expect(await api.subscribeMessage.send(message)).toEqual({ errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' })
    expect(api.quota('u1', 'tpl-reply')).toBe(1)
    await api.subscribeMessage.send(message)
    await expect(api.subscribeMessage.send(message)).rejects.toMatchObject({ errCode: 43101 })
    expect(api.inbox('u1')).toHaveLength(2)
    expect(api.inbox('u2')).toEqual([])
    expect(api.inbox()[0]).toMatchObject({ touser: 'u1', templateId: 'tpl-reply', data: message.data, miniprogramState: 'formal' })
  })

  it('quota is per user and per template', async () => {
    const api = createOpenApi()
    api.addQuota('u1', 'tpl-other')
    api.addQuota('u2', 'tpl-reply')
    await expect(api.subscribeMessage.send(message)).rejects.toMatchObject({ errCode: 43101 })
  })

  it.each([
    ['thing over 20 chars', { thing1: { value: '一二三四五六七八九十一二三四五六七八九十一' } }],
    ['character_string over 32', { character_string1: { value: 'A'.repeat(33) } }],
    ['character_string with Chinese', { character_string1: { value: '编号1' } }],
    ['phrase over 5', { phrase1: { value: '已经办理完毕了' } }],
    ['phrase not Chinese', { phrase1: { value: 'done' } }],
    ['name over 10', { name1: { value: '一二三四五六七八九十一' } }],
    ['empty value', { thing1: { value: '' } }],
    ['unknown keyword type', { foo1: { value: 'x' } }],
  ])('refuses %s with 47003 and uses no quota', async (_why, data) => {
    const api = createOpenApi()
    api.addQuota('u1', 'tpl-reply')
    await expect(api.subscribeMessage.send({ ...message, data })).rejects.toMatchObject({ errCode: 47003 })
    expect(api.quota('u1', 'tpl-reply')).toBe(1)
    expect(api.inbox()).toEqual([])
  })

  it('checks fields against registered templates', async () => {
    const api = createOpenApi({ templates: { 'tpl-reply': ['thing1', 'character_string2', 'phrase3'] } })
    api.addQuota('u1', 'tpl-reply', 5)
    await expect(api.subscribeMessage.send({ ...message, templateId: 'tpl-unknown' })).rejects.toMatchObject({ errCode: 40037 })
    await expect(api.subscribeMessage.send({ ...message, data: { thing1: message.data.thing1 } })).rejects.toMatchObject({ errCode: 47003 })
    await expect(api.subscribeMessage.send(message)).resolves.toMatchObject({ errCode: 0 })
  })

  it('keeps quota and inbox across restarts when given a data folder', async () => {
    const dataDir = tempDir()
    const api = createOpenApi({ dataDir })
    api.addQuota('u1', 'tpl-reply', 2)
    await api.subscribeMessage.send(message)
    await api.flush()
    const again = createOpenApi({ dataDir })
    expect(again.quota('u1', 'tpl-reply')).toBe(1)
    expect(again.inbox()).toHaveLength(1)
  })
})

describe('wxacode.getUnlimited', () => {
  it('returns a PNG for a valid scene', async () => {
    const res = await createOpenApi().wxacode.getUnlimited({ scene: "p=xd01&a-b._~!#$'()*+,/:;=?@", page: 'pages/point/index' })
    expect(res.contentType).toBe('image/png')
    expect(res.errCode).toBe(0)
    const png = res.buffer
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR')
    const width = png.readUInt32BE(16)
    const idatLength = png.readUInt32BE(33)
    expect(png.subarray(37, 41).toString('ascii')).toBe('IDAT')
    const pixels = inflateSync(png.subarray(41, 41 + idatLength))
    expect(pixels.length).toBe(width * (width + 1))
  })

  it.each([[''], ['x'.repeat(33)], ['中文'], ['a b'], ['a%20b']])('refuses the scene %j with 40169', async (scene) => {
    await expect(createOpenApi().wxacode.getUnlimited({ scene })).rejects.toMatchObject({ errCode: 40169 })
  })

  it('accepts 32 characters and checks the page shape and, when known, the page list', async () => {
    const api = createOpenApi({ pages: ['pages/point/index'] })
    await expect(api.wxacode.getUnlimited({ scene: 'x'.repeat(32) })).resolves.toMatchObject({ errCode: 0 })
    await expect(api.wxacode.getUnlimited({ scene: 'a', page: '/pages/point/index' })).rejects.toMatchObject({ errCode: 41030 })
    await expect(api.wxacode.getUnlimited({ scene: 'a', page: 'pages/none/index' })).rejects.toMatchObject({ errCode: 41030 })
    await expect(api.wxacode.getUnlimited({ scene: 'a', page: 'pages/none/index', checkPath: false })).resolves.toMatchObject({ errCode: 0 })
  })
})
