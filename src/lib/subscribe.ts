/**
 * Asking for subscription messages, the WeChat way: only from a tap, at most 3 templates
 * at a time, only while this device believes few are allowed (noticeMemory.ts), and never
 * in the way of what the tap does. Call `askForNotices` synchronously in the tap handler
 * before any `await` (WeChat refuses requestSubscribeMessage outside a tap), and do not
 * wait for it.
 */
import Taro from '@tarojs/taro'
import { SUBSCRIBE_RESULTS, type SubscribeResult } from '../../domain/messages/schemas'
import type { TemplateKey } from '../../domain/messages/templates'
import { callResident } from '../api/resident'
import { callStaff } from '../api/staff'
import { currentIdentity } from './identity'
import { keysToAsk, remember, type NoticeMemory } from './noticeMemory'
import { isStaffTemplate, noticeTemplateId } from './noticeTemplates'
import { isRecord, readStored, writeStored } from './storage'
import type { ConsentAnswer } from '../components/NoticeConsent/show'

/** H5 only: the consent sheet that stands in for WeChat's (left out of the weapp bundle). */
const askOnSheet: ((keys: TemplateKey[], ids: string[]) => Promise<ConsentAnswer>) | null =
  process.env.TARO_ENV === 'h5'
    ? // eslint-disable-next-line @typescript-eslint/no-require-imports
      (require('../components/NoticeConsent/show') as { askOnSheet: (keys: TemplateKey[], ids: string[]) => Promise<ConsentAnswer> }).askOnSheet
    : null

const MEMORY_KEY = 'shuoshi.notices.v1'

/** Per identity in H5 (the switcher changes who you are); one user in the mini-program. */
const memoryKey = () => (process.env.TARO_ENV === 'h5' ? `${MEMORY_KEY}:${currentIdentity().openid}` : MEMORY_KEY)
const loadMemory = (): NoticeMemory => readStored(memoryKey(), (v): v is NoticeMemory => isRecord(v)) ?? {}

export type NoticeAnswers = Partial<Record<TemplateKey, SubscribeResult>>

/**
 * Asks for `keys` (one side's templates: the resident's or the staff's) if worth asking,
 * then records the answer with the server. Never throws; resolves, when all is done, to
 * what the user chose (empty when nothing was asked or the ask failed).
 */
export function askForNotices(keys: readonly TemplateKey[], { explicit = false } = {}): Promise<NoticeAnswers> {
  try {
    const wanted = keysToAsk(loadMemory(), keys, Date.now(), explicit).filter((k) => noticeTemplateId(k) !== null)
    if (wanted.length === 0) return Promise.resolve({})
    const ids = wanted.map((k) => noticeTemplateId(k) as string)
    // the WeChat call comes first, still inside the tap
    const answer = askOnSheet ? askOnSheet(wanted, ids) : askWeChat(ids)
    return answer
      .then(
        (choices) => record(wanted, ids, choices),
        (err: unknown) => noteRefusal(wanted, err),
      )
      .catch(() => ({}))
  } catch {
    return Promise.resolve({})
  }
}

function askWeChat(ids: string[]): Promise<ConsentAnswer> {
  return new Promise((resolve, reject) => {
    void Taro.requestSubscribeMessage({
      tmplIds: ids,
      success: (res) => resolve(res as unknown as ConsentAnswer),
      fail: reject,
    } as Taro.requestSubscribeMessage.Option)
  })
}

const isResult = (v: unknown): v is SubscribeResult => (SUBSCRIBE_RESULTS as readonly unknown[]).includes(v)

async function record(keys: TemplateKey[], ids: string[], answer: ConsentAnswer): Promise<NoticeAnswers> {
  const results: NoticeAnswers = {}
  keys.forEach((key, i) => {
    const choice = answer[ids[i]]
    if (isResult(choice)) results[key] = choice
  })
  if (Object.keys(results).length === 0) return results
  const event = { action: 'subscriptions.record' as const, results }
  const reply = keys.every(isStaffTemplate) ? await callStaff(event) : await callResident(event)
  writeStored(memoryKey(), remember(loadMemory(), results, reply.ok ? reply.data.counts : null, Date.now()))
  return results
}

/** 20004: the user switched notices off in settings; do not ask again soon. Anything else: try at the next tap. */
function noteRefusal(keys: TemplateKey[], err: unknown): NoticeAnswers {
  if ((err as { errCode?: unknown } | null)?.errCode !== 20004) return {}
  const results: NoticeAnswers = Object.fromEntries(keys.map((k) => [k, 'ban' as const]))
  writeStored(memoryKey(), remember(loadMemory(), results, null, Date.now()))
  return results
}
