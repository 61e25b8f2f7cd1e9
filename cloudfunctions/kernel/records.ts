/** The documents as stored in CloudBase collections. */
import type { BoardStatus, WithdrawnBy } from '../../domain/board/board'
import type { Assignment } from '../../domain/departments/assignments'
import type { AwayPeriod } from '../../domain/duty/roster'
import type { LeaderLevel } from '../../domain/diary/leaders'
import type { PointView } from '../../domain/points/api'
import type { OrgNode } from '../../domain/orgs/tree'
import type { StaffRoleName } from '../../domain/points/schemas'
import type { TimelineEventType } from '../../domain/matters/api'
import type { Category } from '../../domain/matters/categories'
import type { Importance } from '../../domain/matters/deadlines'
import type { RatingLevel, Tier, Track } from '../../domain/matters/handling'
import type { Votes } from '../../domain/meetings/meetings'
import type { MatterSource, NewMatter } from '../../domain/matters/new-matter'
import type { ItemStatus } from '../../domain/matters/status'

export type StaffRole = StaffRoleName

/** A point as stored: what anyone may see of it (PointView), plus who answers there. */
export interface PointRecord extends PointView {
  _id: string
  /** The cadre who answers when the routing table names nobody. */
  leadCadre: string
  /** 诉求类别 → the openid of the cadre responsible for it at this point. */
  routing: Partial<Record<Category, string>>
  active: boolean
  /** The point's 小程序码 in storage, made on first request. */
  qrcodeFileID?: string
  /** its village's path and the village, root first (absent on a point not yet placed in the tree) */
  orgPath?: string[]
}

/** A node of the organisation tree (domain/orgs/tree.ts); `_id` is its code. */
export interface OrgRecord extends OrgNode {
  _id: string
  path: string[]
}

export interface StaffRecord {
  _id: string
  openid: string
  name: string
  roles: StaffRole[]
  /** the points held directly */
  points: string[]
  /** the tree's nodes the roles are held at: they reach every point below ([] when absent from the document) */
  nodes: string[]
  active: boolean
  /** set on deactivation: who took over; a matter still sent this way follows it */
  handedTo?: string | null
  /**
   * Bumped by every transaction that hands this person a matter and by the one that
   * deactivates them: CloudBase checks only written documents for conflicts, so the write
   * is what makes "they are still active" hold at commit.
   */
  rev?: number
  /** 请假、外出: their duties on these days show uncovered (staff.setAway) */
  away?: AwayPeriod[]
  /** 部门工作人员: the departments they answer 交办 for (domain/departments/) */
  departments?: string[]
  /** 挂点 (staff.setLeader, domain/diary/leaders.ts): level, contact point, title, what they answer for */
  level?: LeaderLevel
  contactPoint?: string
  title?: string
  answersFor?: string
}

export interface TimelineRecord {
  type: TimelineEventType
  at: Date
  /** openid of who did it, or 'system' */
  actor: string
  /** the actor's name as it was then: 居民, 系统 or the cadre's name */
  actorName: string
  text: string
  /** Staff-only entries never reach the resident. */
  internal?: boolean
}

export interface ExtensionRecord {
  reason: string
  note: string
  from: Date | null
  to: Date
  by: string
  at: Date
  /** the leader who approved a second extension */
  approvedBy?: string
}

export interface ReplyRecord {
  answer: string
  unit: string
  handler: string
  by: string
  at: Date
}

export interface RatingRecord {
  level: RatingLevel
  solved: boolean
  opinion: string
  at: Date
  /** 回访 of a matter without an owner: the cadre who recorded the resident's rating, and the day */
  recordedBy?: string
  recordedByName?: string
  visitedAt?: string
}

/** A matter: as registered (domain/matters/new-matter.ts), then as handled. */
export interface ItemRecord extends Omit<NewMatter, 'status' | 'dueAt' | 'timeline' | 'source' | 'registeredBy'> {
  status: ItemStatus
  dueAt: Date | null
  timeline: TimelineRecord[]
  /** absent on matters registered before it was recorded: the resident's own ('qr') */
  source?: MatterSource
  registeredBy?: string | null

  // set by handling (issue: 受理 onwards); absent on a just-registered matter
  track?: Track | null
  importance?: Importance | null
  tier?: Tier | null
  /** a meeting's decision: `meetingId` when recorded from a meeting (集中议事), `votes` for 村民会议 */
  decision?: { meetingDate: string; decision: string; body?: string; meetingId?: string; votes?: Votes } | null
  steps?: { title: string; done: boolean; doneAt: Date | null }[]
  /** 代理办事: `lastTakenAt` is the latest trip there (YYYY-MM-DD), when later than `takenAt` */
  escalation?: { department: string; takenAt: string; lastTakenAt?: string; answer: string | null; answeredAt: Date | null } | null
  extensions?: ExtensionRecord[]
  pendingExtension?: { reason: string; note: string; to: Date; by: string; at: Date } | null
  acceptedAt?: Date | null
  repliedAt?: Date | null
  closedAt?: Date | null
  /** 'unrated' when the rating window ran out (未评价, never counted as satisfied) */
  closedReason?: 'rated' | 'unrated' | 'withdrawn' | null
  reply?: ReplyRecord | null
  rating?: RatingRecord | null
  ratings?: RatingRecord[]
  unsatisfiedCount?: number
  /** 回访 marked for the cadre after 不满意 */
  followUp?: boolean
  /** 督办: a second 不满意 puts it before the leaders */
  supervision?: boolean
  supplements?: { requestId: string | null; content: string; photos: string[]; at: Date }[]
  /** 大家说的事: set when the resident rates with 公开 ticked, cleared when they rate without */
  board?: BoardRecord | null
  /** 交办: the latest one, and the earlier ones (sent back or answered) oldest first (cloudfunctions/departments/assignment-change.ts) */
  assignment?: Assignment | null
  assignmentHistory?: Assignment[]
}

/**
 * A matter as the public board shows it: redacted once, checked once, when made public;
 * shown only once a leader of its point approved it (domain/board/board.ts).
 */
export interface BoardRecord {
  content: string
  answer: string
  /** msgSecCheck on the redacted text; anything but 'pass' is never put before a leader */
  verdict: 'pass' | 'review' | 'risky' | 'unchecked'
  /** pending: waiting for a leader; only approved is on the board */
  status: BoardStatus
  /** when the resident made it public */
  at: Date
  /** the leader (or admin) who decided, or 'system' when the content check refused it */
  reviewedBy: string | null
  reviewerName: string | null
  reviewedAt: Date | null
  /** why it was not made public; the resident reads it */
  reason: string | null
  /** who took it down, and when */
  withdrawnBy: WithdrawnBy | null
  withdrawnAt: Date | null
}

export interface CounterRecord {
  _id: string
  /** the matters numbered in the point's month, in order: a matter's place is its sequence (matters/numbering.ts) */
  ids: string[]
}

export interface RateLimitRecord {
  _id: string
  /** epoch ms of recent submissions */
  stamps: number[]
}

export type { BookingRecord, HomeVisitRecord, ScheduleRecord } from './records-booking'
export type { AreaRecord, HouseholdRecord } from './records-areas'
