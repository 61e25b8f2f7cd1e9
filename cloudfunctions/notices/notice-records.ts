/** 公告 as stored in `notices` (domain/notices/): written by notice-change.ts alone. */
import type { LinkedMatter, NoticeStatus } from '../../domain/notices/notices'
import { reader } from '../kernel/reads'

export interface NoticeRecord {
  _id: string
  pointCode: string
  pointName: string
  /** the leader's words, as redacted when saved: what residents read */
  title: string
  raised: string
  done: string
  next: string
  itemIds: string[]
  /** the linked matters as anyone may see them, in the leader's order */
  matters: LinkedMatter[]
  status: NoticeStatus
  createdBy: string
  createdByName: string
  createdAt: Date
  updatedBy: string
  updatedAt: Date
  /** the first publication (a republish keeps it) and the latest withdrawal */
  publishedAt: Date | null
  publishedBy: string | null
  withdrawnAt: Date | null
  /** the residents who raised a linked matter, with their first one, fixed at the latest publish */
  recipients: { openid: string; itemId: string }[]
  /** the openids already told (each at most once per notice) */
  told: string[]
}

export const notices = reader<NoticeRecord>('notices', {
  pointCode: 'string',
  title: 'string',
  raised: 'string',
  done: 'string',
  next: 'string',
  itemIds: 'array',
  matters: 'array',
  status: 'string',
  updatedAt: 'date',
  publishedAt: 'date?',
  recipients: 'array',
  told: 'array',
})
