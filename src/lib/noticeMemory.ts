/**
 * What this device remembers of the user's answers to WeChat's consent sheet, and the
 * policy of when to ask again. WeChat gives one message per 'accept'; the server spends
 * them without telling the device, so a remembered count is trusted only for a while.
 * Pure but for `load`/`save`, so the policy is tested in plain words.
 */
import { MAX_TEMPLATES_PER_REQUEST, type SubscribeResult } from '../../domain/messages/schemas'
import type { TemplateKey } from '../../domain/messages/templates'

export interface NoticeMemoryEntry {
  /** allowances left, as the server last said (or our guess when it could not be told) */
  count: number
  /** the user's last answer */
  last: SubscribeResult
  /** when (device ms) */
  at: number
}

export type NoticeMemory = Partial<Record<TemplateKey, NoticeMemoryEntry>>

const DAY_MS = 24 * 60 * 60 * 1000

/** When to ask, with its defaults. */
export const NOTICE_POLICY = {
  /** ask at a natural tap while fewer than this many messages of a template are allowed */
  low: 2,
  /** a remembered count is believed this long; after that it is treated as spent */
  trustMs: 3 * DAY_MS,
  /** after 拒绝 (or WeChat's own block), natural taps do not ask again for this long */
  quietAfterNoMs: 7 * DAY_MS,
}

/**
 * The templates worth asking for at this tap, at most 3. `explicit`: the user tapped a
 * button whose whole point is to get notices, so a recent 拒绝 does not hold it back.
 */
export function keysToAsk(memory: NoticeMemory, keys: readonly TemplateKey[], now: number, explicit = false): TemplateKey[] {
  const out: TemplateKey[] = []
  for (const key of keys) {
    if (out.includes(key)) continue
    const seen = memory[key]
    const fresh = seen !== undefined && now - seen.at < NOTICE_POLICY.trustMs
    let ask: boolean
    if (!seen) ask = true
    else if (explicit) ask = true
    else if (seen.last !== 'accept') ask = now - seen.at >= NOTICE_POLICY.quietAfterNoMs
    else ask = !fresh || seen.count < NOTICE_POLICY.low
    if (ask) out.push(key)
  }
  return out.slice(0, MAX_TEMPLATES_PER_REQUEST)
}

/** The memory after an answer: the server's counts where it gave them, else our own guess. */
export function remember(
  memory: NoticeMemory,
  results: Partial<Record<TemplateKey, SubscribeResult>>,
  counts: Partial<Record<TemplateKey, number>> | null,
  now: number,
): NoticeMemory {
  const next: NoticeMemory = { ...memory }
  for (const [key, last] of Object.entries(results) as [TemplateKey, SubscribeResult][]) {
    const before = memory[key] && now - memory[key].at < NOTICE_POLICY.trustMs ? memory[key].count : 0
    const count = counts?.[key] ?? before + (last === 'accept' ? 1 : 0)
    next[key] = { count, last, at: now }
  }
  return next
}
