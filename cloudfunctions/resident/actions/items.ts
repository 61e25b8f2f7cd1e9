import type { ItemDetail, ItemSummary, PhotoView } from '../../../domain/api'
import type { ResidentEvent } from '../../../domain/schemas'
import { toChinaIso } from '../../../domain/time'
import { AppError } from '../../lib/respond'
import type { CloudPort, QueryCondition } from '../../lib/port'
import type { ItemRecord } from '../../lib/records'
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

export function toSummary(item: ItemRecord): ItemSummary {
  return {
    id: item._id,
    no: item.no,
    category: item.category,
    status: item.status,
    createdAt: toChinaIso(item.createdAt),
    pointName: item.pointName,
  }
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

/** A resident's own matter. Someone else's and a missing one answer alike: nothing leaks. */
export async function getItem(input: ResidentEvent<'item.get'>, ctx: ResidentContext): Promise<ItemDetail> {
  const item = (await ctx.db.collection('items').doc(input.id).get()).data as ItemRecord | null
  if (!item || item.ownerOpenid !== ctx.openid()) {
    throw new AppError('NOT_FOUND', '没有找到这件事，或您无权查看')
  }
  return {
    ...toSummary(item),
    content: item.content,
    photos: await photoViews(ctx.cloud, item.photos),
    contact: item.contact,
    assignee: { name: item.assignee.name },
    dueAt: item.dueAt ? toChinaIso(item.dueAt) : null,
    timeline: item.timeline
      .filter((e) => !e.internal)
      .map((e) => ({ type: e.type, at: toChinaIso(e.at), text: e.text })),
  }
}

async function photoViews(cloud: CloudPort, fileIDs: string[]): Promise<PhotoView[]> {
  if (fileIDs.length === 0) return []
  const { fileList } = await cloud.getTempFileURL({ fileList: fileIDs })
  const urls = new Map(fileList.map((f) => [f.fileID, f.status === 0 ? f.tempFileURL : '']))
  return fileIDs.map((fileID) => ({ fileID, url: urls.get(fileID) ?? '' }))
}
