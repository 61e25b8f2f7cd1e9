/**
 * Stand-ins for the WeChat open APIs the functions call through `cloud.openapi`, keeping
 * WeChat's contracts and error codes:
 * - security.msgSecCheck (v2), driven by a configurable word list;
 * - subscribeMessage.send, with one-time quota per user and template (43101 without
 *   quota), template field checks (47003), and an inbox of what would have been pushed;
 * - wxacode.getUnlimited, validating `scene` and returning a PNG.
 * Errors are thrown like wx-server-sdk's: an Error with `errCode` and
 * `errMsg: 'openapi.<api>:fail <code> <message>'`.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { GetUnlimitedParams, GetUnlimitedResult as PortGetUnlimitedResult, MsgSecCheckParams, SubscribeMessageParams, MsgSecCheckResult, OpenApiPort } from '../cloudfunctions/kernel/port'
import { tick } from './db/async'
import { writeFileAtomic } from './files'
import { chars, checkTemplateData, firstHit, normalise, openApiError } from './openapi-fields'
import { patternPng } from './pattern-png'
import { DEFAULT_WORD_LIST, LABEL_PASS, LABEL_REVIEW, LABEL_RISKY, MAX_CONTENT_LENGTH, type WordList } from './openapi-words'

export { patternPng }

export type { WordList } from './openapi-words'

export type { SubscribeMessageParams } from '../cloudfunctions/kernel/port'

export interface DeliveredMessage {
  id: string
  touser: string
  templateId: string
  page?: string
  data: Record<string, { value: string }>
  miniprogramState: string
  lang: string
  sentAt: string
}

export type { GetUnlimitedParams } from '../cloudfunctions/kernel/port'

export interface GetUnlimitedResult extends PortGetUnlimitedResult {
  contentType: 'image/png'
}

export interface OpenApiOptions {
  wordList?: WordList
  /** Where quotas and the inbox are kept across restarts; in memory only when absent. */
  dataDir?: string
  /** Known templates and their field names; when set, others fail with 40037. */
  templates?: Record<string, string[]>
  /** Published pages; when set, getUnlimited checks `page` against them (41030). */
  pages?: string[]
  now?: () => Date
}

// Captured at load so tests that fake timers do not stall saving.
const realSetTimeout = globalThis.setTimeout
const realClearTimeout = globalThis.clearTimeout


export const SCENE_PATTERN = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/

// ---- the stand-in ----

interface SavedState {
  quotas: Record<string, number>
  inbox: DeliveredMessage[]
}

/** The inbox keeps the latest messages only. */
export const INBOX_LIMIT = 1000

export class LocalOpenApi implements OpenApiPort {
  private words: Required<WordList>
  private readonly quotas = new Map<string, number>()
  private messages: DeliveredMessage[] = []
  private readonly file: string | null
  private saveTimer: ReturnType<typeof setTimeout> | undefined
  private saving: Promise<void> = Promise.resolve()
  private readonly now: () => Date

  constructor(private readonly options: OpenApiOptions = {}) {
    this.words = { ...DEFAULT_WORD_LIST, ...options.wordList }
    this.now = options.now ?? (() => new Date())
    this.file = options.dataDir ? path.join(options.dataDir, 'openapi.json') : null
    if (this.file && existsSync(this.file)) {
      const saved = JSON.parse(readFileSync(this.file, 'utf8')) as SavedState
      for (const [key, n] of Object.entries(saved.quotas ?? {})) this.quotas.set(key, n)
      this.messages = saved.inbox ?? []
    }
    if (options.dataDir) mkdirSync(options.dataDir, { recursive: true })
  }

  readonly security = {
    msgSecCheck: async (params: MsgSecCheckParams): Promise<MsgSecCheckResult & { traceId: string }> => {
      const api = 'security.msgSecCheck'
      if (typeof params !== 'object' || params === null) throw openApiError(api, 47001, 'data format error hint: [no params]')
      if ((params.version as number) !== 2) throw openApiError(api, 47001, 'data format error hint: [version must be 2]')
      if (typeof params.openid !== 'string' || params.openid === '') {
        throw openApiError(api, 47001, 'data format error hint: [openid is required]')
      }
      if (![1, 2, 3, 4].includes(params.scene)) throw openApiError(api, 47001, 'data format error hint: [scene must be 1-4]')
      if (typeof params.content !== 'string') throw openApiError(api, 47001, 'data format error hint: [content is required]')
      if (chars(params.content) > MAX_CONTENT_LENGTH) {
        throw openApiError(api, 47001, `data format error hint: [content longer than ${MAX_CONTENT_LENGTH}]`)
      }
      await tick()
      const text = normalise([params.content, params.title, params.nickname].filter((t) => typeof t === 'string').join('\n'))
      const risky = firstHit(text, this.words.risky)
      const review = risky === undefined ? firstHit(text, this.words.review) : undefined
      const suggest = risky !== undefined ? 'risky' : review !== undefined ? 'review' : 'pass'
      const label = risky !== undefined ? LABEL_RISKY : review !== undefined ? LABEL_REVIEW : LABEL_PASS
      const keyword = risky ?? review
      const detail: unknown[] = [{ strategy: 'content_model', errcode: 0, suggest, label, prob: keyword ? 90 : 0 }]
      if (keyword) detail.push({ strategy: 'keyword', errcode: 0, suggest, label, level: 20, keyword })
      return {
        errCode: 0,
        errMsg: 'openapi.security.msgSecCheck:ok',
        result: { suggest, label },
        detail,
        traceId: randomBytes(12).toString('hex'),
      }
    },
  }

  readonly subscribeMessage = {
    send: async (params: SubscribeMessageParams): Promise<{ errCode: number; errMsg: string }> => {
      const api = 'subscribeMessage.send'
      if (typeof params !== 'object' || params === null) throw openApiError(api, 47001, 'data format error hint: [no params]')
      const { touser, templateId, data } = params
      if (typeof touser !== 'string' || touser === '') throw openApiError(api, 40003, 'invalid openid hint: [touser]')
      if (typeof templateId !== 'string' || templateId === '') throw openApiError(api, 40037, 'invalid template_id')
      const known = this.options.templates
      if (known && !Object.prototype.hasOwnProperty.call(known, templateId)) throw openApiError(api, 40037, 'invalid template_id')
      const state = params.miniprogramState ?? 'formal'
      if (!['developer', 'trial', 'formal'].includes(state)) {
        throw openApiError(api, 47001, 'data format error hint: [miniprogramState]')
      }
      checkTemplateData(api, data, known?.[templateId])
      await tick()
      const key = quotaKey(touser, templateId)
      const left = this.quotas.get(key) ?? 0
      if (left < 1) throw openApiError(api, 43101, 'user refuse to accept the msg')
      if (left === 1) this.quotas.delete(key)
      else this.quotas.set(key, left - 1)
      this.messages.push({
        id: randomBytes(8).toString('hex'),
        touser,
        templateId,
        page: params.page,
        data: JSON.parse(JSON.stringify(data)) as DeliveredMessage['data'],
        miniprogramState: state,
        lang: params.lang ?? 'zh_CN',
        sentAt: this.now().toISOString(),
      })
      if (this.messages.length > INBOX_LIMIT) this.messages.splice(0, this.messages.length - INBOX_LIMIT)
      this.scheduleSave()
      return { errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' }
    },
  }

  readonly wxacode = {
    getUnlimited: async (params: GetUnlimitedParams): Promise<GetUnlimitedResult> => {
      const api = 'wxacode.getUnlimited'
      const scene = params?.scene
      if (typeof scene !== 'string' || !SCENE_PATTERN.test(scene)) {
        throw openApiError(api, 40169, 'invalid length for scene, or the data is not json hint: [scene: 1-32 chars of 0-9A-Za-z!#$&\'()*+,/:;=?@-._~]')
      }
      const page = params.page
      if (page !== undefined) {
        const known = this.options.pages
        const badShape = typeof page !== 'string' || page === '' || page.startsWith('/') || page.includes('?')
        if (badShape || (known && params.checkPath !== false && !known.includes(page))) {
          throw openApiError(api, 41030, 'invalid page hint: [page must be a published page path without a leading / or query]')
        }
      }
      await tick()
      return {
        errCode: 0,
        errMsg: 'openapi.wxacode.getUnlimited:ok',
        contentType: 'image/png',
        buffer: patternPng(`${page ?? ''}?${scene}`),
      }
    },
  }

  // ---- helpers outside WeChat's API ----

  /** What an accepted `requestSubscribeMessage` gives: `n` sends to this user with this template. */
  addQuota(openid: string, templateId: string, n = 1) {
    if (!Number.isInteger(n) || n < 1) throw new Error('addQuota: n must be a positive integer')
    const key = quotaKey(openid, templateId)
    this.quotas.set(key, (this.quotas.get(key) ?? 0) + n)
    this.scheduleSave()
  }

  quota(openid: string, templateId: string): number {
    return this.quotas.get(quotaKey(openid, templateId)) ?? 0
  }

  /** Messages "pushed to WeChat", oldest first; only those to `openid` when given. */
  inbox(openid?: string): DeliveredMessage[] {
    const list = openid === undefined ? this.messages : this.messages.filter((m) => m.touser === openid)
    return JSON.parse(JSON.stringify(list)) as DeliveredMessage[]
  }

  setWordList(list: WordList) {
    this.words = { ...DEFAULT_WORD_LIST, ...list }
  }

  private scheduleSave() {
    if (!this.file || this.saveTimer) return
    this.saveTimer = realSetTimeout(() => {
      this.saveTimer = undefined
      this.flush().catch((err: unknown) => console.error('[local cloud] could not save openapi state:', err))
    }, 50)
  }

  flush(): Promise<void> {
    if (this.saveTimer) {
      realClearTimeout(this.saveTimer)
      this.saveTimer = undefined
    }
    if (!this.file) return Promise.resolve()
    const file = this.file
    const state: SavedState = { quotas: Object.fromEntries(this.quotas), inbox: this.messages }
    const text = JSON.stringify(state, null, 1)
    this.saving = this.saving.catch(() => undefined).then(() => writeFileAtomic(file, text))
    return this.saving
  }
}

function quotaKey(openid: string, templateId: string): string {
  return `${openid}\u0000${templateId}`
}

export function createOpenApi(options: OpenApiOptions = {}): LocalOpenApi {
  return new LocalOpenApi(options)
}
