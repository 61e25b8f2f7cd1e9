/**
 * The timer's reminder sweeps. Each reads only what is due through an index on its time
 * field ({status, dueAt}, {status, repliedAt}), in pages, and queues each reminder in a
 * transaction of its own; message ids make a second run, or two at once, queue nothing
 * twice. A failure is logged and counted and does not stop the sweep.
 */
import { dueSoonNotices, DUE_SOON_BEFORE_MS, overdueNotices, OVERDUE_LOOKBACK_MS, ratingReminderNotices, RATING_REMINDER_AFTER_MS, type ReminderItem } from '../../domain/messages/reminders'
import { asItems } from '../kernel/reads'
import { MATTER_DEADLINES } from '../../domain/policy/defaults'
import type { Notice } from '../../domain/messages/notices'
import { leadersOf } from './notify'
import { queueMessage } from './outbox'
import type { DatabasePort, QueryCondition } from '../kernel/port'
import { runTransactionWithRetry } from '../kernel/transaction'

const PAGE = 100
const DAY_MS = 24 * 60 * 60 * 1000

export interface ReminderResult {
  queued: number
  failed: number
}

interface Sweep {
  where: QueryCondition
  field: 'dueAt' | 'repliedAt'
  notices(item: ReminderItem, leaders: (pointCode: string) => Promise<string[]>): Promise<Notice[]>
}

export async function queueReminders(db: DatabasePort, now: Date, outOfTime: () => boolean): Promise<ReminderResult> {
  const _ = db.command
  const open = _.in(['accepted', 'in_progress'])
  const at = (ms: number) => new Date(now.getTime() + ms)
  const leaderCache = new Map<string, Promise<string[]>>()
  const leaders = (code: string) => leaderCache.get(code) ?? leaderCache.set(code, leadersOf(db, code)).get(code)!
  const sweeps: Sweep[] = [
    { where: { status: open, dueAt: _.gt(now).and(_.lte(at(DUE_SOON_BEFORE_MS.important))) }, field: 'dueAt', notices: async (i) => dueSoonNotices(i, now) },
    {
      where: { status: open, dueAt: _.lte(now).and(_.gt(at(-OVERDUE_LOOKBACK_MS))) },
      field: 'dueAt',
      notices: async (i, of) => overdueNotices(i, now, await of(i.pointCode)),
    },
    {
      where: { status: 'replied', repliedAt: _.lte(at(-RATING_REMINDER_AFTER_MS)).and(_.gt(at(-MATTER_DEADLINES.ratingWindowDays * DAY_MS))) },
      field: 'repliedAt',
      notices: async (i) => ratingReminderNotices(i, now),
    },
  ]
  const result: ReminderResult = { queued: 0, failed: 0 }
  for (const sweep of sweeps) {
    for (let offset = 0; !outOfTime(); offset += PAGE) {
      const { data } = await db.collection('items').where(sweep.where).orderBy(sweep.field, 'asc').orderBy('_id', 'asc').skip(offset).limit(PAGE).get()
      for (const item of asItems(data)) {
        try {
          const notices = await sweep.notices(item, leaders)
          if (notices.length === 0) continue
          const fresh = await runTransactionWithRetry(db, async (tx) => {
            let n = 0
            for (const notice of notices) if (await queueMessage(tx, notice, now)) n++
            return n
          })
          result.queued += fresh
        } catch (err) {
          result.failed++
          console.error(`[shuoshi] reminder for matter ${item._id} failed:`, (err as Error).message)
        }
      }
      if (data.length < PAGE) break
    }
  }
  return result
}
