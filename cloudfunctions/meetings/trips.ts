/**
 * 代理办事: the escalated matters waiting for a trip, by upper department, each flagged
 * after 7 days without one; planning a trip; reading the trips of a point. Recording a
 * trip is in trip-record.ts.
 *
 * The main cadre who takes matters there is a leader of the point, or the matter's
 * responsible cadre (who may plan and record trips for their own matters only): the same
 * people item.escalate allows (domain/matters/transitions.ts).
 */
import type { PendingTripItem, TripGroup, TripsPage, TripsPending, TripView } from '../../domain/meetings/api'
import { chinaYmd } from '../../domain/kernel/display-dates'
import type { MeetingEvent } from '../../domain/meetings/schemas'
import { formatChinaDate } from '../../domain/kernel/time'
import { daysSinceChinaDate, tripOverdue } from '../../domain/meetings/trips'
import { toStaffSummary } from '../matters/item-view'
import type { TripRecord } from './meeting-records'
import type { ItemRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { requireRight, requireScope, whereOf } from '../kernel/access'
import { mayPlanTrip, mayReadMeetings, mayTakeOnTrip, tripListScope, tripMattersScope } from '../../domain/meetings/policy'
import { agendaItem, createOnce, pageAtPoints, pointNameOf, pointsToList, readItems } from './agenda'
import type { StaffContext } from '../kernel/staff-context'
import { asItems } from '../kernel/reads'
import { asTrips, trips } from './meeting-records'
import { readTrip, tripSummary, tripView, TRIPS_REFUSAL } from './trip-view'
import { waitsForTrip } from './eligibility'

const MAX_PENDING = 200
const PLAN_WINDOW_DAYS = 30
const REFUSAL = TRIPS_REFUSAL

/** The day the week is counted from: the last trip there, or the acceptance. */
function lastTaken(item: ItemRecord): string {
  const esc = item.escalation
  return esc && !esc.answer ? (esc.lastTakenAt ?? esc.takenAt) : formatChinaDate(item.acceptedAt ?? item.createdAt)
}

function pendingItem(item: ItemRecord, now: Date, planned: Map<string, { id: string; date: string }>): PendingTripItem {
  const esc = item.escalation && !item.escalation.answer ? item.escalation : null
  const last = lastTaken(item)
  return {
    ...toStaffSummary(item, now),
    department: esc?.department ?? null,
    takenAt: esc?.takenAt ?? null,
    lastTakenAt: esc ? (esc.lastTakenAt ?? esc.takenAt) : null,
    daysWaiting: daysSinceChinaDate(last, now),
    overdueTrip: tripOverdue(last, now),
    plannedTrip: planned.get(item._id) ?? null,
  }
}

export async function tripsPending(input: MeetingEvent<'trips.pending'>, ctx: StaffContext): Promise<TripsPending> {
  const staff = await ctx.caller()
  requireRight(mayReadMeetings(staff), REFUSAL)
  const points = pointsToList(staff, input.pointCode)
  const _ = ctx.db.command
  // a leader works with all the point's matters; a cadre with those they answer for
  const where = whereOf(ctx.db, { ...requireScope(tripMattersScope(staff, points), REFUSAL), status: { $in: ['accepted', 'in_progress'] } })
  const [{ data }, planned] = await Promise.all([
    ctx.db
      .collection('items')
      .where(_.and(where, _.or([{ track: 'escalate' }, { 'escalation.department': _.exists(true) }])))
      .orderBy('acceptedAt', 'asc')
      .limit(MAX_PENDING)
      .get(),
    plannedTrips(ctx, points),
  ])
  const items = asItems(data).filter(waitsForTrip).map((i) => pendingItem(i, ctx.now, planned))
  const byDepartment = new Map<string | null, PendingTripItem[]>()
  for (const i of items) byDepartment.set(i.department, [...(byDepartment.get(i.department) ?? []), i])
  const groups: TripGroup[] = [...byDepartment].map(([department, list]) => ({
    department,
    items: list.sort((a, b) => b.daysWaiting - a.daysWaiting),
    overdueTrip: list.some((i) => i.overdueTrip),
  }))
  // the flagged departments first, then the longest waiting, then by name (not taken anywhere yet last)
  const name = (g: TripGroup) => g.department ?? '\uffff'
  groups.sort(
    (a, b) =>
      Number(b.overdueTrip) - Number(a.overdueTrip) || b.items[0].daysWaiting - a.items[0].daysWaiting || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0),
  )
  return { groups, overdue: items.filter((i) => i.overdueTrip).length, more: data.length === MAX_PENDING }
}

async function plannedTrips(ctx: StaffContext, points: string[]): Promise<Map<string, { id: string; date: string }>> {
  const _ = ctx.db.command
  const { data } = await ctx.db.collection('trips').where({ pointCode: _.in(points), status: 'planned' }).orderBy('date', 'desc').limit(100).get()
  const out = new Map<string, { id: string; date: string }>()
  for (const t of asTrips(data)) for (const id of t.itemIds) out.set(id, { id: t._id, date: t.date })
  return out
}

/** 安排跑办: the day and the matters to take; a cadre plans for their own matters. */
export async function tripsPlan(input: MeetingEvent<'trips.plan'>, ctx: StaffContext): Promise<TripView> {
  const staff = await ctx.caller()
  requireRight(mayPlanTrip(staff, input.pointCode), REFUSAL)
  if (input.date < chinaYmd(ctx.now, -PLAN_WINDOW_DAYS) || input.date > chinaYmd(ctx.now, PLAN_WINDOW_DAYS)) {
    throw new AppError('INVALID_INPUT', `跑办日期请选在前后 ${PLAN_WINDOW_DAYS} 天之内`)
  }
  const items = await readItems(ctx.db, input.itemIds)
  for (const item of items) {
    if (item.pointCode !== input.pointCode) throw new AppError('INVALID_INPUT', `${item.no} 不是本说事点的事项`)
    if (!mayTakeOnTrip(staff, item)) throw new AppError('FORBIDDEN', `${item.no} 不是您负责的事项，请由负责干部或领导安排`)
    if (!waitsForTrip(item)) throw new AppError('INVALID_INPUT', `${item.no} 没有等待上报或等待部门答复`)
  }
  const record: Omit<TripRecord, '_id'> = {
    pointCode: input.pointCode,
    pointName: await pointNameOf(ctx.db, input.pointCode),
    date: input.date,
    items: items.map((i) => ({ ...agendaItem(i), department: i.escalation && !i.escalation.answer ? i.escalation.department : null })),
    itemIds: input.itemIds,
    status: 'planned',
    plannedBy: staff.openid,
    plannedByName: staff.name,
    createdAt: ctx.now,
    results: [],
    steps: [],
    done: [],
    recordedBy: null,
    recordedByName: null,
    recordedAt: null,
  }
  return tripView(await createOnce(ctx, staff, 'trips', input.requestId, record, trips), staff)
}

export async function tripsList(input: MeetingEvent<'trips.list'>, ctx: StaffContext): Promise<TripsPage> {
  const staff = await ctx.caller()
  requireRight(mayReadMeetings(staff), REFUSAL)
  const scope = requireScope(tripListScope(staff, pointsToList(staff, input.pointCode)), REFUSAL)
  const page = await pageAtPoints(ctx.db, 'trips', scope, input, asTrips)
  return { trips: page.rows.map(tripSummary), nextCursor: page.nextCursor }
}

export async function tripsGet(input: MeetingEvent<'trips.get'>, ctx: StaffContext): Promise<TripView> {
  const staff = await ctx.caller()
  return tripView(await readTrip(ctx, staff, input.id), staff)
}
