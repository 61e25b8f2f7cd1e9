/**
 * The `scheduler` function, run by its timer trigger (config.json). Within one time
 * budget it closes replies left unrated for 14 days as 未评价, queues the reminders that
 * are due (即将到期, 已逾期, 评议提醒, the evening before a booking), and sends what the
 * outbox holds. A mini-program user can call any function by name, so a call that
 * carries an OPENID is refused: only the timer runs this (and the deploy's self-check).
 */
import type { CloudPort } from '../kernel/port'
import { withSelfCheck } from '../kernel/self-check'
import type { FunctionConfig } from '../kernel/openapi-calls'
import config from './config.json'
import { fail, ok, toFailure } from '../kernel/respond'
import { workBudgetMs } from '../kernel/timeouts'
import type { RetryOptions } from '../kernel/transaction'
import { closeUnrated } from '../matters/close-unrated'
import { queueReminders } from '../messages/reminders'
import { queueBookingReminders } from '../booking/booking-reminders'
import { queueOverdueAssignments } from '../departments/overdue'
import { sweepSupportPlans } from '../support/sweep'
import { queueStudioPlanWarnings } from '../studio/plan-warnings'
import { drainOutbox } from '../messages/outbox-sender'
import { templateIdsFor } from '../messages/template-ids'

export interface SchedulerOptions {
  now?: () => Date
  retry?: RetryOptions
  /** How long a run may work (ms) before it stops and leaves the rest to the next run. */
  budgetMs?: number
  /** Matters read per query. */
  batchSize?: number
}

export const SCHEDULER_BUDGET_MS = workBudgetMs('scheduler')
const BATCH = 100

export function createHandler(cloud: CloudPort, options: SchedulerOptions = {}) {
  const db = cloud.database({ throwOnNotFound: false })

  return withSelfCheck(cloud, 'scheduler', config as FunctionConfig, async function scheduler(event: unknown) {
    if (cloud.getWXContext().OPENID) return fail('FORBIDDEN')
    try {
      const started = Date.now()
      const now = options.now ? options.now() : new Date()
      // the timer trigger's event ({ Type: 'Timer', TriggerName, Time }) runs the tick
      const timer = (event as { Type?: unknown } | null)?.Type === 'Timer'
      const action = timer ? 'tick' : ((event as { action?: unknown } | null)?.action ?? 'tick')
      if (action !== 'tick') return fail('INVALID_INPUT', '不支持的操作')
      const budgetMs = options.budgetMs ?? SCHEDULER_BUDGET_MS
      const elapsedMs = () => Date.now() - started
      const closed = await closeUnrated(db, now, { budgetMs, batchSize: options.batchSize ?? BATCH, retry: options.retry, elapsedMs })
      const reminders = await queueReminders(db, now, () => elapsedMs() >= budgetMs)
      const bookingReminders = await queueBookingReminders(db, now, () => elapsedMs() >= budgetMs)
      const assignmentReminders = await queueOverdueAssignments(db, now, () => elapsedMs() >= budgetMs)
      const supportReminders = await sweepSupportPlans(db, now, () => elapsedMs() >= budgetMs)
      const studioPlanWarnings = await queueStudioPlanWarnings(db, now, () => elapsedMs() >= budgetMs)
      const templateIds = templateIdsFor(cloud.getWXContext().ENV)
      const left = budgetMs - elapsedMs()
      const sent = templateIds && left > 0 ? await drainOutbox(db, cloud.openapi, { now, budgetMs: left, templateIds }) : null
      return ok({ ...closed, reminders, bookingReminders, assignmentReminders, supportReminders, studioPlanWarnings, sent })
    } catch (err) {
      return toFailure(err)
    }
  })
}
