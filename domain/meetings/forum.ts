/**
 * 座谈会 (干部问事): cadres sit down with residents and hear their opinions. It decides
 * nothing — no agenda, no votes — it collects: each opinion (who, optionally; what; its
 * category) is kept on the meeting, and the chosen ones become matters of the point in one
 * step, each at most once, linked back on the meeting.
 */
import type { Category } from '../matters/categories'

export const FORUM = '座谈会' as const
export type Forum = typeof FORUM

/** Most opinions one 座谈会 keeps (each that becomes a matter is a transaction of its own, within the call's time). */
export const MAX_OPINIONS = 30

export interface Opinion {
  /** who said it, as they wished to be named; '' when not given */
  who: string
  what: string
  category: Category
  /** the matter it became, once it did */
  itemId: string | null
  no: string | null
}

/**
 * Why `next` cannot replace `before` as the meeting's opinions, or null. An opinion already
 * turned into a matter stays where it is and as it is: the matter was registered from it.
 */
export function opinionsProblem(before: readonly Opinion[], next: readonly Pick<Opinion, 'who' | 'what' | 'category'>[]): string | null {
  for (const [i, o] of before.entries()) {
    if (!o.itemId) continue
    const n = next[i]
    if (!n || n.who !== o.who || n.what !== o.what || n.category !== o.category) return `第 ${i + 1} 条意见已转为诉求 ${o.no}，不能再改或删去`
  }
  return null
}

/** The opinions to store: what was given, with the matters already made from them kept. */
export function keptOpinions(before: readonly Opinion[], next: readonly Pick<Opinion, 'who' | 'what' | 'category'>[]): Opinion[] {
  return next.map((n, i) => ({ who: n.who, what: n.what, category: n.category, itemId: before[i]?.itemId ?? null, no: before[i]?.no ?? null }))
}

/** The first timeline words of a matter made from an opinion. */
export const forumHow = (date: string) => `${date} 座谈会上群众提出，由干部登记为诉求`
