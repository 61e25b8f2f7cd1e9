/** The 公告 (公开、集中反馈) part of the contract. */
import type { LinkedMatter, NoticeStatus } from './notices'

/** A published notice in a list: the point's home page, a matter's page. */
export interface NoticeLink {
  id: string
  title: string
  /** ISO, China time */
  publishedAt: string
  linkedCount: number
}

/** A notice as residents see it: the leader's words (redacted), the matters by number, category and month. */
export interface NoticeView {
  id: string
  pointCode: string
  pointName: string
  title: string
  raised: string
  done: string
  next: string
  matters: LinkedMatter[]
  publishedAt: string | null
}

export interface StaffNoticeSummary {
  id: string
  title: string
  status: NoticeStatus
  statusLabel: string
  linkedCount: number
  updatedAt: string
  publishedAt: string | null
}

export interface StaffNoticeView extends NoticeView {
  status: NoticeStatus
  statusLabel: string
  itemIds: string[]
  updatedAt: string
  /** residents told so far, and those still to tell (a publish cut short carries on when published again) */
  told: number
  toTell: number
  canEdit: boolean
  canPublish: boolean
  canWithdraw: boolean
}

/** A matter of the point offered to link: the leader's own point, so its words may show, never the resident's contact. */
export interface NoticeMatterChoice extends LinkedMatter {
  status: string
  excerpt: string
}

export interface NoticeLinksPage {
  notices: NoticeLink[]
  nextCursor: string | null
}

export interface NoticeResidentResponses {
  'notices.ofPoint': NoticeLinksPage
  'notices.get': NoticeView
  'notices.ofItem': { notices: NoticeLink[] }
}

export interface NoticeStaffResponses {
  'notices.save': StaffNoticeView
  'notices.publish': StaffNoticeView
  'notices.withdraw': StaffNoticeView
  'notices.list': { notices: StaffNoticeSummary[]; nextCursor: string | null }
  'notices.get': StaffNoticeView
  'notices.matters': { matters: NoticeMatterChoice[]; nextCursor: string | null }
  'notices.ofItem': { notices: NoticeLink[] }
}
