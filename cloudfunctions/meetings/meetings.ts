/**
 * 集中议事: what waits for which body, convening a meeting on an agenda, and reading the
 * meetings of a point. Recording one is in meeting-record.ts.
 */
import type { MeetingsPage, MeetingView, WaitingItem, WaitingPage } from '../../domain/meetings/api'
import type { Tier } from '../../domain/matters/handling'
import { BODY_TIER, bodyTakes, WAITING_BODIES } from '../../domain/meetings/meetings'
import type { MeetingEvent } from '../../domain/meetings/schemas'
import { chinaYmd } from '../../domain/kernel/display-dates'
import { toStaffSummary } from '../matters/item-view'
import type { MeetingRecord } from './meeting-records'
import type { ItemRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { requireRight, requireScope } from '../kernel/access'
import { mayConvene, mayReadMeetings, meetingListScope, waitingScope } from '../../domain/meetings/policy'
import { agendaItem, createOnce, pageAtPoints, pointNameOf, pointsToList, readItems } from './agenda'
import type { StaffContext } from '../kernel/staff-context'
import { asItems } from '../kernel/reads'
import { asMeetings, convened, meetings } from './meeting-records'
import { meetingSummary, meetingView, readMeeting } from './meeting-view'
import { agendaProblem } from './eligibility'

const MAX_WAITING = 200
const MAX_PLANNED = 100

/** The meetings convened and not yet held or recorded, by the matters on them. */
async function plannedByItem(ctx: StaffContext, points: string[]): Promise<Map<string, { id: string; date: string }>> {
  const _ = ctx.db.command
  const { data } = await ctx.db
    .collection('meetings')
    .where({ pointCode: _.in(points), status: 'planned' })
    .orderBy('date', 'desc')
    .limit(MAX_PLANNED)
    .get()
  const out = new Map<string, { id: string; date: string }>()
  for (const m of asMeetings(data)) for (const id of m.itemIds) out.set(id, { id: m._id, date: m.date })
  return out
}

/** 待议事: the open matters of the caller's points with no decision yet, by the body they wait for. */
export async function meetingsWaiting(input: MeetingEvent<'meetings.waiting'>, ctx: StaffContext): Promise<WaitingPage> {
  const staff = await ctx.caller()
  requireScope(waitingScope(staff), '待议事仅供领导查看')
  const points = pointsToList(staff, input.pointCode)
  const bodies = input.body ? [input.body] : WAITING_BODIES
  const _ = ctx.db.command
  // `decision` is read, not queried: only the open matters of these tiers are read
  const [{ data }, planned] = await Promise.all([
    ctx.db
      .collection('items')
      .where({ pointCode: _.in(points), status: _.in(['accepted', 'in_progress']), tier: _.in(bodies.map((b) => BODY_TIER[b])) })
      .orderBy('acceptedAt', 'asc')
      .limit(MAX_WAITING)
      .get(),
    plannedByItem(ctx, points),
  ])
  const items = asItems(data).filter((i) => !i.decision)
  const waiting = (i: ItemRecord): WaitingItem => ({
    ...toStaffSummary(i, ctx.now),
    tier: i.tier as Tier,
    plannedMeeting: planned.get(i._id) ?? null,
  })
  return {
    groups: bodies.map((body) => ({ body, items: items.filter((i) => bodyTakes(body, i.tier)).map(waiting) })),
    more: data.length === MAX_WAITING,
  }
}

/** 召集会议: a leader of the point, a body, a day, and the matters it is to decide. */
export async function meetingsCreate(input: MeetingEvent<'meetings.create'>, ctx: StaffContext): Promise<MeetingView> {
  const staff = await ctx.caller()
  requireRight(mayConvene(staff, input.pointCode), '只有本说事点的领导可以召集会议')
  if (input.date > chinaYmd(ctx.now, 365)) throw new AppError('INVALID_INPUT', '会议日期不能晚于一年以后')
  const items = await readItems(ctx.db, input.itemIds)
  for (const item of items) {
    const problem = agendaProblem(item, input.body, input.pointCode, input.date)
    if (problem) throw new AppError('INVALID_INPUT', problem)
  }
  const record: Omit<MeetingRecord, '_id'> = {
    pointCode: input.pointCode,
    pointName: await pointNameOf(ctx.db, input.pointCode),
    body: input.body,
    date: input.date,
    agenda: items.map(agendaItem),
    itemIds: input.itemIds,
    ...convened(staff, ctx.now),
  }
  return meetingView(await createOnce(ctx, staff, 'meetings', input.requestId, record, meetings), staff, ctx.now)
}

export async function meetingsList(input: MeetingEvent<'meetings.list'>, ctx: StaffContext): Promise<MeetingsPage> {
  const staff = await ctx.caller()
  requireRight(mayReadMeetings(staff), '会议记录仅供干部和领导查看')
  const scope = requireScope(meetingListScope(staff, pointsToList(staff, input.pointCode)), '会议记录仅供干部和领导查看')
  const page = await pageAtPoints(ctx.db, 'meetings', scope, input, asMeetings)
  return { meetings: page.rows.map(meetingSummary), nextCursor: page.nextCursor }
}

export async function meetingsGet(input: MeetingEvent<'meetings.get'>, ctx: StaffContext): Promise<MeetingView> {
  const staff = await ctx.caller()
  return meetingView(await readMeeting(ctx, staff, input.id), staff, ctx.now)
}
