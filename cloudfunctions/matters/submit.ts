import type { MatterResidentEvent } from '../../domain/matters/schemas'
import type { SubmitResult } from '../../domain/matters/api'
import { findActivePoint } from '../kernel/collections'
import { stableId } from '../kernel/ids'
import { assignFor } from './assignee'
import { queueNotices } from '../messages/notify'
import { assertOwnPhotos } from '../kernel/photos'
import { checkRate } from '../kernel/rate-limit'
import { takeNumber } from './numbering'
import type { ItemRecord } from '../kernel/records'
import { checkText } from '../kernel/content-check'
import { runTransactionWithRetry } from '../kernel/transaction'
import type { ResidentContext } from '../kernel/resident-context'

const HOUR_MS = 60 * 60 * 1000

/**
 * 登记: validates (done by the dispatcher), checks the text, and in one transaction
 * routes the matter to an active cadre, hands out the month's next number, counts the
 * resident's rate limit and writes the matter. The matter's id is derived from (openid, requestId),
 * so a repeated request finds the matter it already made instead of making a second.
 */
export async function submitItem(input: MatterResidentEvent<'item.submit'>, ctx: ResidentContext): Promise<SubmitResult> {
  const { db, now } = ctx
  const openid = ctx.openid()
  assertOwnPhotos(ctx.cloud, openid, input.photos)
  const id = stableId(openid, input.requestId)

  const existing = (await db.collection('items').doc(id).get()).data as ItemRecord | null
  if (existing) return toResult(existing)

  const point = await findActivePoint(db, input.pointCode)
  const review = await checkText(ctx.cloud, openid, input.content)

  const limit = ctx.options.submitLimitPerHour
  const queued: string[] = []
  const outcome = await runTransactionWithRetry(
    db,
    async (tx) => {
      const items = tx.collection('items')
      const again = (await items.doc(id).get()).data as ItemRecord | null
      if (again) return again

      const rate = await checkRate(
        tx,
        { key: `submit-${openid}`, limit, windowMs: HOUR_MS, message: `提交太频繁：每小时最多登记 ${limit} 件，请稍后再试` },
        now,
      )

      // read (and touched) in this transaction, so a concurrent deactivation conflicts
      const assignee = await assignFor(tx, point, input.category)

      const { no, month, seq, record } = await takeNumber(tx, now)

      const item: ItemRecord = {
        _id: id,
        no,
        month,
        seq,
        requestId: input.requestId,
        ownerOpenid: openid,
        pointCode: point.code,
        pointName: point.name,
        category: input.category,
        content: input.content,
        photos: input.photos ?? [],
        contact: input.contact,
        status: 'submitted',
        assignee: { openid: assignee.openid, name: assignee.name },
        dueAt: null,
        contentReview: review,
        timeline: [
          { type: 'register', at: now, actor: openid, actorName: '居民', text: `已登记，登记编号 ${no}` },
          { type: 'assign', at: now, actor: 'system', actorName: '系统', text: `已分派给${assignee.name}负责办理` },
        ],
        createdAt: now,
        updatedAt: now,
      }
      await rate.record()
      await record()
      const { _id, ...fields } = item
      await items.doc(_id).set({ data: fields })
      queued.length = 0 // a retried attempt queues afresh
      await queueNotices(tx, null, item, [], now, queued)
      return item
    },
    ctx.options.retry,
  )
  ctx.queued.push(...queued)
  return toResult(outcome)
}

function toResult(item: ItemRecord): SubmitResult {
  return { id: item._id, no: item.no, status: item.status, assignee: { name: item.assignee.name } }
}
