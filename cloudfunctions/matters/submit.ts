import type { MatterResidentEvent } from '../../domain/matters/schemas'
import type { SubmitResult } from '../../domain/matters/api'
import { stableId } from '../kernel/ids'
import { assignFor } from './assignee'
import { assertOwnPhotos } from '../kernel/photos'
import { assertRateAllows, checkRate } from '../kernel/rate-limit'
import type { ItemRecord } from '../kernel/records'
import { createMatter } from './new-matter'
import type { ResidentContext } from '../kernel/resident-context'

const HOUR_MS = 60 * 60 * 1000

/**
 * 登记: validated by the dispatcher, then made by the one builder of matters
 * (new-matter.ts) with the resident's own rate limit counted in its transaction and the
 * matter routed to the point's responsible cadre.
 */
export async function submitItem(input: MatterResidentEvent<'item.submit'>, ctx: ResidentContext): Promise<SubmitResult> {
  const openid = ctx.openid()
  assertOwnPhotos(ctx.cloud, openid, input.photos)
  const limit = ctx.options.submitLimitPerHour
  const rate = { key: `submit-${openid}`, limit, windowMs: HOUR_MS, message: `提交太频繁：每小时最多登记 ${limit} 件，请稍后再试` }
  const item = await createMatter(
    ctx,
    {
      id: stableId(openid, input.requestId),
      requestId: input.requestId,
      ownerOpenid: openid,
      pointCode: input.pointCode,
      category: input.category,
      content: input.content,
      photos: input.photos ?? [],
      contact: input.contact,
      source: 'qr',
      author: openid,
    },
    {
      precheck: (db) => assertRateAllows(db, rate, ctx.now),
      prepare: (tx) => checkRate(tx, rate, ctx.now),
      // read in this transaction, and once more after it commits (new-matter.ts handOnIfLeft)
      responsible: async (tx, point) => ({ assignee: await assignFor(tx, point, input.category) }),
    },
  )
  return toResult(item)
}

function toResult(item: ItemRecord): SubmitResult {
  return { id: item._id, no: item.no, status: item.status, assignee: { name: item.assignee.name } }
}
