/** What a notice shows: to anyone once published, and to the point's managers in the editor. */
import type { NoticeLink, NoticeView, StaffNoticeSummary, StaffNoticeView } from '../../domain/notices/api'
import { editable, NOTICE_STATUS_WORDS } from '../../domain/notices/notices'
import { toChinaIso } from '../../domain/kernel/time'
import type { NoticeRecord } from './notice-records'

export function publicView(n: NoticeRecord): NoticeView {
  return {
    id: n._id,
    pointCode: n.pointCode,
    pointName: n.pointName,
    title: n.title,
    raised: n.raised,
    done: n.done,
    next: n.next,
    matters: n.matters,
    publishedAt: n.publishedAt ? toChinaIso(n.publishedAt) : null,
  }
}

export function staffView(n: NoticeRecord): StaffNoticeView {
  const toTell = n.status === 'published' ? n.recipients.filter((r) => !n.told.includes(r.openid)).length : 0
  return {
    ...publicView(n),
    status: n.status,
    statusLabel: NOTICE_STATUS_WORDS[n.status],
    itemIds: n.itemIds,
    updatedAt: toChinaIso(n.updatedAt),
    told: n.told.length,
    toTell,
    canEdit: editable(n.status),
    canPublish: n.status !== 'published' || toTell > 0,
    canWithdraw: n.status === 'published',
  }
}

export function staffSummary(n: NoticeRecord): StaffNoticeSummary {
  return {
    id: n._id,
    title: n.title,
    status: n.status,
    statusLabel: NOTICE_STATUS_WORDS[n.status],
    linkedCount: n.itemIds.length,
    updatedAt: toChinaIso(n.updatedAt),
    publishedAt: n.publishedAt ? toChinaIso(n.publishedAt) : null,
  }
}

export function linkOf(n: NoticeRecord): NoticeLink {
  return { id: n._id, title: n.title, publishedAt: toChinaIso(n.publishedAt ?? n.updatedAt), linkedCount: n.itemIds.length }
}
