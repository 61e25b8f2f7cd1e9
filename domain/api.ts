/** The contract between the mini-program and the cloud functions: what each action answers. */
import type { Category } from './categories'
import type { ApiResult } from './errors'
import type { ResidentAction, ResidentEvent, Contact } from './schemas'
import type { ItemStatus } from './status'

export type PointKind = 'talk' | 'studio'

export interface PointView {
  code: string
  name: string
  kind: PointKind
  community: string
  address: string
  /** When it is open, in words, e.g. 每周三 9:00–12:00、14:30–17:30 */
  openHours: string
}

export type TimelineEventType = 'register' | 'assign'

export interface TimelineEntry {
  type: TimelineEventType
  /** ISO 8601 with the China offset */
  at: string
  /** Plain Chinese, e.g. 已登记，登记编号 202611001 */
  text: string
}

export interface ItemSummary {
  id: string
  no: string
  category: Category
  status: ItemStatus
  /** ISO 8601 with the China offset */
  createdAt: string
  pointName: string
}

export interface PhotoView {
  fileID: string
  /** A temporary URL to show it; empty when it could not be fetched. */
  url: string
}

export interface ItemDetail extends ItemSummary {
  content: string
  photos: PhotoView[]
  contact: Contact
  assignee: { name: string }
  dueAt: string | null
  timeline: TimelineEntry[]
}

export interface SubmitResult {
  id: string
  no: string
  status: ItemStatus
  assignee: { name: string }
}

export interface ResidentResponses {
  'points.list': { points: PointView[] }
  'points.get': PointView
  'item.submit': SubmitResult
  'item.listMine': { items: ItemSummary[]; nextCursor: string | null }
  'item.get': ItemDetail
}

export type ResidentRequest<A extends ResidentAction> = ResidentEvent<A>
export type ResidentReply<A extends ResidentAction> = ApiResult<ResidentResponses[A]>
