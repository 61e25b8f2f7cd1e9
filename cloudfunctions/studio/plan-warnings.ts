/**
 * The timer's warning of a studio's next month (scheduler): within STUDIO.warnDaysBefore
 * days of the month, each active studio whose plan for it is short of the minimum (or not
 * made) is told to its liaisons and leaders, once per month (message ids from the event).
 */
import { monthAfter, planWarnings } from '../../domain/studio/plan'
import { planShortNotices } from '../../domain/studio/notices'
import { STUDIO } from '../../domain/policy/defaults'
import { chinaDayStart, chinaWallClock } from '../../domain/kernel/time'
import type { DatabasePort } from '../kernel/port'
import { asPoints } from '../kernel/reads'
import { runQueuingTransaction } from '../messages/queued-transaction'
import { readPlan, studioPeople } from './studio-reads'

export async function queueStudioPlanWarnings(db: DatabasePort, now: Date, outOfTime: () => boolean): Promise<{ queued: number; failed: number }> {
  const result = { queued: 0, failed: 0 }
  const month = monthAfter(chinaWallClock(now).format('YYYY-MM'))
  const firstDay = chinaDayStart(`${month}-01`)
  if (firstDay.getTime() - now.getTime() > STUDIO.warnDaysBefore * 86_400_000) return result
  const { data } = await db.collection('points').where({ kind: 'studio', active: true }).limit(1000).get()
  for (const point of asPoints(data)) {
    if (outOfTime()) break
    try {
      const plan = await readPlan(db, point.code, month)
      const warnings = plan?.published ? planWarnings(plan.entries) : ['下个月的接待安排还没有发布', ...planWarnings(plan?.entries ?? [])]
      if (warnings.length === 0) continue
      const recipients = (await studioPeople(db, point.code, ['liaison', 'leader'])).map((p) => p.openid)
      const notices = planShortNotices(point.code, point.name, month, warnings, firstDay, recipients)
      const queued: string[] = []
      await runQueuingTransaction(db, now, queued, undefined, async (_tx, queue) => {
        for (const notice of notices) await queue(notice)
      })
      result.queued += queued.length
    } catch (err) {
      result.failed++
      console.error(`[shuoshi] studio plan warning for ${point.code} failed:`, (err as Error).message)
    }
  }
  return result
}
