/** A trip as the staff see it: read with the caller's right checked first, and its view. */
import type { TripSummary, TripView } from '../../domain/meetings/api'
import { toChinaIso } from '../../domain/kernel/time'
import { mayReadMeetings, mayReadTrip, mayRecordTrip } from '../../domain/meetings/policy'
import type { StaffRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { requireRight } from '../kernel/access'
import type { StaffContext } from '../kernel/staff-context'
import { asTrip, type TripRecord } from './meeting-records'

export const TRIPS_REFUSAL = '代理办事仅供本说事点的干部和领导使用'

export function tripSummary(t: TripRecord): TripSummary {
  return { id: t._id, pointCode: t.pointCode, pointName: t.pointName, date: t.date, status: t.status, itemCount: t.items.length, plannedBy: t.plannedByName }
}

export function tripView(t: TripRecord, staff: StaffRecord): TripView {
  const noOf = new Map(t.items.map((i) => [i.itemId, i.no]))
  return {
    ...tripSummary(t),
    items: t.items,
    results: t.results.map((r) => ({
      itemId: r.itemId,
      no: noOf.get(r.itemId) ?? '',
      takenAt: r.takenAt,
      department: r.department,
      answer: r.answer ?? null,
      written: t.steps.filter((s) => s.itemId === r.itemId).every((s) => t.done.includes(s.key)),
    })),
    recordedBy: t.recordedByName,
    recordedAt: t.recordedAt ? toChinaIso(t.recordedAt) : null,
    canRecord: t.status !== 'recorded' && mayRecordTrip(staff, t),
  }
}

/** A trip, for the staff of its point: whoever holds no right to trips is refused before anything is read. */
export async function readTrip(ctx: StaffContext, staff: StaffRecord, id: string): Promise<TripRecord> {
  requireRight(mayReadMeetings(staff), TRIPS_REFUSAL)
  const t = asTrip((await ctx.db.collection('trips').doc(id).get()).data)
  if (!t) throw new AppError('NOT_FOUND', '没有找到这次跑办')
  requireRight(mayReadTrip(staff, t), '这次跑办不是您所在说事点的')
  return t
}
