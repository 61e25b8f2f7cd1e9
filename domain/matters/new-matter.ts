/**
 * A just-registered matter, the same record whichever way it came in: the resident's own
 * submission by the QR code, 代登记 at the point, 登记为诉求 from a booking at the desk or
 * from a 民情日记 visit. Only the first timeline entries say how.
 */
import type { Category } from './categories'
import type { Contact } from './schemas'

/** How it came in: the resident's own (by the QR code), or registered by a cadre. */
/** meeting: heard at a 座谈会 and registered by a cadre (domain/meetings/forum.ts) */
export type MatterSource = 'qr' | 'booking' | 'walk-in' | 'visit' | 'meeting'

export interface NewMatterEntry {
  type: 'register' | 'assign'
  at: Date
  /** openid of who did it, or 'system' */
  actor: string
  actorName: string
  text: string
}

export interface NewMatter {
  _id: string
  no: string
  month: string
  /** the sequence within the month: orders matters registered in the same instant */
  seq: number
  requestId: string
  /** the resident who follows it in 我的; '' for someone registered without WeChat */
  ownerOpenid: string
  pointCode: string
  pointName: string
  category: Category
  content: string
  photos: string[]
  contact: Contact
  status: 'submitted'
  assignee: { openid: string; name: string }
  dueAt: null
  /** msgSecCheck asked for review, or could not be asked: kept from any public view */
  contentReview: boolean
  source: MatterSource
  /** the cadre who registered it for the resident; null for the resident's own */
  registeredBy: string | null
  timeline: NewMatterEntry[]
  createdAt: Date
  updatedAt: Date
}

export interface NewMatterFields {
  id: string
  requestId: string
  ownerOpenid: string
  point: { code: string; name: string }
  category: Category
  content: string
  photos: string[]
  contact: Contact
  source: MatterSource
  contentReview: boolean
  /** the month's number (matters/numbering.ts) */
  number: { no: string; month: string; seq: number }
  /** who answers for it (谁接访、谁负责) */
  assignee: { openid: string; name: string }
  /** a cadre registering it (themselves responsible) and how, e.g. 代居民登记; absent for the resident's own */
  registrar?: { openid: string; name: string; how: string }
}

/** The record of a new matter with its first timeline entries. */
export function newMatter(f: NewMatterFields, now: Date): NewMatter {
  const { no, month, seq } = f.number
  const r = f.registrar
  const timeline: NewMatterEntry[] = r
    ? [{ type: 'register', at: now, actor: r.openid, actorName: r.name, text: `${r.name}${r.how}，登记编号 ${no}，由${f.assignee.name}负责办理` }]
    : [
        { type: 'register', at: now, actor: f.ownerOpenid, actorName: '居民', text: `已登记，登记编号 ${no}` },
        { type: 'assign', at: now, actor: 'system', actorName: '系统', text: `已分派给${f.assignee.name}负责办理` },
      ]
  return {
    _id: f.id,
    no,
    month,
    seq,
    requestId: f.requestId,
    ownerOpenid: f.ownerOpenid,
    pointCode: f.point.code,
    pointName: f.point.name,
    category: f.category,
    content: f.content,
    photos: f.photos,
    contact: f.contact,
    status: 'submitted',
    assignee: { openid: f.assignee.openid, name: f.assignee.name },
    dueAt: null,
    contentReview: f.contentReview,
    source: f.source,
    registeredBy: r ? r.openid : null,
    timeline,
    createdAt: now,
    updatedAt: now,
  }
}
