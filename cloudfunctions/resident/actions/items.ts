import type { ItemDetail } from '../../../domain/api'
import type { ResidentEvent } from '../../../domain/schemas'
import { toResidentDetail, toSummary } from '../../lib/item-view'
import type { QueryCondition } from '../../lib/port'
import type { ItemRecord } from '../../lib/records'
import { AppError } from '../../lib/respond'
import type { ResidentContext } from '../context'

const DEFAULT_PAGE = 10

interface Cursor {
  t: number
  seq: number
}

function encodeCursor(item: ItemRecord): string {
  return Buffer.from(JSON.stringify({ t: item.createdAt.getTime(), seq: item.seq } satisfies Cursor)).toString('base64url')
}

function decodeCursor(raw: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Cursor
    if (Number.isFinite(c.t) && Number.isInteger(c.seq)) return c
  } catch {
    // fall through to the error below
  }
  throw new AppError('INVALID_INPUT', '分页参数无效，请刷新后重试')
}

/**
 * 我的: newest first, keyset-paginated on (createdAt, seq) so pages never overlap or skip
 * even when several matters share a timestamp.
 */
export async function listMine(input: ResidentEvent<'item.listMine'>, ctx: ResidentContext) {
  const { db } = ctx
  const _ = db.command
  const owner = { ownerOpenid: ctx.openid() }
  const pageSize = input.limit ?? DEFAULT_PAGE
  let condition: QueryCondition = owner
  if (input.cursor) {
    const c = decodeCursor(input.cursor)
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
  const page = (data as ItemRecord[]).slice(0, pageSize)
  const more = data.length > pageSize
  return { items: page.map(toSummary), nextCursor: more ? encodeCursor(page[page.length - 1]) : null }
}

/** The caller's own matter. Someone else's and a missing one answer alike: nothing leaks. */
export async function loadOwnItem(ctx: ResidentContext, id: string): Promise<ItemRecord> {
  const item = (await ctx.db.collection('items').doc(id).get()).data as ItemRecord | null
  if (!item || item.ownerOpenid !== ctx.openid()) {
    throw new AppError('NOT_FOUND', '没有找到这件事，或您无权查看')
  }
  return item
}

export async function getItem(input: ResidentEvent<'item.get'>, ctx: ResidentContext): Promise<ItemDetail> {
  return toResidentDetail(ctx.cloud, await loadOwnItem(ctx, input.id))
}
