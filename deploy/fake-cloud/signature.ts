/**
 * Checks a request's TC3-HMAC-SHA256 signature the way Tencent Cloud does
 * (https://cloud.tencent.com/document/api/213/30654): canonical request over
 * `content-type;host` and the body's hash, a key derived from the date and service.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'

const sha256hex = (s: string) => createHash('sha256').update(s).digest('hex')
const hmac = (key: string | Buffer, s: string) => createHmac('sha256', key).update(s).digest()

export type SignatureCheck = { ok: true; secretId: string; service: string } | { ok: false; code: string; message: string }

export function checkSignature(headers: IncomingHttpHeaders, body: string, keys: Record<string, string>): SignatureCheck {
  const auth = String(headers.authorization ?? '')
  const m = /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/([a-z]+)\/tc3_request, SignedHeaders=content-type;host, Signature=([0-9a-f]{64})$/.exec(auth)
  if (!m) return { ok: false, code: 'AuthFailure.InvalidAuthorization', message: 'Authorization 格式不对' }
  const [, secretId, date, service, signature] = m
  const secretKey = keys[secretId]
  if (!secretKey) return { ok: false, code: 'AuthFailure.SecretIdNotFound', message: 'The SecretId is not found.' }
  const timestamp = Number(headers['x-tc-timestamp'])
  if (new Date(timestamp * 1000).toISOString().slice(0, 10) !== date) {
    return { ok: false, code: 'AuthFailure.SignatureFailure', message: 'Credential 的日期与 X-TC-Timestamp 不符' }
  }
  const host = String(headers.host ?? '').split(':')[0]
  if (!host.startsWith(`${service}.`)) return { ok: false, code: 'AuthFailure.SignatureFailure', message: `服务 ${service} 与域名 ${host} 不符` }
  const canonical = ['POST', '/', '', `content-type:${headers['content-type']}`, `host:${host}`, '', 'content-type;host', sha256hex(body)].join('\n')
  const toSign = ['TC3-HMAC-SHA256', String(timestamp), `${date}/${service}/tc3_request`, sha256hex(canonical)].join('\n')
  const key = hmac(hmac(hmac(`TC3${secretKey}`, date), service), 'tc3_request')
  const expected = createHmac('sha256', key).update(toSign).digest()
  if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) {
    return { ok: false, code: 'AuthFailure.SignatureFailure', message: 'The provided credentials could not be validated.' }
  }
  return { ok: true, secretId, service }
}
