/**
 * A loopback HTTP proxy that plays *.tencentcloudapi.com: it accepts CONNECT to those
 * hosts only (any other host is refused and noted, so a stray COS upload fails loudly),
 * ends TLS with a leaf from the test CA, checks each request's signature, records
 * {service, action, params} and answers from a FakeEnvironment.
 */
import { randomUUID } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import tls from 'node:tls'
import { makeTestCa } from './ca'
import { ApiError, type Params } from './errors'
import type { FakeEnvironment } from './model'
import { checkSignature } from './signature'

export interface RecordedCall {
  service: string
  action: string
  region: string
  params: Params
  /** the Tencent Cloud error code answered, if any */
  error?: string
}

const ALLOWED = /^([a-z]+)\.tencentcloudapi\.com:443$/

export interface FakeTencentCloud {
  proxyUrl: string
  caFile: string
  calls: RecordedCall[]
  /** CONNECTs and plain requests, allowed or not */
  connections: number
  refused: string[]
  use(model: FakeEnvironment): void
  model(): FakeEnvironment
  stop(): Promise<void>
}

export async function startFakeTencentCloud(model: FakeEnvironment, keys: Record<string, string>): Promise<FakeTencentCloud> {
  const ca = makeTestCa()
  const caFile = path.join(os.tmpdir(), `shuoshi-test-ca-${randomUUID()}.pem`)
  writeFileSync(caFile, ca.caPem)
  const secureContext = tls.createSecureContext({ cert: ca.leafPem, key: ca.leafKeyPem })
  let current = model
  const state: FakeTencentCloud = {
    proxyUrl: '',
    caFile,
    calls: [],
    connections: 0,
    refused: [],
    use: (m) => {
      current = m
      state.calls.length = 0
    },
    model: () => current,
    stop: async () => {},
  }

  const api = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      const action = String(req.headers['x-tc-action'] ?? '')
      const region = String(req.headers['x-tc-region'] ?? '')
      const service = String(req.headers.host ?? '').split('.')[0]
      const params = (body ? JSON.parse(body) : {}) as Params
      const call: RecordedCall = { service, action, region, params }
      state.calls.push(call)
      let response: Params
      try {
        const signed = checkSignature(req.headers, body, keys)
        if (!signed.ok) throw new ApiError(signed.code, signed.message)
        if (req.method !== 'POST' || req.url !== '/') throw new ApiError('InvalidParameter', '只接受 POST /')
        response = current.handle(service, action, region, params)
      } catch (e) {
        if (!(e instanceof ApiError)) throw e
        call.error = e.code
        response = { Error: { Code: e.code, Message: e.message } }
      }
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ Response: { ...response, RequestId: randomUUID() } }))
    })
  })

  const proxy = http.createServer((req, res) => {
    state.connections++
    state.refused.push(String(req.url))
    res.writeHead(403).end('only CONNECT to *.tencentcloudapi.com')
  })
  proxy.on('connect', (req, socket, head) => {
    state.connections++
    const target = String(req.url)
    if (!ALLOWED.test(target)) {
      state.refused.push(target)
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n')
      return
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
    if (head.length) socket.unshift(head)
    const secure = new tls.TLSSocket(socket, { isServer: true, secureContext })
    secure.on('error', () => secure.destroy())
    api.emit('connection', secure)
  })
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
  state.proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
  state.stop = () =>
    new Promise<void>((resolve) => {
      proxy.closeAllConnections()
      api.closeAllConnections()
      proxy.close(() => resolve())
    })
  return state
}
