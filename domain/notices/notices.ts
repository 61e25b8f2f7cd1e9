/**
 * 公开、集中反馈: for a concern many raised, a leader of the point answers in public with a
 * 公告 — what was raised, what was done, what comes next — linking the matters it answers.
 * Pure rules: what a linked matter shows (number, category, month: never who raised it or
 * their words), which words may be published, who is told once it is, and in what batches.
 */
import { hasPersonalNumber, redact } from '../privacy/redact'
import type { Notice } from '../messages/notices'
import { templateData } from '../messages/templates'

export const NOTICE_STATUSES = ['draft', 'published', 'withdrawn'] as const
export type NoticeStatus = (typeof NOTICE_STATUSES)[number]
export const NOTICE_STATUS_WORDS: Record<NoticeStatus, string> = { draft: '草稿', published: '已发布', withdrawn: '已撤下' }

/** Most matters one 公告 links: a concern of the point, not its whole year. */
export const MAX_LINKED = 60
/**
 * Residents told per transaction: each message is three single-document operations (outbox
 * read and write, the in-app message), so ten of them with the notice stay a small
 * transaction whatever the number of linked matters (cloudfunctions/notices/notice-change.ts).
 */
export const TELL_BATCH = 10

/** A linked matter as a 公告 shows it to anyone: no name, phone, address or words of the resident. */
export interface LinkedMatter {
  itemId: string
  no: string
  category: string
  /** YYYY-MM, China time, of its registration */
  month: string
}

/** `202611` → `2026-11`. */
export const monthLabel = (month: string) => `${month.slice(0, 4)}-${month.slice(4, 6)}`

export function linkedMatter(item: { _id: string; no: string; category: string; month: string }): LinkedMatter {
  return { itemId: item._id, no: item.no, category: item.category, month: monthLabel(item.month) }
}

/** The words a leader writes, as fields of the notice. */
export interface NoticeText {
  title: string
  raised: string
  done: string
  next: string
}

export const NOTICE_FIELD_LABELS: Record<keyof NoticeText, string> = { title: '标题', raised: '群众反映', done: '已经做了', next: '下一步' }

/**
 * What the leader wrote, made fit to post: a phone, ID or card number is refused (a public
 * notice never needs one, and masking would leave a hole the reader cannot make sense of);
 * addresses and names given as such are masked, and the preview shows exactly what is posted.
 * Answers the text to store, or the field and the reason it is refused.
 */
export function publicNoticeText(t: NoticeText): { ok: true; text: NoticeText } | { ok: false; field: keyof NoticeText; message: string } {
  const fields = Object.keys(NOTICE_FIELD_LABELS) as (keyof NoticeText)[]
  for (const f of fields) {
    if (hasPersonalNumber(t[f])) {
      return { ok: false, field: f, message: `“${NOTICE_FIELD_LABELS[f]}”里有电话、身份证或银行卡号码，公告是公开的，请删去` }
    }
  }
  return { ok: true, text: { title: redact(t.title, {}), raised: redact(t.raised, {}), done: redact(t.done, {}), next: redact(t.next, {}) } }
}

/** Each resident who raised a linked matter, once, with their first matter (in the notice's order). */
export function recipientsOf(items: readonly { _id: string; ownerOpenid: string | null }[]): { openid: string; itemId: string }[] {
  const seen = new Map<string, string>()
  for (const i of items) if (i.ownerOpenid && !seen.has(i.ownerOpenid)) seen.set(i.ownerOpenid, i._id)
  return [...seen].map(([openid, itemId]) => ({ openid, itemId }))
}

export const noticePage = (id: string) => `pages/notice/index?id=${id}`

/**
 * What a resident is told when a notice answering their matter is published. The event is
 * the notice alone: a republish, a retry or a second linked matter of theirs finds the same
 * message id and tells nothing again.
 */
export function noticeMessage(n: { id: string; title: string; pointName: string }, recipient: string, matter: LinkedMatter, at: Date): Notice {
  return {
    event: `notice:${n.id}:published`,
    recipient,
    template: 'progress',
    data: templateData('progress', { no: matter.no, title: n.title, note: '您反映的事有了公开答复', at }),
    page: noticePage(n.id),
    title: '您反映的事有了公开答复',
    body: `${n.pointName}发布公告“${n.title}”，其中答复了您的诉求 ${matter.no}。`,
  }
}

/** Whether the notice may be edited (a published one is withdrawn first: residents were told what it says). */
export const editable = (status: NoticeStatus) => status !== 'published'
