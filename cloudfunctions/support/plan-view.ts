/** A support plan as the pages show it: its household's address and head, the current period and whether its visit is made. */
import type { SupportPlanView } from '../../domain/support/api'
import { periodEnd, SUPPORT_EVERY_LABELS } from '../../domain/support/plans'
import { chinaWallAt } from '../../domain/kernel/time'
import type { DatabasePort } from '../kernel/port'
import { asHousehold } from '../areas/area-reads'
import { visitMade, type SupportPlanRecord } from './plan-records'

export async function planView(db: DatabasePort, plan: SupportPlanRecord): Promise<SupportPlanView> {
  const end = periodEnd(plan.periodStart, plan.every)
  const [h, made] = await Promise.all([db.collection('households').doc(plan.household).get(), plan.active ? visitMade(db, plan, plan.periodStart, end) : false])
  const household = asHousehold(h.data)
  return {
    id: plan._id,
    household: plan.household,
    address: household?.address ?? '',
    head: household?.head ?? '',
    area: plan.area,
    pointCode: plan.pointCode,
    what: plan.what,
    who: plan.who,
    every: plan.every,
    everyLabel: SUPPORT_EVERY_LABELS[plan.every],
    active: plan.active,
    periodStart: plan.periodStart,
    dueBy: chinaWallAt(end).subtract(1, 'day').format('YYYY-MM-DD'),
    madeThisPeriod: made,
    periods: plan.periods,
    onTime: plan.onTime,
  }
}
