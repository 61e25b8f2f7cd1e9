import { afterAll, beforeAll, describe, expect, it } from 'vitest'
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

  it('uploads an image and serves it only through a signed temporary URL', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000', 'hex')
    const up = await post('/storage/upload', png, {
      'X-Openid': 'demo-resident-a',
      'X-Cloud-Path': 'items/202611/gw-test.png',
      'Content-Type': 'image/png',
    })
    expect(up.status).toBe(200)
    const { fileID } = (await up.json()) as { fileID: string }
    expect(fileID).toMatch(/^cloud:\/\/.+\/items\/202611\/gw-test\.png$/)

    const { fileList } = await sys.cloud.storage.getTempFileURL({ fileList: [fileID] })
    const signed = await fetch(fileList[0].tempFileURL)
    expect(signed.status).toBe(200)
    expect(signed.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await signed.arrayBuffer()).equals(png)).toBe(true)

    expect((await fetch(`${sys.url}/storage/items/202611/gw-test.png`)).status).toBe(403)
  })

  it('refuses uploads without identity, outside items/, or that are not images', async () => {
    const png = Buffer.from('89504e47', 'hex')
    expect((await post('/storage/upload', png, { 'X-Cloud-Path': 'items/a.png', 'Content-Type': 'image/png' })).status).toBe(401)
    expect(
      (await post('/storage/upload', png, { 'X-Openid': 'a', 'X-Cloud-Path': 'secrets/a.png', 'Content-Type': 'image/png' })).status,
    ).toBe(400)
    expect(
      (await post('/storage/upload', png, { 'X-Openid': 'a', 'X-Cloud-Path': 'items/a.html', 'Content-Type': 'text/html' })).status,
    ).toBe(415)
  })
})
