/** Small HTTP helpers shared by the gateway's routes. */
import type http from 'node:http'

const OPENID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

/** A refusal with its HTTP status; the message is shown to the person. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
  res.end(text)
}

export async function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limit) throw new HttpError(413, '内容太大')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

/** The caller named by the emulator-only X-Openid header, if any. */
export function openidOf(req: http.IncomingMessage): string | undefined {
  const raw = req.headers['x-openid']
  const openid = Array.isArray(raw) ? raw[0] : raw
  if (openid === undefined || openid === '') return undefined
  if (!OPENID_PATTERN.test(openid)) throw new HttpError(400, 'X-Openid 格式错误')
  return openid
}
