import type { MatterResidentEvent } from '../../domain/matters/schemas'
import type { ItemDetail } from '../../domain/matters/api'
import { encodeTimeCursor, parseTimeCursor } from '../../domain/kernel/cursors'
import { boardStateOf } from '../board/board-moderation'
import { toResidentDetail, toSummary } from './item-view'
import { loadOwnItem } from './own-item'
import type { QueryCondition } from '../kernel/port'
import type { ItemRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import type { ResidentContext } from '../kernel/resident-context'
import { asItems } from '../kernel/reads'

const DEFAULT_PAGE = 10

function cursorOf(item: ItemRecord): string {
  return encodeTimeCursor({ t: item.createdAt.getTime(), seq: item.seq })
}

/**
 * 我的: newest first, keyset-paginated on (createdAt, seq) so pages never overlap or skip
 * even when several matters share a timestamp.
 */
export async function listMine(input: MatterResidentEvent<'item.listMine'>, ctx: ResidentContext) {
  const { db } = ctx
  const _ = db.command
  const owner = { ownerOpenid: ctx.openid() }
  const pageSize = input.limit ?? DEFAULT_PAGE
  let condition: QueryCondition = owner
  if (input.cursor) {
    // the schema has checked it; a null here would be a bug
    const c = parseTimeCursor(input.cursor)
    if (!c) throw new AppError('INVALID_INPUT', '分页参数无效，请刷新后重试')
    const at = new Date(c.t)
    condition = _.and(owner, _.or({ createdAt: _.lt(at) }, { createdAt: _.eq(at), seq: _.lt(c.seq) }))
  }
  const { data } = await db
    .collection('items')
    .where(condition)
    .orderBy('createdAt', 'desc')
    .orderBy('seq', 'desc')
    .limit(pageSize + 1)
    .get()
  const page = asItems(data).slice(0, pageSize)
  const more = data.length > pageSize
  return { items: page.map((i) => ({ ...toSummary(i), board: boardStateOf(i) })), nextCursor: more ? cursorOf(page[page.length - 1]) : null }
}

export async function getItem(input: MatterResidentEvent<'item.get'>, ctx: ResidentContext): Promise<ItemDetail> {
  return toResidentDetail(ctx.cloud, await loadOwnItem(ctx, input.id))
}
