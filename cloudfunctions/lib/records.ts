/** The documents as stored in CloudBase collections. */
import type { PointKind, TimelineEventType } from '../../domain/api'
import type { Category } from '../../domain/categories'
import type { Contact } from '../../domain/schemas'
import type { ItemStatus } from '../../domain/status'

export type StaffRole = 'cadre' | 'leader' | 'admin' | 'deputy'

export interface PointRecord {
  _id: string
  code: string
  name: string
  kind: PointKind
  community: string
  address: string
  openHours: string
  /** The cadre who answers when the routing table names nobody. */
  leadCadre: string
  /** 诉求类别 → the openid of the cadre responsible for it at this point. */
  routing: Partial<Record<Category, string>>
  active: boolean
}

export interface StaffRecord {
  _id: string
  openid: string
  name: string
  roles: StaffRole[]
  points: string[]
  active: boolean
}

export interface TimelineRecord {
  type: TimelineEventType
  at: Date
  /** openid of who did it, or 'system' */
  actor: string
  text: string
  /** Staff-only entries never reach the resident. */
  internal?: boolean
}

export interface ItemRecord {
  _id: string
  no: string
  month: string
  /** the sequence within the month: orders matters registered in the same instant */
  seq: number
  requestId: string
  ownerOpenid: string
  pointCode: string
  pointName: string
  category: Category
  content: string
  photos: string[]
  contact: Contact
  status: ItemStatus
  assignee: { openid: string; name: string }
  dueAt: Date | null
  /** msgSecCheck said 'review' (or could not be asked): hold from any public view. */
  contentReview: boolean
  timeline: TimelineRecord[]
  createdAt: Date
  updatedAt: Date
}

export interface CounterRecord {
  _id: string
  seq: number
}

export interface RateLimitRecord {
  _id: string
  /** epoch ms of recent submissions */
  stamps: number[]
}
