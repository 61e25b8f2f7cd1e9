import { describe, expect, it } from 'vitest'
import { ITEM_STATUSES, type ItemStatus } from './status'
import { ACTOR_ROLES, TRANSITIONS, checkTransition, type ActorRole, type ItemAction } from './transitions'

/**
 * The table written out the long way: every (action, from-status) pair that is allowed,
 * with the roles that may do it and where it leads. Anything not listed is refused.
 */
const H: ActorRole[] = ['assignee', 'leader']
const ALLOWED: [ItemAction, ItemStatus, ActorRole[], ItemStatus][] = [
  ['accept', 'submitted', H, 'accepted'],
  ['replyOnSpot', 'submitted', H, 'replied'],
  ['progress', 'accepted', H, 'in_progress'],
  ['progress', 'in_progress', H, 'in_progress'],
  ['transfer', 'submitted', H, 'submitted'],
  ['transfer', 'accepted', H, 'accepted'],
  ['transfer', 'in_progress', H, 'in_progress'],
  ['escalate', 'accepted', H, 'in_progress'],
  ['escalate', 'in_progress', H, 'in_progress'],
  ['escalationAnswer', 'accepted', H, 'in_progress'],
  ['escalationAnswer', 'in_progress', H, 'in_progress'],
  ['decide', 'accepted', H, 'accepted'],
  ['decide', 'in_progress', H, 'in_progress'],
  ['extend', 'accepted', H, 'accepted'],
  ['extend', 'in_progress', H, 'in_progress'],
  ['reply', 'accepted', H, 'replied'],
  ['reply', 'in_progress', H, 'replied'],
  ['withdraw', 'submitted', ['owner'], 'withdrawn'],
  ['supplement', 'submitted', ['owner'], 'submitted'],
  ['supplement', 'accepted', ['owner'], 'accepted'],
  ['supplement', 'in_progress', ['owner'], 'in_progress'],
  ['rate', 'replied', ['owner'], 'closed'],
  ['recordRating', 'replied', H, 'closed'],
  ['expireRating', 'replied', ['system'], 'closed'],
  ['handover', 'submitted', ['system'], 'submitted'],
  ['handover', 'accepted', ['system'], 'accepted'],
  ['handover', 'in_progress', ['system'], 'in_progress'],
  ['handover', 'replied', ['system'], 'replied'],
]

const actions = Object.keys(TRANSITIONS) as ItemAction[]

describe('the transition table', () => {
  const cases = actions.flatMap((action) =>
    ITEM_STATUSES.flatMap((status) => ACTOR_ROLES.map((role) => [action, status, role] as const)),
  )

  it('covers every action, status and role', () => {
    expect(cases).toHaveLength(actions.length * ITEM_STATUSES.length * ACTOR_ROLES.length)
    expect(new Set(ALLOWED.map(([a]) => a))).toEqual(new Set(actions))
  })

  it.each(cases)('%s from %s by %s', (action, status, role) => {
    const allowed = ALLOWED.find(([a, s, roles]) => a === action && s === status && roles.includes(role))
    const mayEverDo = ALLOWED.some(([a, , roles]) => a === action && roles.includes(role))
    const result = checkTransition(action, status, role)
    if (allowed) expect(result).toEqual({ ok: true, to: allowed[3] })
    else expect(result).toEqual({ ok: false, reason: mayEverDo ? 'wrong_status' : 'forbidden' })
  })

  it('reopens a matter rated 不满意 instead of closing it', () => {
    expect(checkTransition('rate', 'replied', 'owner', { unsatisfied: true })).toEqual({ ok: true, to: 'in_progress' })
    expect(checkTransition('rate', 'replied', 'owner', { unsatisfied: false })).toEqual({ ok: true, to: 'closed' })
    // the same when the cadre records the rating a resident without WeChat gave on a 回访
    expect(checkTransition('recordRating', 'replied', 'assignee', { unsatisfied: true })).toEqual({ ok: true, to: 'in_progress' })
    expect(checkTransition('recordRating', 'replied', 'leader', { unsatisfied: false })).toEqual({ ok: true, to: 'closed' })
  })

  it('never lets anyone act on a closed or withdrawn matter', () => {
    for (const action of actions)
      for (const role of ACTOR_ROLES)
        for (const status of ['closed', 'withdrawn'] as const) expect(checkTransition(action, status, role).ok).toBe(false)
  })
})
