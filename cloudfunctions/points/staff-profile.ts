/** What a staff member's own page and the staff list show of a staff record. */
import type { StaffProfile } from '../../domain/points/api'
import type { StaffRecord } from '../kernel/records'

export function toProfile(s: StaffRecord): StaffProfile {
  return { openid: s.openid, name: s.name, roles: s.roles, points: s.points, nodes: s.nodes, active: s.active }
}
