/** Which matters a meeting may decide and a trip may take: checked when convened or planned, and again when recorded. */
import { TIER_LABELS } from '../../domain/matters/handling'
import { STATUS_LABELS } from '../../domain/matters/status'
import { bodyTakes, type MeetingKind } from '../../domain/meetings/meetings'
import { formatChinaDate } from '../../domain/kernel/time'
import type { ItemRecord } from '../kernel/records'
import { isOpen } from './agenda'

/** Why `item` cannot be on the agenda of `body` at `pointCode` on `date`, or null. */
export function agendaProblem(item: ItemRecord, body: MeetingKind, pointCode: string, date: string): string | null {
  if (item.pointCode !== pointCode) return `${item.no} 不是本说事点的事项`
  if (!isOpen(item)) return `${item.no} 现在是“${STATUS_LABELS[item.status]}”，不能上会`
  if (!bodyTakes(body, item.tier)) return `${item.no} 是${item.tier ? TIER_LABELS[item.tier] : '未定层级'}的事项，不由${body}决定`
  if (item.decision) return `${item.no} 已有议定结果`
  if (date < formatChinaDate(item.createdAt)) return `会议日期不能早于 ${item.no} 登记的日子`
  return null
}

/** Taken to a department and not answered, or accepted as 上报上级 and not taken anywhere yet. */
export function waitsForTrip(item: ItemRecord): boolean {
  if (!isOpen(item)) return false
  // 交办 to a department on 说事: it answers in the app; a trip again only once it sends the matter back
  if (item.assignment && item.assignment.state !== 'returned') return false
  if (item.escalation) return !item.escalation.answer
  return item.track === 'escalate'
}

