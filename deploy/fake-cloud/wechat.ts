/**
 * A local fake of WeChat's subscription-template API (stable_token, wxaapi/newtmpl): the
 * mini-program's chosen templates and the library its categories offer.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface LibraryTemplate {
  tid: number
  title: string
  keywords: { kid: number; name: string; rule: string }[]
}

export interface FakeWechat {
  url: string
  privates: { priTmplId: string; title: string; content: string; type: number }[]
  requests: string[]
  stop(): Promise<void>
}

export async function startFakeWechat(appid: string, secret: string, library: LibraryTemplate[], privates: FakeWechat['privates']): Promise<FakeWechat> {
  const token = `token-${Math.random().toString(36).slice(2)}`
  const state: FakeWechat = { url: '', privates, requests: [], stop: async () => {} }
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => {
      const url = new URL(String(req.url), 'http://x')
      state.requests.push(`${req.method} ${url.pathname}`)
      const send = (o: object) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(o))
      if (url.pathname === '/cgi-bin/stable_token') {
        const p = JSON.parse(body || '{}')
        if (p.appid !== appid || p.secret !== secret) return send({ errcode: 40125, errmsg: 'invalid appsecret' })
        return send({ access_token: token, expires_in: 7200 })
      }
      if (url.searchParams.get('access_token') !== token) return send({ errcode: 40001, errmsg: 'invalid credential' })
      switch (url.pathname) {
        case '/wxaapi/newtmpl/gettemplate':
          return send({ errcode: 0, errmsg: 'ok', data: state.privates })
        case '/wxaapi/newtmpl/getcategory':
          return send({ errcode: 0, errmsg: 'ok', data: [{ id: 616, name: '政务民生' }] })
        case '/wxaapi/newtmpl/getpubtemplatetitles': {
          const start = Number(url.searchParams.get('start'))
          const limit = Number(url.searchParams.get('limit'))
          const data = library.slice(start, start + limit).map((t) => ({ tid: t.tid, title: t.title, type: 2, categoryId: '616' }))
          return send({ errcode: 0, errmsg: 'ok', count: library.length, data })
        }
        case '/wxaapi/newtmpl/getpubtemplatekeywords': {
          const t = library.find((x) => x.tid === Number(url.searchParams.get('tid')))
          return send(t ? { errcode: 0, errmsg: 'ok', data: t.keywords } : { errcode: 200014, errmsg: 'template tid not exist' })
        }
        case '/wxaapi/newtmpl/addtemplate': {
          const p = JSON.parse(body) as { tid: number; kidList: number[] }
          const t = library.find((x) => x.tid === p.tid)!
          const content = p.kidList.map((kid) => t.keywords.find((k) => k.kid === kid)!).map((k) => `${k.name}:{{${k.rule}${k.kid}.DATA}}`).join('\n')
          const priTmplId = `added-${p.tid}`
          state.privates.push({ priTmplId, title: t.title, content, type: 2 })
          return send({ errcode: 0, errmsg: 'ok', priTmplId })
        }
        default:
          return send({ errcode: 404, errmsg: `fake has no ${url.pathname}` })
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  state.stop = () => new Promise((resolve) => server.close(() => resolve()))
  return state
}
