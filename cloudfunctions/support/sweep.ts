/**
 * The timer's sweep of 帮扶 visits: the active plans whose `nextDueAt` passed, read through
 * {active, nextDueAt} in pages within the time budget. A period with its visit moves on;
 * one without tells the area's cadre, and SUPPORT_ESCALATE_DAYS later, if still none, the
 * point's leaders (domain/support/plans.ts sweepStep). Message ids (plan, period, who) make
 * a second run tell nobody twice.
 */
import { cadreNotice, leaderNotices } from '../../domain/support/notices'
import { periodEnd, periodStartAt, sweepStep } from '../../domain/support/plans'
import { chinaWallAt } from '../../domain/kernel/time'
import type { DatabasePort } from '../kernel/port'
import type { ReminderResult } from '../messages/reminders'
import { leadersOf } from '../messages/notify'
import { asArea, asHousehold } from '../areas/area-reads'
import { asPlans, visitMade, type SupportPlanRecord } from './plan-records'
import { stepPlan } from './plan-write'

const PAGE = 100

async function sweepOne(db: DatabasePort, plan: SupportPlanRecord, now: Date): Promise<number> {
  const end = periodEnd(plan.periodStart, plan.every)
  const tomorrow = chinaWallAt(periodStartAt(now)).add(1, 'day').format('YYYY-MM-DD')
  const madeOnTime = await visitMade(db, plan, plan.periodStart, end)
  const madeSince = !madeOnTime && plan.cadreToldAt !== null && (await visitMade(db, plan, end, tomorrow))
  const step = sweepStep(plan, madeOnTime, madeSince, now)
  const [area, household] = await Promise.all([db.collection('areas').doc(plan.area).get(), db.collection('households').doc(plan.household).get()])
  const a = asArea(area.data)
  const due = { ...plan, areaName: a?.name ?? '包片区', address: asHousehold(household.data)?.address ?? '' }
  const notices = step.kind === 'tellCadre' ? (a ? [cadreNotice(due, a.cadre)] : []) : step.kind === 'tellLeaders' ? leaderNotices(due, await leadersOf(db, plan.pointCode)) : []
  const queued: string[] = []
  await stepPlan(db, plan, step.next, step.kind === 'tellCadre' ? step.nextDueAt : step.next.dueAt, notices, now, queued)
  return queued.length
}

export async function sweepSupportPlans(db: DatabasePort, now: Date, outOfTime: () => boolean): Promise<ReminderResult> {
  const _ = db.command
  const result: ReminderResult = { queued: 0, failed: 0 }
  let skipped = 0 // plans that failed stay due: step past them
  while (!outOfTime()) {
    const { data } = await db.collection('supportPlans').where({ active: true, nextDueAt: _.lte(now) }).orderBy('nextDueAt', 'asc').orderBy('_id', 'asc').skip(skipped).limit(PAGE).get()
    for (const plan of asPlans(data)) {
      if (outOfTime()) break
      try {
        result.queued += await sweepOne(db, plan, now)
      } catch (err) {
        skipped++
        result.failed++
        console.error(`[shuoshi] support plan ${plan._id} sweep failed:`, (err as Error).message)
      }
    }
    if (data.length < PAGE) break
  }
  return result
}
