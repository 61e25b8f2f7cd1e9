import type { PointView } from '../../domain/points/api'
import type { PointRecord } from '../kernel/records'

/** What anyone may see of a point: no routing table, no cadre openids. */
export function toPointView(p: PointRecord): PointView {
  return {
    code: p.code,
    name: p.name,
    kind: p.kind,
    community: p.community,
    address: p.address,
    openHours: p.openHours,
    ...(p.phone ? { phone: p.phone } : {}),
    ...(p.org ? { org: p.org } : {}),
  }
}
