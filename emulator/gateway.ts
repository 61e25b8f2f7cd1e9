/**
 * The local cloud's HTTP gateway, on 127.0.0.1 only. It stands in for what the WeChat
 * client does for the mini-program: `POST /fn/<name>` calls a function (the caller's
 * identity from the emulator-only `X-Openid` header), `/storage/*` uploads and serves
 * files, `/inbox` shows what would have been pushed to WeChat, `/clock` reads and moves
 * the local cloud's clock. Everything else is the H5 build.
 */
import { createReadStream, existsSync, statSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import type { FunctionHandler } from './functions'
import { serveStored, upload } from './gateway-storage'
import { requestSubscribeMessage } from './gateway-wx'
import { HttpError, openidOf, readBody, sendJson } from './http'
import type { LocalCloud } from './local-cloud'

const MAX_EVENT_BYTES = 1024 * 1024

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
}

export interface GatewayOptions {
  cloud: LocalCloud
  functions: Record<string, FunctionHandler>
  /** The H5 build to serve; absent or missing means API only. */
  staticDir?: string
  /** Runs after POST /clock moved the clock (the timer triggers fire what is now due). */
  clockMoved?: () => Promise<unknown>
}

async function callFunction(opts: GatewayOptions, name: string, req: http.IncomingMessage, res: http.ServerResponse) {
  const handler = Object.prototype.hasOwnProperty.call(opts.functions, name) ? opts.functions[name] : undefined
  if (!handler) throw new HttpError(404, `没有名为 ${name} 的云函数`)
  const body = await readBody(req, MAX_EVENT_BYTES)
  let event: unknown
  try {
    event = body.length ? JSON.parse(body.toString('utf8')) : {}
  } catch {
    throw new HttpError(400, '请求体不是合法的 JSON')
  }
  const openid = openidOf(req)
  const result = openid ? await opts.cloud.runAs(openid, () => handler(event)) : await handler(event)
  sendJson(res, 200, result)
}

/** `GET /clock` → `{ now }`; `POST /clock` with `{ at: ISO }` or `{ advanceMs }` moves it. */
async function clock(opts: GatewayOptions, req: http.IncomingMessage, res: http.ServerResponse) {
  if (req.method === 'POST') {
    let body: { now?: unknown; at?: unknown; advanceMs?: unknown }
    try {
      body = JSON.parse((await readBody(req, MAX_EVENT_BYTES)).toString('utf8') || 'null') ?? {}
    } catch {
      throw new HttpError(400, '请求体不是合法的 JSON')
    }
    // `now` as the issue names it; `at` kept for scripts written before
    const given = body.now ?? body.at
    const at = typeof given === 'string' ? new Date(given) : null
    if (at && !Number.isNaN(at.getTime()) && body.advanceMs === undefined) opts.cloud.clock.set(at)
    else if (typeof body.advanceMs === 'number' && Number.isFinite(body.advanceMs) && given === undefined) {
      opts.cloud.clock.advance(body.advanceMs)
    } else throw new HttpError(400, '请给出 now（ISO 时间）或 advanceMs（毫秒数）之一')
    await opts.clockMoved?.()
  } else if (req.method !== 'GET') throw new HttpError(405, '请用 GET 读取或 POST 设置时钟')
  sendJson(res, 200, { now: opts.cloud.clock.now().toISOString() })
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)

/** What would have been pushed to WeChat, newest first, as a page to look at. */
function sendInboxPage(opts: GatewayOptions, res: http.ServerResponse) {
  const rows = [...opts.cloud.openapi.inbox()]
    .reverse()
    .map((m) => {
      const fields = Object.entries(m.data)
        .map(([key, { value }]) => `${escapeHtml(key)}：${escapeHtml(value)}`)
        .join('<br>')
      return `<tr><td>${escapeHtml(m.sentAt)}</td><td>${escapeHtml(m.touser)}</td><td>${escapeHtml(m.templateId)}</td><td>${fields}</td><td>${escapeHtml(m.page ?? '')}</td></tr>`
    })
    .join('')
  const body = rows || '<tr><td colspan="5">还没有消息</td></tr>'
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
  res.end(
    `<!doctype html><meta charset="utf-8"><title>本地云：订阅消息收件箱</title>` +
      `<style>body{font:18px sans-serif;margin:24px}td,th{border:1px solid #ccc;padding:8px;vertical-align:top}table{border-collapse:collapse}</style>` +
      `<h1>订阅消息收件箱</h1><p>本该推送到微信的消息（本地云）。</p>` +
      `<table><tr><th>时间</th><th>接收人</th><th>模板</th><th>内容</th><th>页面</th></tr>${body}</table>`,
  )
}

function serveStatic(staticDir: string | undefined, urlPath: string, res: http.ServerResponse) {
  if (!staticDir || !existsSync(path.join(staticDir, 'index.html'))) {
    res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' })
    res.end('本地云已启动，但还没有 H5 构建。请先运行 npm run build:h5。')
    return
  }
  const relative = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath)
  const file = path.normalize(path.join(staticDir, relative))
  if (!file.startsWith(path.normalize(staticDir + path.sep))) throw new HttpError(403, '禁止访问')
  const target = existsSync(file) && statSync(file).isFile() ? file : path.join(staticDir, 'index.html')
  const type = CONTENT_TYPES[path.extname(target)] ?? 'application/octet-stream'
  // index.html names the hashed bundles: always fetch it fresh; the bundles never change.
  const cache = target.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable'
  res.writeHead(200, { 'Content-Type': type, 'Cache-Control': cache })
  createReadStream(target).pipe(res)
}

export function gatewayListener(opts: GatewayOptions): http.RequestListener {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const route = async () => {
      const fn = url.pathname.match(/^\/fn\/([A-Za-z0-9_-]+)$/)
      if (fn) {
        if (req.method !== 'POST') throw new HttpError(405, '请用 POST 调用云函数')
        return callFunction(opts, fn[1], req, res)
      }
      if (url.pathname === '/storage/upload') {
        if (req.method !== 'POST') throw new HttpError(405, '请用 POST 上传')
        return upload(opts.cloud.storage, req, res)
      }
      if (url.pathname.startsWith('/storage/')) {
        return serveStored(opts.cloud.storage, decodeURIComponent(url.pathname.slice('/storage/'.length)), url, res)
      }
      if (url.pathname === '/clock') return clock(opts, req, res)
      if (url.pathname === '/healthz') return sendJson(res, 200, { ok: true })
      // newest first, as the page shows them
      if (url.pathname === '/inbox') return sendJson(res, 200, { messages: opts.cloud.openapi.inbox().reverse() })
      if (url.pathname === '/wx/requestSubscribeMessage') return requestSubscribeMessage(opts.cloud.openapi, req, res)
      if (url.pathname === '/inbox.html') return sendInboxPage(opts, res)
      if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, '不支持的请求')
      return serveStatic(opts.staticDir, url.pathname, res)
    }
    route().catch((err: unknown) => {
      if (res.headersSent) return res.destroy()
      if (err instanceof HttpError) return sendJson(res, err.status, { error: { message: err.message } })
      console.error('[gateway]', err)
      sendJson(res, 500, { error: { message: '本地云内部错误' } })
    })
  }
}

export function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      const address = server.address()
      resolve(typeof address === 'object' && address ? address.port : port)
    })
  })
}
