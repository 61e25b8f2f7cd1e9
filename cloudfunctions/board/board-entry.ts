/**
 * Making a matter public on 大家说的事: its words and its answer with personal data taken
 * out (domain/redact/), checked once by msgSecCheck. Done when the resident rates with
 * 公开 ticked, so a read of the board never redacts or checks anything. What passes waits
 * for a leader of the point (board/board-moderation.ts); what does not never reaches one.
 */
import { CHECK_REFUSED_REASON } from '../../domain/board/board'
import { redactAll } from '../../domain/privacy/redact'
import { textVerdict } from '../kernel/content-check'
import { knownOf } from './redaction-known'
import type { CloudPort } from '../kernel/port'
import type { BoardRecord, ItemRecord } from '../kernel/records'

export interface BoardDraft {
  content: string
  answer: string
  verdict: BoardRecord['verdict']
  /** the reply it was made from: a matter answered anew needs a new draft */
  replyAt: number | null
}

export function redactItem(item: ItemRecord): { content: string; answer: string } {
  const [content, answer] = redactAll([item.content, item.reply?.answer ?? ''], knownOf(item))
  return { content, answer }
}

export async function draftBoardEntry(cloud: CloudPort, openid: string, item: ItemRecord): Promise<BoardDraft> {
  const { content, answer } = redactItem(item)
  const verdict = await textVerdict(cloud, openid, `${content}\n${answer}`)
  return { content, answer, verdict, replyAt: item.reply ? item.reply.at.getTime() : null }
}

/** Whether the draft was made from this very answer. */
export const draftFits = (draft: BoardDraft, item: ItemRecord) => draft.replyAt !== null && draft.replyAt === (item.reply?.at.getTime() ?? null)

export function boardRecordOf(draft: BoardDraft, item: ItemRecord, now: Date): BoardRecord {
  // a matter whose own words were held for review at registration stays off the board too
  const passed = draft.verdict === 'pass' && !item.contentReview
  return {
    content: draft.content,
    answer: draft.answer,
    verdict: draft.verdict,
    status: passed ? 'pending' : 'rejected',
    at: now,
    reviewedBy: passed ? null : 'system',
    reviewerName: passed ? null : '系统',
    reviewedAt: passed ? null : now,
    reason: passed ? null : CHECK_REFUSED_REASON,
    withdrawnBy: null,
    withdrawnAt: null,
  }
}
