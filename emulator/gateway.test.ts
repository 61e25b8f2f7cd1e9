import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { IMAGES, NOT_IMAGES } from './fixtures/images'
import { startTestSystem, type TestSystem } from './testing'

let sys: TestSystem
beforeAll(async () => {
  sys = await startTestSystem()
})
afterAll(async () => {
  await sys.stop()
})

const post = (path: string, body: BodyInit, headers: Record<string, string> = {}) =>
  fetch(`${sys.url}${path}`, { method: 'POST', body, headers })

describe('the HTTP gateway', () => {
  it('calls a function as the X-Openid caller', async () => {
    const res = await post('/fn/resident', JSON.stringify({ action: 'item.listMine' }), { 'X-Openid': 'demo-resident-a' })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ ok: true, data: { items: [], nextCursor: null } })
  })

  it('calls without identity when there is no X-Openid', async () => {
    const res = await post('/fn/resident', JSON.stringify({ action: 'item.listMine' }))
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  it('answers 404 for an unknown function, 400 for bad JSON or a bad openid', async () => {
    expect((await post('/fn/nope', '{}')).status).toBe(404)
    expect((await post('/fn/resident', '{not json', { 'X-Openid': 'demo-resident-a' })).status).toBe(400)
    expect((await post('/fn/resident', '{}', { 'X-Openid': 'bad openid!' })).status).toBe(400)
    expect((await fetch(`${sys.url}/fn/resident`)).status).toBe(405)
  })

  it('shows the inbox of what would have been pushed to WeChat, as JSON and as a page', async () => {
    sys.cloud.openapi.addQuota('demo-resident-a', 'tpl-reply', 1)
    await sys.cloud.openapi.subscribeMessage.send({
      touser: 'demo-resident-a',
      templateId: 'tpl-reply',
      page: 'pages/item/index?id=x',
      data: { thing1: { value: '<b>已答复</b>' } },
    })
    const json = (await (await fetch(`${sys.url}/inbox`)).json()) as { messages: { touser: string }[] }
    expect(json.messages.map((m) => m.touser)).toContain('demo-resident-a')
    const page = await (await fetch(`${sys.url}/inbox.html`)).text()
    expect(page).toContain('订阅消息收件箱')
    expect(page).toContain('&lt;b&gt;已答复&lt;/b&gt;')
    expect(page).not.toContain('<b>已答复</b>')
  })

  it('lists the inbox newest first', async () => {
    for (const n of [1, 2]) {
      sys.cloud.openapi.addQuota('gw-order', 'tpl-order', 1)
      await sys.cloud.openapi.subscribeMessage.send({ touser: 'gw-order', templateId: 'tpl-order', data: { thing1: { value: `第${n}条` } } })
    }
    const json = (await (await fetch(`${sys.url}/inbox`)).json()) as { messages: { touser: string; data: { thing1: { value: string } } }[] }
    expect(json.messages.filter((m) => m.touser === 'gw-order').map((m) => m.data.thing1.value)).toEqual(['第2条', '第1条'])
  })

  it('answers requestSubscribeMessage as WeChat would for the H5 consent sheet: each accept is one message of quota', async () => {
    const ask = (body: unknown, openid: string | null = 'gw-subscriber') =>
      post('/wx/requestSubscribeMessage', JSON.stringify(body), openid ? { 'X-Openid': openid } : {})
    const ok = await ask({ choices: { 'tpl-a': 'accept', 'tpl-b': 'reject' } })
    expect(await ok.json()).toEqual({ errMsg: 'requestSubscribeMessage:ok', 'tpl-a': 'accept', 'tpl-b': 'reject' })
    expect(sys.cloud.openapi.quota('gw-subscriber', 'tpl-a')).toBe(1)
    expect(sys.cloud.openapi.quota('gw-subscriber', 'tpl-b')).toBe(0)
    expect((await ask({ choices: { 'tpl-a': 'accept' } }, null)).status).toBe(401)
    expect((await ask({ choices: { a: 'accept', b: 'accept', c: 'accept', d: 'accept' } })).status).toBe(400)
    expect((await ask({ choices: { 'tpl-a': 'maybe' } })).status).toBe(400)
    expect(sys.cloud.openapi.quota('gw-subscriber', 'tpl-a')).toBe(1)
  })

  const upload = (openid: string | null, cloudPath: string, body: Buffer, type = 'image/png') =>
    post('/storage/upload', new Uint8Array(body), { ...(openid ? { 'X-Openid': openid } : {}), 'X-Cloud-Path': cloudPath, 'Content-Type': type })
  const signedUrl = async (fileID: string) => (await sys.cloud.storage.getTempFileURL({ fileList: [fileID] })).fileList[0].tempFileURL

  it('uploads an image and serves it only through a signed temporary URL, typed by its bytes', async () => {
    // PNG bytes named .jpg and labelled image/jpeg are still a PNG
    const up = await upload('demo-resident-a', 'uploads/demo-resident-a/gw-test.jpg', IMAGES.png, 'image/jpeg')
    expect(up.status).toBe(200)
    const { fileID } = (await up.json()) as { fileID: string }
    expect(fileID).toMatch(/^cloud:\/\/.+\/uploads\/demo-resident-a\/gw-test\.jpg$/)

    const signed = await fetch(await signedUrl(fileID))
    expect(signed.status).toBe(200)
    expect(signed.headers.get('content-type')).toBe('image/png')
    expect(signed.headers.get('x-content-type-options')).toBe('nosniff')
    expect(Buffer.from(await signed.arrayBuffer()).equals(IMAGES.png)).toBe(true)

    expect((await fetch(`${sys.url}/storage/uploads/demo-resident-a/gw-test.jpg`)).status).toBe(403)
  })

  it('lets only the uploader write a path, and only once', async () => {
    const path = 'uploads/demo-resident-a/once.png'
    expect((await upload('demo-resident-a', path, IMAGES.png)).status).toBe(200)
    const byOther = await upload('demo-resident-b', path, IMAGES.jpeg, 'image/jpeg')
    expect(byOther.status).toBe(403)
    expect(await byOther.json()).toEqual({ error: { message: '无权写入这个路径' } })
    const again = await upload('demo-resident-a', path, IMAGES.webp, 'image/webp')
    expect(again.status).toBe(409)
    expect(await again.json()).toEqual({ error: { message: '这个路径已有文件，不能覆盖' } })
    expect((await sys.cloud.storage.read(path))?.content.equals(IMAGES.png)).toBe(true)
  })

  it.each(Object.entries(NOT_IMAGES))('refuses %s bytes whatever their Content-Type, with a clear error', async (kind, bytes) => {
    const path = `uploads/demo-resident-a/not-${kind}.png`
    const res = await upload('demo-resident-a', path, bytes, 'image/png')
    expect(res.status).toBe(415)
    expect(await res.json()).toEqual({ error: { message: '只能上传 JPEG、PNG 或 WebP 格式的图片' } })
    expect(await sys.cloud.storage.read(path)).toBeNull()
  })

  it('serves what a function stored that is no image as a download, never as a page', async () => {
    const { fileID } = await sys.cloud.storage.uploadFile({ cloudPath: 'exports/page.html', fileContent: NOT_IMAGES.html })
    const res = await fetch(await signedUrl(fileID))
    expect(res.headers.get('content-type')).toBe('application/octet-stream')
    expect(res.headers.get('content-disposition')).toBe('attachment')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('refuses uploads without identity, to a bad path, or empty', async () => {
    expect((await upload(null, 'uploads/a/a.png', IMAGES.png)).status).toBe(401)
    expect((await upload('a', '../a.png', IMAGES.png)).status).toBe(400)
    expect((await upload('a', 'uploads/a/empty.png', Buffer.alloc(0))).status).toBe(400)
  })
})
