/**
 * The gateway's storage routes: the mini-program's uploads (what `wx.cloud.uploadFile`
 * does in production) and the signed temporary URLs that functions hand out.
 */
import type http from 'node:http'
import { HttpError, openidOf, readBody, sendJson } from './http'
import { UploadRefused, type LocalStorage, type RefusalReason } from './storage'

const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

const STATUS: Record<RefusalReason, number> = { 'bad-path': 400, 'too-big': 413, 'not-image': 415, forbidden: 403, exists: 409 }

/** `POST /storage/upload`, path in X-Cloud-Path; the bytes decide what the file is, not Content-Type. */
export async function upload(storage: LocalStorage, req: http.IncomingMessage, res: http.ServerResponse) {
  const openid = openidOf(req)
  if (!openid) throw new HttpError(401, '缺少身份')
  const content = await readBody(req, MAX_UPLOAD_BYTES)
  if (content.length === 0) throw new HttpError(400, '图片是空的')
  try {
    const fileID = await storage.clientUpload(openid, String(req.headers['x-cloud-path'] ?? ''), content)
    sendJson(res, 200, { fileID })
  } catch (err) {
    if (err instanceof UploadRefused) throw new HttpError(STATUS[err.reason], err.message)
    throw err
  }
}

/** Stored files are private: only a signed, unexpired temporary URL opens one. */
export async function serveStored(storage: LocalStorage, cloudPath: string, url: URL, res: http.ServerResponse) {
  if (!storage.verifyTempUrl(cloudPath, url.searchParams.get('sign'), url.searchParams.get('t'))) {
    throw new HttpError(403, '链接无效或已过期')
  }
  const file = await storage.read(cloudPath)
  if (!file) throw new HttpError(404, '文件不存在')
  res.writeHead(200, {
    // the type found from the bytes at upload: an image, or a download — never a page
    'Content-Type': file.contentType,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    ...(file.contentType.startsWith('image/') ? {} : { 'Content-Disposition': 'attachment' }),
    'Cache-Control': 'private, max-age=600',
  })
  res.end(file.content)
}
