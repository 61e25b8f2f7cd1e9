/**
 * Reminders the timer sends: when each is due, and what it says. Pure; the scheduler
 * reads the matters through indexes on the time fields and queues what this returns
 * (message ids make a reminder once per due date, however often the timer runs).
 * - 即将到期 to the cadre: 一般 1 day before the deadline, 重要 3 days before;
 * - 已逾期 to the cadre at once, and to the point's leaders a day later;
 * - 评议提醒 to the resident 3 days after a reply still unrated.
 * The numbers are policy/defaults.ts REMINDERS.
 */
import type { Notice, NoticeItem } from './notices'
import { residentPage, staffPage } from './notices'
import { templateData } from './templates'
import { REMINDERS } from '../policy/defaults'

const DAY_MS = 24 * 60 * 60 * 1000
export const DUE_SOON_BEFORE_MS = {
  normal: REMINDERS.dueSoonBeforeDays.normal * DAY_MS,
  important: REMINDERS.dueSoonBeforeDays.important * DAY_MS,
} as const
export const LEADER_OVERDUE_AFTER_MS = REMINDERS.leadersAfterOverdueDays * DAY_MS
export const RATING_REMINDER_AFTER_MS = REMINDERS.ratingAfterDays * DAY_MS

// a template's phrase holds Chinese characters only: 「逾期一天」, not 「逾期 1 天」
const COUNTS = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十']
const leaderDays = REMINDERS.leadersAfterOverdueDays
const LEADER_STATUS = leaderDays <= 10 ? `逾期${COUNTS[leaderDays]}天` : '逾期督办'
const LEADER_HEADING = `事项逾期${leaderDays <= 10 ? COUNTS[leaderDays] : ` ${leaderDays} `}天以上，请督办`
/** How far back a run looks: hourly runs meet every moment well within it. */
export const OVERDUE_LOOKBACK_MS = 3 * DAY_MS

export interface ReminderItem extends NoticeItem {
  pointCode: string
  importance?: 'normal' | 'important' | null
  repliedAt?: Date | null
}

const title = (i: ReminderItem) => `${i.category}：${i.content}`

function staffNotice(i: ReminderItem, recipient: string, kind: string, status: string, heading: string): Notice {
  return {
    event: `${i._id}:${kind}:${i.dueAt?.getTime()}`,
    recipient,
    template: 'due',
    data: templateData('due', { no: i.no, title: title(i), status, due: i.dueAt ?? new Date(0) }),
    page: staffPage(i._id),
    title: heading,
    body: `${i.no} ${title(i)}`,
  }
}

export function dueSoonNotices(i: ReminderItem, now: Date): Notice[] {
  if (!i.dueAt || i.dueAt <= now) return []
  const before = DUE_SOON_BEFORE_MS[i.importance === 'important' ? 'important' : 'normal']
  if (i.dueAt.getTime() - now.getTime() > before) return []
  return [staffNotice(i, i.assignee.openid, 'due-soon', '即将到期', '事项即将到期')]
}

export function overdueNotices(i: ReminderItem, now: Date, leaders: readonly string[]): Notice[] {
  if (!i.dueAt || i.dueAt > now) return []
  const out = [staffNotice(i, i.assignee.openid, 'overdue', '已逾期', '事项已逾期')]
  if (now.getTime() - i.dueAt.getTime() >= LEADER_OVERDUE_AFTER_MS) {
    for (const leader of leaders) out.push(staffNotice(i, leader, 'overdue-leader', LEADER_STATUS, LEADER_HEADING))
  }
  return out
}

export function ratingReminderNotices(i: ReminderItem, now: Date): Notice[] {
  if (!i.repliedAt || !i.ownerOpenid || now.getTime() - i.repliedAt.getTime() < RATING_REMINDER_AFTER_MS) return []
  return [
    {
      event: `${i._id}:rate-reminder:${i.repliedAt.getTime()}`,
      recipient: i.ownerOpenid,
      template: 'reminder',
      data: templateData('reminder', { no: i.no, title: title(i), tip: '您的诉求已答复，请对办理结果评议' }),
      page: residentPage(i._id),
      title: '请评议办理结果',
      body: `${i.no} 已答复，请对办理结果进行评议`,
    },
  ]
}
