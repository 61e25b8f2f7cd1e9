/**
 * What WeChat itself does when a user answers `requestSubscribeMessage`, for the H5
 * build: each 'accept' gives one message of that template to that user (the quota
 * subscribeMessage.send spends). The H5 consent sheet posts the user's choices here,
 * then records them through the functions exactly as the mini-program does.
 *   POST /wx/requestSubscribeMessage  (X-Openid)  { choices: { <templateId>: 'accept' | 'reject' | 'ban' | 'filter' } }
 *   → { errMsg: 'requestSubscribeMessage:ok', <templateId>: <choice>, … }
 */
import type http from 'node:http'
import { HttpError, openidOf, readBody, sendJson } from './http'
import type { LocalOpenApi } from './openapi'

const CHOICES = new Set(['accept', 'reject', 'ban', 'filter'])
/** WeChat's own limit for one request. */
const MAX_TEMPLATES = 3

export async function requestSubscribeMessage(openapi: LocalOpenApi, req: http.IncomingMessage, res: http.ServerResponse) {
  if (req.method !== 'POST') throw new HttpError(405, '请用 POST')
  const openid = openidOf(req)
  if (!openid) throw new HttpError(401, '缺少 X-Openid')
  let body: { choices?: unknown }
  try {
    body = JSON.parse((await readBody(req, 4096)).toString('utf8') || 'null') ?? {}
  } catch {
    throw new HttpError(400, '请求体不是合法的 JSON')
  }
  const choices = body.choices
  if (typeof choices !== 'object' || choices === null || Array.isArray(choices)) throw new HttpError(400, '缺少 choices')
  const entries = Object.entries(choices as Record<string, unknown>)
  if (entries.length === 0 || entries.length > MAX_TEMPLATES) throw new HttpError(400, `一次请求 1 到 ${MAX_TEMPLATES} 个模板`)
  for (const [templateId, choice] of entries) {
    if (typeof choice !== 'string' || !CHOICES.has(choice) || templateId === '') throw new HttpError(400, `模板 ${templateId} 的选择无效`)
  }
  for (const [templateId, choice] of entries) if (choice === 'accept') openapi.addQuota(openid, templateId, 1)
  sendJson(res, 200, { errMsg: 'requestSubscribeMessage:ok', ...(choices as Record<string, string>) })
}
