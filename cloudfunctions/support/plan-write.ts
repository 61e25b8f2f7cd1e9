/**
 * The one write path of `supportPlans`: saving a plan (a new one starts its first period
 * today; a changed frequency restarts the period), ending it, and the timer's step on a
 * due plan with the messages it tells, in one transaction that re-reads the plan (a plan
 * changed meanwhile is left for the next run).
 */
import type { Notice } from '../../domain/messages/notices'
import { dueAtOf, periodStartAt, type PlanPeriod, type SupportEvery } from '../../domain/support/plans'
import type { DatabasePort, TransactionPort } from '../kernel/port'
import type { HouseholdRecord } from '../kernel/records-areas'
import { runTransactionWithRetry } from '../kernel/transaction'
import { runQueuingTransaction } from '../messages/queued-transaction'
import { asPlan, planId, type SupportPlanRecord } from './plan-records'

export interface PlanInput {
  what: string
  who: string
  every: SupportEvery
}

const freshPeriod = (every: SupportEvery, now: Date): PlanPeriod => {
  const periodStart = periodStartAt(now)
  return { every, periodStart, dueAt: dueAtOf(periodStart, every), cadreToldAt: null, periods: 0, onTime: 0 }
}

async function put(tx: TransactionPort, plan: SupportPlanRecord) {
  const { _id, ...fields } = plan
  await tx.collection('supportPlans').doc(_id).set({ data: fields })
}

export async function savePlan(db: DatabasePort, household: HouseholdRecord, input: PlanInput, by: string, now: Date): Promise<SupportPlanRecord> {
  const id = planId(household._id)
  return runTransactionWithRetry(db, async (tx) => {
    const before = asPlan((await tx.collection('supportPlans').doc(id).get()).data)
    const keep = before?.active && before.every === input.every
    const period = keep ? before : { ...freshPeriod(input.every, now), periods: before?.periods ?? 0, onTime: before?.onTime ?? 0 }
    const plan: SupportPlanRecord = {
      _id: id,
      pointCode: household.pointCode,
      area: household.area,
      household: household._id,
      householdKey: household.householdKey,
      ...input,
      every: period.every,
      periodStart: period.periodStart,
      dueAt: period.dueAt,
      cadreToldAt: period.cadreToldAt,
      periods: period.periods,
      onTime: period.onTime,
      active: true,
      nextDueAt: keep ? before.nextDueAt : period.dueAt,
      createdAt: before?.createdAt ?? now,
      createdBy: before?.createdBy ?? by,
      updatedAt: now,
    }
    await put(tx, plan)
    return plan
  })
}

export async function endPlan(db: DatabasePort, id: string, now: Date): Promise<SupportPlanRecord | null> {
  return runTransactionWithRetry(db, async (tx) => {
    const plan = asPlan((await tx.collection('supportPlans').doc(id).get()).data)
    if (!plan) return null
    const ended = { ...plan, active: false, nextDueAt: null, updatedAt: now }
    await put(tx, ended)
    return ended
  })
}

/** The timer's step: the plan as it was read (`seen`) moves to `next`, telling `notices`; a plan changed since is left alone. */
export async function stepPlan(db: DatabasePort, seen: SupportPlanRecord, next: PlanPeriod, nextDueAt: Date, notices: readonly Notice[], now: Date, queued: string[]): Promise<boolean> {
  return runQueuingTransaction(db, now, queued, undefined, async (tx, queue) => {
    const plan = asPlan((await tx.collection('supportPlans').doc(seen._id).get()).data)
    if (!plan || !plan.active || plan.updatedAt.getTime() !== seen.updatedAt.getTime()) return false
    for (const n of notices) await queue(n)
    await put(tx, { ...plan, ...next, nextDueAt, updatedAt: now })
    return true
  })
}
