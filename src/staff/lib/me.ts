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

export const isLeader = (me: Me | null) => Boolean(me?.roles.includes('leader'))
export const isAdmin = (me: Me | null) => Boolean(me?.roles.includes('admin'))
