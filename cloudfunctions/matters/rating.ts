/**
 * What a rating does to a matter, whoever brings it: the resident in the app, or the
 * cadre recording on a 回访 what a resident without WeChat said. It is kept with the
 * earlier ones; the matter closes, or on 不满意 reopens for a second handling and a 回访,
 * and goes before the leaders (督办) the second time.
 */
import { endOfChinaDayAfter } from '../../domain/matters/deadlines'
import { MATTER_DEADLINES } from '../../domain/policy/defaults'
import type { ItemStatus } from '../../domain/matters/status'
import { formatChinaDateTime } from '../../domain/kernel/time'
import type { ItemRecord, RatingRecord, TimelineRecord } from '../kernel/records'

export function applyRating(item: ItemRecord, to: ItemStatus, rating: RatingRecord, said: TimelineRecord, now: Date): ItemRecord {
  const timeline = [...item.timeline, said]
  const base = { ...item, rating, ratings: [...(item.ratings ?? []), rating] }
  if (to === 'closed') {
    timeline.push({ type: 'close', at: now, actor: 'system', actorName: '系统', text: '已办结' })
    return { ...base, closedAt: now, closedReason: 'rated', timeline }
  }
  const times = (item.unsatisfiedCount ?? 0) + 1
  const dueAt = endOfChinaDayAfter(now, MATTER_DEADLINES.reopenDays)
  timeline.push({
    type: 'reopen',
    at: now,
    actor: 'system',
    actorName: '系统',
    text: `重新办理，${item.assignee.name}将回访，${formatChinaDateTime(dueAt)} 前再次答复`,
  })
  if (times >= 2) {
    timeline.push({ type: 'supervise', at: now, actor: 'system', actorName: '系统', text: '已提请领导督办' })
  }
  return { ...base, timeline, unsatisfiedCount: times, followUp: true, supervision: times >= 2 || item.supervision === true, dueAt }
}
