/**
 * Who a studio's work tells. Pure; the write path queues these in the change's own
 * transaction (ids from the event make a retried step queue nothing twice).
 * - feedback on a suggestion: the studio's deputies (staff messages) and the residents who
 *   raised it in the app (the outcome, in their 消息);
 * - a month's plan short of the minimum before the month starts (the timer): the studio's
 *   liaisons and leaders.
 */
import type { Notice } from '../messages/notices'
import { templateData } from '../messages/templates'

export const studioStaffPage = (code: string) => `staff/pages/studio/index?code=${code}`
export const studioResidentPage = (code: string) => `pages/studio/index?code=${code}`

export interface NoticeSuggestion {
  _id: string
  pointCode: string
  content: string
}

const short = (s: NoticeSuggestion) => `意见建议：${s.content}`

export function feedbackNotices(s: NoticeSuggestion, outcome: string, at: Date, deputies: readonly string[], raisers: readonly string[]): Notice[] {
  const event = `suggestion:${s._id}:feedback`
  const no = s._id.slice(0, 12)
  return [
    ...deputies.map((d) => ({
      event,
      recipient: d,
      template: 'due' as const,
      data: templateData('due', { no, title: short(s), status: '已反馈', due: at }),
      page: studioStaffPage(s.pointCode),
      title: '工作室收集的意见建议已有结果',
      body: `${short(s)}。办理结果：${outcome}`,
    })),
    ...raisers.map((r) => ({
      event,
      recipient: r,
      template: 'progress' as const,
      data: templateData('progress', { no, title: short(s), note: outcome, at }),
      page: studioResidentPage(s.pointCode),
      title: '您提的意见建议有结果了',
      body: outcome,
    })),
  ]
}

/** Once per studio and month, to each recipient. */
export function planShortNotices(code: string, studioName: string, month: string, warnings: readonly string[], firstDay: Date, recipients: readonly string[]): Notice[] {
  return recipients.map((r) => ({
    event: `studio-plan:${code}:${month}:short`,
    recipient: r,
    template: 'due' as const,
    data: templateData('due', { no: month, title: `${studioName}${month}接待安排`, status: '待安排', due: firstDay }),
    page: studioStaffPage(code),
    title: `${studioName}下月接待安排还不够`,
    body: warnings.join('；'),
  }))
}
