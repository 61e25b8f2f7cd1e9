/**
 * 值班表: a month of a point's openings with who is on duty (uncovered ones flagged),
 * setting the people of one opening, and generating a month's 轮流值班. The roster is
 * one document per opening in `duties`; every change goes through a transaction.
 */
import type { DutyMonth, DutyResponses } from '../../domain/duty/api'
import { dutyText, monthRange, parseOpeningId, planRotation } from '../../domain/duty/roster'
import type { DutyEvent } from '../../domain/duty/schemas'
import { asDuties, asDuty, asSwaps, loadDuties, loadPeople, swapView } from './duty-roster'
import { AppError } from '../kernel/respond'
import { requireRight } from '../kernel/access'
import { mayArrangeDuty, maySeeRoster, maySeeSwap } from '../../domain/duty/policy'
import { runTransactionWithRetry } from '../kernel/transaction'
import type { StaffContext } from '../kernel/staff-context'
import {
  cadresOf,
  dutyPointOf,
  findOpening,
  openingsOf,
  openingView,
  pointFor,
  requireAllCanTakeDuty,
  roster,
  writeDuty,
} from './duty-ops'

export async function listDuty(input: DutyEvent<'duty.list'>, ctx: StaffContext): Promise<DutyMonth> {
  const staff = await ctx.caller()
  requireRight(maySeeRoster(staff, input.pointCode), '只能查看自己所在说事点的值班表')
  const point = await pointFor(ctx.db, input.pointCode)
  const { from, days } = monthRange(input.month)
  const openings = await openingsOf(ctx.db, point.code, from, days)
  const duties = await loadDuties(ctx.db, openings.map((o) => o.id))
  const cadres = await cadresOf(ctx.db, point.code)
  const { data } = await ctx.db.collection('swaps').where({ pointCode: point.code, status: 'pending' }).limit(100).get()
  const swaps = asSwaps(data).filter((s) => maySeeSwap(staff, s))
  const known = new Map(cadres.map((c) => [c.openid, c]))
  const missing = [...duties.values()].flatMap((d) => d.openids).filter((id) => !known.has(id))
  const people = new Map([...known, ...(await loadPeople(ctx.db, missing))])
  const dp = dutyPointOf(point)
  return {
    pointCode: point.code,
    pointName: point.name,
    month: input.month,
    openings: openings.map((o) => openingView(o, duties.get(o.id)?.openids ?? [], people, dp, ctx.now)),
    cadres: cadres.map((c) => ({ openid: c.openid, name: c.name, duty: dutyText(c, dp), away: c.away ?? [] })),
    swaps: swaps.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).map((s) => swapView(s, people)),
    viewer: { openid: staff.openid, canManage: mayArrangeDuty(staff, point.code) },
  }
}

export async function setDuty(input: DutyEvent<'duty.set'>, ctx: StaffContext): Promise<DutyResponses['duty.set']> {
  // the schema let through only ids that name a point and a time
  const { pointCode } = parseOpeningId(input.openingId)!
  const staff = await roster(ctx, pointCode)
  const opening = await findOpening(ctx.db, input.openingId)
  if (opening.endAt <= ctx.now) throw new AppError('INVALID_INPUT', '这次开放已经结束，不能再改值班')
  const people = await loadPeople(ctx.db, input.openids)
  requireAllCanTakeDuty(input.openids, people, pointCode, opening.date)
  const point = await pointFor(ctx.db, pointCode)
  await runTransactionWithRetry(ctx.db, (tx) => writeDuty(tx, opening, pointCode, input.openids, staff.openid, ctx.now))
  return openingView(opening, input.openids, people, dutyPointOf(point), ctx.now)
}

/**
 * 生成轮值: see domain/duty/roster.ts planRotation for the order (continuing after last month's
 * last duty) and what it leaves alone (covered openings, unless `replace`). Only openings
 * not yet started are touched. The plan is checked against what the transaction reads,
 * so a duty set meanwhile by someone else is never overwritten in fill mode.
 */
export async function rotateDuty(input: DutyEvent<'duty.rotate'>, ctx: StaffContext): Promise<DutyResponses['duty.rotate']> {
  const staff = await roster(ctx, input.pointCode)
  const point = await pointFor(ctx.db, input.pointCode)
  const { from, days } = monthRange(input.month)
  const openings = (await openingsOf(ctx.db, point.code, from, days)).filter((o) => o.startAt > ctx.now)
  const people = await loadPeople(ctx.db, input.order)
  // away days only pass someone over in the rotation; here: do they belong in it at all
  requireAllCanTakeDuty(input.order, people, point.code)
  if (openings.length === 0) return { assigned: 0, startsWith: null, uncovered: 0 }

  const _ = ctx.db.command
  const { data: before } = await ctx.db
    .collection('duties')
    .where({ pointCode: point.code, startAt: _.lt(openings[0].startAt) })
    .orderBy('startAt', 'desc')
    .limit(10)
    .get()
  // the turn continues after the last duty someone in the order took
  const lastBefore = asDuties(before).find((d) => d.openids.some((id) => input.order.includes(id)))?.openids ?? null

  const result = await runTransactionWithRetry(ctx.db, async (tx) => {
    const current = new Map<string, string[]>()
    for (const o of openings) {
      const d = asDuty((await tx.collection('duties').doc(o.id).get()).data)
      if (d) current.set(o.id, d.openids)
    }
    const others = await loadPeople(ctx.db, [...current.values()].flat().filter((id) => !people.has(id)))
    const plan = planRotation({ pointCode: point.code, openings, order: input.order, current, lastBefore, people: new Map([...people, ...others]), replace: input.replace ?? false })
    for (const a of plan.assignments) await writeDuty(tx, openings.find((o) => o.id === a.openingId)!, point.code, a.openids, staff.openid, ctx.now)
    return plan
  })
  const first = result.startsWith ? people.get(result.startsWith) : undefined
  return { assigned: result.assignments.length, startsWith: first ? { openid: first.openid, name: first.name } : null, uncovered: result.uncovered.length }
}
