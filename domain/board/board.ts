/**
 * 大家说的事 moderation: a matter a resident made public waits for a leader of its point
 * (审核中) and shows only once approved; a leader may refuse it with a reason the
 * resident reads; an approved one may be taken down again, by that leader or by the
 * resident. Pure: board/board-moderation.ts applies these in one transaction with the
 * resident's message.
 */
import type { Notice } from '../messages/notices'
import { residentPage } from '../messages/notices'
import { templateData } from '../messages/templates'

export const BOARD_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const
export type BoardStatus = (typeof BOARD_STATUSES)[number]

/** As the resident reads it on their matter in 我的. */
export const BOARD_STATUS_WORDS: Record<BoardStatus, string> = {
  pending: '公开审核中',
  approved: '已公开',
  rejected: '未公开',
  withdrawn: '已撤下',
}

export const REVIEW_REASON_MIN = 2
export const REVIEW_REASON_MAX = 100

/** The reason given when the content check, not a leader, keeps a matter off the board. */
export const CHECK_REFUSED_REASON = '内容未通过安全检查'

/** Who took an approved entry down. */
export type WithdrawnBy = 'owner' | 'staff'

/**
 * What a step does to an entry in `current` state: `apply` it, `same` when it is already
 * where the step leads (a retry: nothing is written or told twice), `conflict` when the
 * entry went another way.
 */
export type Step = 'apply' | 'same' | 'conflict'

export function reviewStep(current: BoardStatus, approve: boolean): Step {
  if (current === 'pending') return 'apply'
  if ((approve && current === 'approved') || (!approve && current === 'rejected')) return 'same'
  return 'conflict'
}

/** The resident may take down their entry while it waits or once shown; staff only a shown one. */
export function withdrawStep(current: BoardStatus, by: WithdrawnBy): Step {
  if (current === 'withdrawn') return 'same'
  if (current === 'approved' || (by === 'owner' && current === 'pending')) return 'apply'
  return 'conflict'
}

/** What the resident is told of a leader's decision (their own withdrawal tells them nothing). */
export interface BoardNoticeInput {
  _id: string
  no: string
  category: string
  content: string
  ownerOpenid: string
}

const TOLD: Partial<Record<BoardStatus, { note: string; title: string; body: (reason: string | null) => string }>> = {
  approved: {
    note: '已在大家说的事公开',
    title: '公开审核：已公开',
    body: () => '您同意公开的这件事已经审核通过，隐去个人信息后出现在说事点的「大家说的事」里。您随时可以在这件事的页面撤下它。',
  },
  rejected: {
    note: '未公开',
    title: '公开审核：未公开',
    body: (reason) => `您同意公开的这件事没有公开。原因：${reason ?? '未说明'}。这件事的办理和您的评议不受影响。`,
  },
  withdrawn: {
    note: '已从大家说的事撤下',
    title: '公开的事已撤下',
    body: (reason) => `说事点把这件事从「大家说的事」撤下了${reason ? `，原因：${reason}` : ''}。这件事的办理和您的评议不受影响。`,
  },
}

/**
 * The message for a decision on the board entry of `item`, or null when nobody is told.
 * Sent as 办理进度通知 (the matter's number, the matter, where it stands now), the template
 * the resident allowed for news of this matter.
 */
export function boardNotice(item: BoardNoticeInput, status: BoardStatus, reason: string | null, at: Date): Notice | null {
  const told = TOLD[status]
  if (!told || !item.ownerOpenid) return null
  return {
    event: `board:${item._id}:${status}:${at.getTime()}`,
    recipient: item.ownerOpenid,
    template: 'progress',
    data: templateData('progress', { no: item.no, title: `${item.category}：${item.content}`, note: told.note, at }),
    page: residentPage(item._id),
    title: told.title,
    body: told.body(reason),
  }
}
