/**
 * Who is told what about a 违纪线索, in words that say nothing on a shared screen or in
 * the outbox: the receivers when one is filed, the filer when it is received, answered or
 * closed. The filer's message opens 我的 (where their clues are), never a page naming them.
 */
import { templateData } from '../messages/templates'
import type { Notice } from '../messages/notices'
import type { ClueStep } from './steps'

export const RECEIVER_PAGE = 'staff/pages/discipline/index'
export const FILER_PAGE = 'pages/mine/index'
export const RECEIVER_TITLE = '您有一份新材料待查看'
export const FILER_TITLE = '您提交的材料有新进展'

const neutral = (note: string, at: Date) => templateData('progress', { no: '-', title: '您提交的材料', note, at })

export function filedNotices(clueId: string, recipients: readonly string[], at: Date): Notice[] {
  return recipients.map((r) => ({
    event: `clue:${clueId}:filed`,
    recipient: r,
    template: 'progress' as const,
    data: templateData('progress', { no: '-', title: '新材料', note: '请进入小程序查看', at }),
    page: RECEIVER_PAGE,
    title: RECEIVER_TITLE,
    body: '请进入小程序查看。',
  }))
}

export function stepNotice(clueId: string, filer: string, step: ClueStep, at: Date, n: number): Notice {
  return {
    // a second answer is told afresh; a retried step queues nothing twice
    event: `clue:${clueId}:${step}:${n}`,
    recipient: filer,
    template: 'progress',
    data: neutral('有新进展，请进入小程序查看', at),
    page: FILER_PAGE,
    title: FILER_TITLE,
    body: '请在「我的」里查看。',
  }
}
