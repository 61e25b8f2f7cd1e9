import { ADMINS, inGroup, LEADERS, type RoleGroup } from '../../../domain/points/roles'
import type { MeView } from '../../../domain/points/api'
import { callStaff, type StaffResult } from '../../api/staff'

export type Me = MeView

let cached: Me | null = null

/**
 * The caller's staff profile. Asked once per session and kept (pages ask for it on every
 * load); `fresh` asks again, e.g. after joining.
 */
export async function loadMe(fresh = false): Promise<StaffResult<'me'>> {
  if (cached && !fresh) return { ok: true, data: cached }
  const reply = await callStaff({ action: 'me' })
  cached = reply.ok ? reply.data : null
  return reply
}

/** Holds a role of `group` (the groups are named in domain/points/roles.ts, as the functions use them). */
export const holdsGroup = (me: Me | null, group: RoleGroup) => Boolean(me && inGroup(me.roles, group))
export const isLeader = (me: Me | null) => holdsGroup(me, LEADERS)
export const isAdmin = (me: Me | null) => holdsGroup(me, ADMINS)
