/** How a stored matter is shown: to its resident, and to staff. */
import type { ExtensionView, ItemDetail, ItemFlags, ItemSummary, PhotoView, RatingView, StaffItemDetail, StaffItemSummary, TimelineEntry } from '../../domain/matters/api'
import type { Contact } from '../../domain/matters/schemas'
import { isAcceptanceLate, isDueSoon, isOverdue, ratingClosesAt } from '../../domain/matters/deadlines'
import { DECIDING_BODY } from '../../domain/matters/handling'
import { maskAddress, maskName, maskPhone } from '../../domain/privacy/mask'
import { toChinaIso } from '../../domain/kernel/time'
import { checkTransition, type ActorRole, type ItemAction } from '../../domain/matters/transitions'
import { boardStateOf } from '../board/board-moderation'
import { isAssignable } from '../../domain/departments/assignments'
import { residentAssignmentView } from '../../domain/departments/views'
import type { CloudPort } from '../kernel/port'
import type { ItemRecord, RatingRecord, TimelineRecord } from '../kernel/records'

const iso = (d: Date | null | undefined) => (d ? toChinaIso(d) : null)

export function toSummary(item: ItemRecord): ItemSummary {
  return {
    id: item._id,
    no: item.no,
    category: item.category,
    status: item.status,
    createdAt: toChinaIso(item.createdAt),
    pointName: item.pointName,
  }
}

function toEntry(e: TimelineRecord): TimelineEntry {
  return { type: e.type, at: toChinaIso(e.at), text: e.text, actorName: e.actorName }
}

function extensionViews(item: ItemRecord): ExtensionView[] {
  return (item.extensions ?? []).map((x) => ({ reason: x.reason, note: x.note, dueAt: toChinaIso(x.to), at: toChinaIso(x.at) }))
}

export async function photoViews(cloud: CloudPort, fileIDs: string[]): Promise<PhotoView[]> {
  if (fileIDs.length === 0) return []
  const { fileList } = await cloud.getTempFileURL({ fileList: fileIDs })
  const urls = new Map(fileList.map((f) => [f.fileID, f.status === 0 ? f.tempFileURL : '']))
  return fileIDs.map((fileID) => ({ fileID, url: urls.get(fileID) ?? '' }))
}

function allPhotos(item: ItemRecord): string[] {
  return [...item.photos, ...(item.supplements ?? []).flatMap((s) => s.photos)]
}

function ratingView(r: RatingRecord): RatingView {
  const recorded = Boolean(r.recordedBy)
  return {
    level: r.level,
    solved: r.solved,
    opinion: r.opinion,
    at: toChinaIso(r.at),
    recordedBy: recorded ? (r.recordedByName ?? '') : null,
    visitedAt: recorded ? (r.visitedAt ?? null) : null,
  }
}

function can(item: ItemRecord, role: ActorRole, action: ItemAction) {
  return checkTransition(action, item.status, role).ok
}

/** The resident's own view: everything they wrote and every step, no staff-internal note. */
export async function toResidentDetail(cloud: CloudPort, item: ItemRecord): Promise<ItemDetail> {
  return {
    ...toSummary(item),
    content: item.content,
    photos: await photoViews(cloud, allPhotos(item)),
    contact: item.contact,
    assignee: { name: item.assignee.name },
    track: item.track ?? null,
    importance: item.importance ?? null,
    dueAt: iso(item.dueAt),
    extensions: extensionViews(item),
    reply: item.reply
      ? { answer: item.reply.answer, unit: item.reply.unit, handler: item.reply.handler, at: toChinaIso(item.reply.at) }
      : null,
    rating: item.rating ? ratingView(item.rating) : null,
    ratingClosesAt: item.status === 'replied' && item.repliedAt ? toChinaIso(ratingClosesAt(item.repliedAt)) : null,
    closedReason: item.closedReason ?? null,
    timeline: item.timeline.filter((e) => !e.internal).map(toEntry),
    board: boardStateOf(item),
    assignment: residentAssignmentView(item.assignment),
    can: {
      withdraw: can(item, 'owner', 'withdraw'),
      supplement: can(item, 'owner', 'supplement'),
      rate: can(item, 'owner', 'rate'),
    },
  }
}

const OPEN_STATUSES = new Set(['accepted', 'in_progress'])

export function flagsOf(item: ItemRecord, now: Date): ItemFlags {
  const open = OPEN_STATUSES.has(item.status)
  return {
    lateAcceptance: item.status === 'submitted' && isAcceptanceLate(item.createdAt, now),
    overdue: open && isOverdue(item.dueAt, now),
    dueSoon: open && isDueSoon(item.dueAt, now),
    extended: (item.extensions?.length ?? 0) > 0,
    followUp: item.followUp === true,
    supervision: item.supervision === true,
    contentReview: item.contentReview,
    extensionPending: Boolean(item.pendingExtension),
  }
}

export function toStaffSummary(item: ItemRecord, now: Date): StaffItemSummary {
  return {
    ...toSummary(item),
    pointCode: item.pointCode,
    assignee: item.assignee,
    dueAt: iso(item.dueAt),
    excerpt: Array.from(item.content).slice(0, 40).join(''),
    flags: flagsOf(item, now),
  }
}

export function maskContact(contact: Contact): Contact {
  return {
    name: maskName(contact.name),
    phone: maskPhone(contact.phone),
    address: maskAddress(contact.address),
    ...(contact.workUnit ? { workUnit: '****' } : {}),
  }
}

const STAFF_ACTIONS: [ItemAction, keyof StaffItemDetail['can']][] = [
  ['accept', 'item.accept'],
  ['replyOnSpot', 'item.replyOnSpot'],
  ['progress', 'item.progress'],
  ['transfer', 'item.transfer'],
  ['escalate', 'item.escalate'],
  ['escalationAnswer', 'item.escalationAnswer'],
  ['decide', 'item.decide'],
  ['extend', 'item.extend'],
  ['reply', 'item.reply'],
]

/** Staff view. Personal data is unmasked only when `unmasked` (the caller may see it). */
export async function toStaffDetail(
  cloud: CloudPort,
  item: ItemRecord,
  role: ActorRole,
  unmasked: boolean,
  now: Date,
): Promise<StaffItemDetail> {
  const resident = await toResidentDetail(cloud, item)
  const { can: _residentCan, ...rest } = resident
  const canDo: StaffItemDetail['can'] = {}
  for (const [action, name] of STAFF_ACTIONS) canDo[name] = can(item, role, action)
  canDo['item.decide'] = canDo['item.decide'] === true && item.tier != null && DECIDING_BODY[item.tier] !== null
  canDo['item.escalationAnswer'] = canDo['item.escalationAnswer'] === true && Boolean(item.escalation && !item.escalation.answer)
  canDo['item.approveExtension'] = role === 'leader' && Boolean(item.pendingExtension)
  // a matter with a WeChat owner is rated by the resident themselves
  canDo['item.recordRating'] = !item.ownerOpenid && can(item, role, 'recordRating')
  return {
    ...rest,
    contact: unmasked ? item.contact : maskContact(item.contact),
    contactMasked: !unmasked,
    pointCode: item.pointCode,
    assignee: item.assignee,
    tier: item.tier ?? null,
    decidingBody: item.tier ? DECIDING_BODY[item.tier] : null,
    decision: item.decision ?? null,
    steps: (item.steps ?? []).map((s) => ({ title: s.title, done: s.done, doneAt: iso(s.doneAt) })),
    escalation: item.escalation
      ? { department: item.escalation.department, takenAt: item.escalation.takenAt, answer: item.escalation.answer }
      : null,
    pendingExtension: item.pendingExtension
      ? {
          reason: item.pendingExtension.reason,
          note: item.pendingExtension.note,
          dueAt: toChinaIso(item.pendingExtension.to),
          requestedBy: item.pendingExtension.by,
        }
      : null,
    assignable: isAssignable(item),
    flags: flagsOf(item, now),
    timeline: item.timeline.map((e) => ({ ...toEntry(e), internal: e.internal === true })),
    can: canDo,
  }
}
