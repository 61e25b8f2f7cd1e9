/** 帮扶 plans as stored in `supportPlans`, and whether a household's visit was made in a span of days. */
import { HOUSEHOLD_FORMS } from '../../domain/diary/visits'
import type { PlanPeriod, SupportEvery } from '../../domain/support/plans'
import { monthsBetween } from '../../domain/support/plans'
import { stableId } from '../kernel/ids'
import type { DatabasePort } from '../kernel/port'
import { reader } from '../kernel/reads'

export interface SupportPlanRecord extends PlanPeriod {
  _id: string
  pointCode: string
  area: string
  household: string
  householdKey: string
  what: string
  who: string
  every: SupportEvery
  active: boolean
  /** when the timer next looks at it: the period's due time, or the leaders' turn after the cadre was told; null once ended */
  nextDueAt: Date | null
  createdAt: Date
  createdBy: string
  updatedAt: Date
}

// the fields the timer and the views cannot do without
const plans = reader<SupportPlanRecord>('supportPlans', { area: 'string', household: 'string', householdKey: 'string', every: 'string', active: 'boolean', periodStart: 'string', dueAt: 'date', cadreToldAt: 'date?', periods: 'number', onTime: 'number', updatedAt: 'date' })
export const asPlan = plans.one
export const asPlans = plans.all

/** One plan per household: saving again changes it. */
export const planId = (household: string) => (household.length <= 56 ? `support-${household}` : stableId('support', household))

/**
 * A 入户 diary visit to the household at its point on a day in [from, to) (YYYY-MM-DD),
 * by the household's key or its id. Read through the point's visits of the period's months.
 */
export async function visitMade(db: DatabasePort, plan: Pick<SupportPlanRecord, 'pointCode' | 'household' | 'householdKey'>, from: string, to: string): Promise<boolean> {
  if (to <= from) return false
  const _ = db.command
  const months = monthsBetween(from, to)
  const { data } = await db
    .collection('visits')
    .where({ pointCode: plan.pointCode, month: _.in(months), form: _.in([...HOUSEHOLD_FORMS]), visitedAt: _.gte(from).and(_.lt(to)) })
    .field({ householdKey: true, householdId: true })
    .limit(1000)
    .get()
  return data.some((v) => v.householdId === plan.household || v.householdKey === plan.householdKey)
}
