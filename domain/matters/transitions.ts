/**
 * Who may do what to a matter, from which status, and where it goes. One table, read by
 * the functions before every change and tested exhaustively.
 */
import type { ItemStatus } from './status'

/** The caller's relation to the matter, worked out by the function from who they are. */
export type ActorRole =
  | 'owner' // the resident who raised it
  | 'assignee' // the responsible cadre (谁接访、谁负责)
  | 'leader' // a leader of the matter's point
  | 'cadre' // another cadre of the point
  | 'system' // the scheduler, and handing over a departing cadre's matters

export const ACTOR_ROLES: ActorRole[] = ['owner', 'assignee', 'leader', 'cadre', 'system']

export type ItemAction =
  | 'accept'
  | 'replyOnSpot'
  | 'progress'
  | 'transfer'
  | 'escalate'
  | 'escalationAnswer'
  | 'decide'
  | 'extend'
  | 'reply'
  | 'withdraw'
  | 'supplement'
  | 'rate'
  | 'recordRating'
  | 'expireRating'
  | 'handover'

interface Rule {
  from: readonly ItemStatus[]
  by: readonly ActorRole[]
  /** The status after; 'same' keeps it. `rate` decides between two (see nextStatus). */
  to: ItemStatus | 'same'
}

const HANDLERS = ['assignee', 'leader'] as const
const OPEN = ['accepted', 'in_progress'] as const

export const TRANSITIONS: Record<ItemAction, Rule> = {
  accept: { from: ['submitted'], by: HANDLERS, to: 'accepted' },
  replyOnSpot: { from: ['submitted'], by: HANDLERS, to: 'replied' },
  progress: { from: OPEN, by: HANDLERS, to: 'in_progress' },
  transfer: { from: ['submitted', ...OPEN], by: HANDLERS, to: 'same' },
  escalate: { from: OPEN, by: HANDLERS, to: 'in_progress' },
  escalationAnswer: { from: OPEN, by: HANDLERS, to: 'in_progress' },
  decide: { from: OPEN, by: HANDLERS, to: 'same' },
  extend: { from: OPEN, by: HANDLERS, to: 'same' },
  reply: { from: OPEN, by: HANDLERS, to: 'replied' },
  withdraw: { from: ['submitted'], by: ['owner'], to: 'withdrawn' },
  supplement: { from: ['submitted', ...OPEN], by: ['owner'], to: 'same' },
  rate: { from: ['replied'], by: ['owner'], to: 'closed' },
  /**
   * 回访 of a matter without an owner (代登记): the cadre records the rating the resident
   * gave. It follows the resident's own rating: 不满意 reopens it for a second handling.
   */
  recordRating: { from: ['replied'], by: HANDLERS, to: 'closed' },
  expireRating: { from: ['replied'], by: ['system'], to: 'closed' },
  /**
   * A departing cadre's matters pass to their heir. Unlike a cadre's transfer it takes
   * replied matters too: they may yet reopen (不满意) and need an active cadre then.
   */
  handover: { from: ['submitted', ...OPEN, 'replied'], by: ['system'], to: 'same' },
}

export type TransitionCheck =
  | { ok: true; to: ItemStatus }
  | { ok: false; reason: 'forbidden' | 'wrong_status' }

/**
 * Whether `role` may do `action` to a matter in `status`, and the status after.
 * A rating of 不满意 reopens the matter instead of closing it.
 */
export function checkTransition(
  action: ItemAction,
  status: ItemStatus,
  role: ActorRole,
  opts: { unsatisfied?: boolean } = {},
): TransitionCheck {
  const rule = TRANSITIONS[action]
  if (!rule.by.includes(role)) return { ok: false, reason: 'forbidden' }
  if (!rule.from.includes(status)) return { ok: false, reason: 'wrong_status' }
  if ((action === 'rate' || action === 'recordRating') && opts.unsatisfied) return { ok: true, to: 'in_progress' }
  return { ok: true, to: rule.to === 'same' ? status : rule.to }
}
