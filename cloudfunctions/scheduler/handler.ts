/**
 * The `scheduler` function, run by its timer trigger (config.json). It closes replies
 * left unrated for 14 days as 未评价. A mini-program user can call any function by
 * name, so a call that carries an OPENID is refused: only the timer runs this.
 */
import { RATING_WINDOW_DAYS } from '../../domain/deadlines'
import { changeItem } from '../lib/item-change'
import type { CloudPort } from '../lib/port'
import type { ItemRecord } from '../lib/records'
import { fail, ok, toFailure } from '../lib/respond'
import type { RetryOptions } from '../lib/transaction'

export interface SchedulerOptions {
  now?: () => Date
  retry?: RetryOptions
}

const BATCH = 100

export function createHandler(cloud: CloudPort, options: SchedulerOptions = {}) {
  const db = cloud.database({ throwOnNotFound: false })
  const _ = db.command

  async function closeUnrated(now: Date): Promise<number> {
    const cutoff = new Date(now.getTime() - RATING_WINDOW_DAYS * 24 * 60 * 60 * 1000)
    let closed = 0
    for (;;) {
      const { data } = await db
        .collection('items')
        .where({ status: 'replied', repliedAt: _.lte(cutoff) })
        .orderBy('repliedAt', 'asc')
        .limit(BATCH)
        .get()
      for (const item of data as ItemRecord[]) {
        await changeItem(
          db,
          item._id,
          {
            action: 'expireRating',
            roleOf: () => 'system',
            apply: (i) => ({
              ...i,
              closedAt: now,
              closedReason: 'unrated',
              timeline: [
                ...i.timeline,
                { type: 'close', at: now, actor: 'system', actorName: '系统', text: `${RATING_WINDOW_DAYS} 天内未评价，按“未评价”办结` },
              ],
            }),
          },
          now,
          options.retry,
        ).then(
          () => closed++,
          // rated meanwhile: the table refuses, which is fine
          () => undefined,
        )
      }
      if (data.length < BATCH) return closed
    }
  }

  return async function scheduler(event: unknown) {
    if (cloud.getWXContext().OPENID) return fail('FORBIDDEN')
    try {
      const now = options.now ? options.now() : new Date()
      const action = (event as { action?: unknown } | null)?.action ?? 'tick'
      if (action !== 'tick') return fail('INVALID_INPUT', '不支持的操作')
      return ok({ closedUnrated: await closeUnrated(now) })
    } catch (err) {
      return toFailure(err)
    }
  }
}
