/**
 * Recording a trip: for each matter taken, the day and, when given, the department's
 * answer, written onto the matter through the same changes as item.escalate and
 * item.escalationAnswer (item-steps.ts). A matter not taken anywhere yet is escalated; one
 * waiting for an answer is followed up (the week starts again) or answered.
 *
 * As with meetings (meeting-record.ts): the record is kept on the trip first, then each
 * step is written in a transaction of its own with its mark on the trip, so a call cut
 * short is finished by calling again and nothing is written twice. A recorded trip is
 * not recorded again.
 */
import type { TripView } from '../../domain/meetings/api'
import { isFutureChinaDate } from '../../domain/matters/deadlines'
import type { MeetingEvent } from '../../domain/meetings/schemas'
import { formatChinaDate } from '../../domain/kernel/time'
import type { TripRecord, TripResultRecord, TripStep } from './meeting-records'
import type { ItemRecord, StaffRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { runTransactionWithRetry } from '../kernel/transaction'
import { requireRight } from '../kernel/access'
import { mayRecordTrip, mayTakeOnTrip } from '../../domain/meetings/policy'
import { finishRecord, readItems, withoutId, writeStepOnce, writeSteps } from './agenda'
import type { StaffContext } from '../kernel/staff-context'
import { applyEscalation, applyEscalationAnswer, applyFollowUp } from '../matters/item-steps'
import { readTrip, tripView } from './trip-view'
import { waitsForTrip } from './eligibility'
import { asFoundTrip, trips } from './meeting-records'

type Result = MeetingEvent<'trips.record'>['results'][number]

/** What taking `item` there on `r.takenAt` changes on it, in order. */
function stepsFor(item: ItemRecord, r: Result): { result: TripResultRecord; steps: TripStep[] } {
  const step = (kind: TripStep['kind'], department: string): TripStep => ({
    key: `${item._id}:${kind}`,
    itemId: item._id,
    kind,
    department,
    takenAt: r.takenAt,
    ...(kind === 'answer' && r.answer ? { answer: r.answer } : {}),
  })
  const answer = r.answer ? { answer: r.answer } : {}
  const esc = item.escalation && !item.escalation.answer ? item.escalation : null
  if (esc) {
    if (r.department && r.department !== esc.department) {
      throw new AppError('INVALID_INPUT', `${item.no} 已上报${esc.department}，正在等待答复，不能改报${r.department}`)
    }
    if (r.takenAt < (esc.lastTakenAt ?? esc.takenAt)) throw new AppError('INVALID_INPUT', `${item.no} 的跑办日期不能早于上次去${esc.department}的日子`)
    const result = { itemId: item._id, takenAt: r.takenAt, department: esc.department, ...answer }
    return { result, steps: [step(r.answer ? 'answer' : 'followUp', esc.department)] }
  }
  if (!r.department) throw new AppError('INVALID_INPUT', `${item.no} 还没有上报过，请填写上级部门`)
  if (r.takenAt < formatChinaDate(item.createdAt)) throw new AppError('INVALID_INPUT', `${item.no} 的跑办日期不能早于登记的日子`)
  const result = { itemId: item._id, takenAt: r.takenAt, department: r.department, ...answer }
  return { result, steps: [step('escalate', r.department), ...(r.answer ? [step('answer', r.department)] : [])] }
}

const started = (t: TripRecord, itemId: string) => t.steps.some((s) => s.itemId === itemId && t.done.includes(s.key))

/** A result already partly on its matter must come again as it was. */
function unchanged(t: TripRecord, r: Result): boolean {
  const kept = t.results.find((x) => x.itemId === r.itemId)
  return Boolean(kept && kept.takenAt === r.takenAt && (kept.answer ?? null) === (r.answer ?? null) && (!r.department || r.department === kept.department))
}

async function plan(ctx: StaffContext, staff: StaffRecord, t: TripRecord, results: Result[]) {
  const kept: TripResultRecord[] = []
  const steps: TripStep[] = []
  const fresh: Result[] = []
  for (const r of results) {
    if (!t.itemIds.includes(r.itemId)) throw new AppError('INVALID_INPUT', '跑办结果里有不在这次跑办上的事项，请刷新后重试')
    if (isFutureChinaDate(r.takenAt, ctx.now)) throw new AppError('INVALID_INPUT', '跑办日期不能晚于今天')
    if (!started(t, r.itemId)) fresh.push(r)
    else if (!unchanged(t, r)) throw new AppError('CONFLICT', '这件事项的跑办结果已经写入，不能再改；请刷新后继续')
    else {
      const result = t.results.find((x) => x.itemId === r.itemId)
      if (!result) throw new Error(`trip ${t._id} has steps for ${r.itemId} but no result`)
      kept.push(result)
      steps.push(...t.steps.filter((s) => s.itemId === r.itemId))
    }
  }
  if (t.steps.some((s) => t.done.includes(s.key) && !results.some((r) => r.itemId === s.itemId))) {
    throw new AppError('CONFLICT', '已经写入事项的跑办结果不能删去；请刷新后继续')
  }
  const items = fresh.length ? await readItems(ctx.db, fresh.map((r) => r.itemId)) : []
  for (const [n, item] of items.entries()) {
    if (!mayTakeOnTrip(staff, item)) throw new AppError('FORBIDDEN', `${item.no} 不是您负责的事项`)
    if (!waitsForTrip(item)) throw new AppError('INVALID_INPUT', `${item.no} 没有等待上报或等待部门答复`)
    const planned = stepsFor(item, fresh[n])
    kept.push(planned.result)
    steps.push(...planned.steps)
  }
  return { results: kept, steps }
}

function keep(ctx: StaffContext, staff: StaffRecord, id: string, planned: { results: TripResultRecord[]; steps: TripStep[] }) {
  return runTransactionWithRetry(
    ctx.db,
    async (tx) => {
      const ref = tx.collection('trips').doc(id)
      const t = asFoundTrip((await ref.get()).data)
      if (t.status === 'recorded') throw new AppError('CONFLICT', '这次跑办已经记录过了，不能重复记录')
      // another call wrote a step meanwhile that this record would drop or change
      if (t.done.some((k) => !planned.steps.some((s) => s.key === k && same(s, t.steps.find((x) => x.key === k))))) {
        throw new AppError('CONFLICT', '这次跑办正在由别人记录，请刷新后再看')
      }
      const next: TripRecord = {
        ...t,
        status: 'recording',
        results: planned.results,
        steps: planned.steps,
        recordedBy: staff.openid,
        recordedByName: staff.name,
        recordedAt: t.recordedAt ?? ctx.now,
      }
      await ref.set({ data: withoutId(next) })
      return next
    },
    ctx.options.retry,
  )
}

const same = (a: TripStep, b: TripStep | undefined) =>
  Boolean(b && a.kind === b.kind && a.department === b.department && a.takenAt === b.takenAt && (a.answer ?? null) === (b.answer ?? null))

export async function tripsRecord(input: MeetingEvent<'trips.record'>, ctx: StaffContext): Promise<TripView> {
  const staff = await ctx.caller()
  const trip = await readTrip(ctx, staff, input.id)
  requireRight(mayRecordTrip(staff, trip), '只有本说事点的领导或安排这次跑办的干部可以记录')
  if (trip.status === 'recorded') throw new AppError('CONFLICT', '这次跑办已经记录过了，不能重复记录')
  const kept = await keep(ctx, staff, trip._id, await plan(ctx, staff, trip, input.results))

  const todo = kept.steps.map((s) => s.key).filter((k) => !kept.done.includes(k))
  await writeSteps(ctx, todo, (key) => {
    const itemId = key.slice(0, key.lastIndexOf(':'))
    const action = key.endsWith(':answer') ? 'escalationAnswer' : 'escalate'
    return writeStepOnce(ctx, staff, { collection: 'trips', read: trips, recordId: kept._id, key, itemId, action }, (item, t) => {
      const s = t.steps.find((x) => x.key === key)
      if (!s) throw new AppError('CONFLICT', '跑办记录已经改动，请刷新后重试')
      if (s.kind === 'escalate') return applyEscalation(ctx, staff, item, s)
      if (s.kind === 'followUp') return applyFollowUp(ctx, staff, item, s.takenAt)
      return applyEscalationAnswer(ctx, staff, item, s.answer ?? '', s.takenAt)
    })
  })
  const done = await finishRecord(ctx, 'trips', trips, kept._id, (t) => t.steps.map((s) => s.key))
  return tripView(done, staff)
}
