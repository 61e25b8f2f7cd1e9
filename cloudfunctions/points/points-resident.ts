import type { PointResidentEvent } from '../../domain/points/schemas'
import { findActivePoint } from '../kernel/collections'
import { toPointView } from './point-view'
import type { ResidentContext } from '../kernel/resident-context'
import { asPoints } from '../kernel/reads'

export async function listPoints(_input: PointResidentEvent<'points.list'>, { db }: ResidentContext) {
  const { data } = await db.collection('points').where({ active: true }).orderBy('code', 'asc').limit(100).get()
  return { points: asPoints(data).map(toPointView) }
}

export async function getPoint(input: PointResidentEvent<'points.get'>, { db }: ResidentContext) {
  return toPointView(await findActivePoint(db, input.code))
}
