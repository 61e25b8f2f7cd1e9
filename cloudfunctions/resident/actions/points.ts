import type { PointView } from '../../../domain/api'
import type { ResidentEvent } from '../../../domain/schemas'
import { findActivePoint } from '../../lib/collections'
import type { PointRecord } from '../../lib/records'
import type { ResidentContext } from '../context'

/** What anyone may see of a point: no routing table, no cadre openids. */
export function toPointView(p: PointRecord): PointView {
  return {
    code: p.code,
    name: p.name,
    kind: p.kind,
    community: p.community,
    address: p.address,
    openHours: p.openHours,
  }
}

export async function listPoints(_input: ResidentEvent<'points.list'>, { db }: ResidentContext) {
  const { data } = await db.collection('points').where({ active: true }).orderBy('code', 'asc').limit(100).get()
  return { points: (data as PointRecord[]).map(toPointView) }
}

export async function getPoint(input: ResidentEvent<'points.get'>, { db }: ResidentContext) {
  return toPointView(await findActivePoint(db, input.code))
}
