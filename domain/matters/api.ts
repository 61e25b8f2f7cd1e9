/** What the functions answer about matters: the resident's own, and the staff's queue and detail. */
import type { BoardState } from '../board/api'
import type { ResidentAssignmentView } from '../departments/assignments'
import type { Category } from './categories'
import type { Importance } from './deadlines'
import type { QueueTab, RatingLevel, Tier, Track } from './handling'
import type { Contact, MatterStaffAction } from './schemas'
import type { ItemStatus } from './status'

export type TimelineEventType =
  | 'register'
  | 'assign'
  | 'accept'
  | 'progress'
  | 'step'
  | 'transfer'
  | 'escalate'
  | 'escalation_answer'
  | 'decide'
  | 'extend'
  | 'extension_requested'
  | 'extension_decided'
  | 'reply'
  | 'withdraw'
  | 'supplement'
  | 'rate'
  | 'reopen'
  | 'supervise'
  | 'close'
  /** 交办 to a department and its steps (domain/departments/) */
  | 'department'

export interface TimelineEntry {
  type: TimelineEventType
  /** ISO 8601 with the China offset */
  at: string
  /** Plain Chinese, e.g. 已登记，登记编号 202611001 */
  text: string
  /** Who did it, by name (a cadre's name, 居民 for the resident, 系统) */
  actorName: string
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

/** One of the resident's own matters in 我的. */
export interface MyItemSummary extends ItemSummary {
  board: BoardState | null
}

export interface PhotoView {
  fileID: string
  /** A temporary URL to show it; empty when it could not be fetched. */
  url: string
}

export interface ExtensionView {
  reason: string
  note: string
  /** the new due date, ISO 8601 with the China offset */
  dueAt: string
  at: string
}

export interface ReplyView {
  answer: string
  unit: string
  handler: string
  at: string
}

export interface RatingView {
  level: RatingLevel
  solved: boolean
  opinion: string
  at: string
  /** 干部回访记录: the cadre who recorded a resident's rating on a 回访 (no owner openid); null when the resident rated */
  recordedBy: string | null
  /** the day of that 回访, YYYY-MM-DD */
  visitedAt: string | null
}

export interface ItemDetail extends ItemSummary {
  content: string
  photos: PhotoView[]
  contact: Contact
  assignee: { name: string }
  track: Track | null
  importance: Importance | null
  dueAt: string | null
  extensions: ExtensionView[]
  reply: ReplyView | null
  rating: RatingView | null
  /** When an unrated reply closes as 未评价 */
  ratingClosesAt: string | null
  /** Why it closed: rated, 未评价 (the rating window ran out), or withdrawn */
  closedReason: 'rated' | 'unrated' | 'withdrawn' | null
  timeline: TimelineEntry[]
  /** 公开: where the matter stands with 大家说的事; null when the resident did not make it public */
  board: BoardState | null
  /** 已交办: the department and its deadline (never who works there); null when never 交办 */
  assignment: ResidentAssignmentView | null
  /** What the resident may do now. */
  can: { withdraw: boolean; supplement: boolean; rate: boolean }
}

export interface SubmitResult {
  id: string
  no: string
  status: ItemStatus
  assignee: { name: string }
}

/** Flags a cadre must see at a glance. */
export interface ItemFlags {
  /** not accepted within 24 hours */
  lateAcceptance: boolean
  overdue: boolean
  dueSoon: boolean
  extended: boolean
  /** 回访: the resident was unsatisfied; visit them again */
  followUp: boolean
  /** 督办: unsatisfied twice; leaders supervise */
  supervision: boolean
  /** msgSecCheck asked for a human look */
  contentReview: boolean
  /** a second extension waits for a leader */
  extensionPending: boolean
}

export interface StaffItemSummary extends ItemSummary {
  pointCode: string
  assignee: { openid: string; name: string }
  dueAt: string | null
  /** the first characters of the matter */
  excerpt: string
  flags: ItemFlags
}

export interface StepView {
  title: string
  done: boolean
  doneAt: string | null
}

export interface StaffItemDetail extends Omit<ItemDetail, 'can' | 'assignee' | 'board'> {
  pointCode: string
  assignee: { openid: string; name: string }
  /** unmasked only for the responsible cadre and leaders */
  contactMasked: boolean
  tier: Tier | null
  decidingBody: string | null
  decision: { meetingDate: string; decision: string } | null
  steps: StepView[]
  escalation: { department: string; takenAt: string; answer: string | null } | null
  pendingExtension: { reason: string; note: string; dueAt: string; requestedBy: string } | null
  /** gone up and not with a department now: a leader above the point may 交办 it (item.assign) */
  assignable: boolean
  flags: ItemFlags
  /** the staff view includes internal notes */
  timeline: (TimelineEntry & { internal: boolean })[]
  /** What the caller may do now, by action name. */
  can: Partial<Record<MatterStaffAction, boolean>>
}

export interface QueuePage {
  items: StaffItemSummary[]
  nextCursor: string | null
  counts: Record<QueueTab, number>
}

export interface SearchPage {
  items: StaffItemSummary[]
  nextCursor: string | null
}

export interface MatterResidentResponses {
  'item.submit': SubmitResult
  'item.listMine': { items: MyItemSummary[]; nextCursor: string | null }
  'item.get': ItemDetail
  'item.withdraw': ItemDetail
  'item.supplement': ItemDetail
  'item.rate': ItemDetail
}

export interface MatterStaffResponses {
  queue: QueuePage
  'items.search': SearchPage
  'item.get': StaffItemDetail
  'item.accept': StaffItemDetail
  'item.replyOnSpot': StaffItemDetail
  'item.progress': StaffItemDetail
  'item.transfer': StaffItemDetail
  'item.escalate': StaffItemDetail
  'item.escalationAnswer': StaffItemDetail
  'item.decide': StaffItemDetail
  'item.extend': StaffItemDetail
  'item.approveExtension': StaffItemDetail
  'item.reply': StaffItemDetail
  'item.recordRating': StaffItemDetail
  'item.registerForResident': StaffItemDetail
}
