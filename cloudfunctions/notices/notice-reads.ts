/** Reads of published notices that both functions answer with. */
import type { NoticeLink } from '../../domain/notices/api'
import { publicNoticeScope } from '../../domain/notices/policy'
import { whereOf } from '../kernel/access'
import type { DatabasePort } from '../kernel/port'
import { readPage } from '../kernel/paging'
import { notices } from './notice-records'
import { linkOf } from './notice-view'

/** At most this many notices answer one matter on its page (a matter is one concern, seldom more than one). */
const PER_ITEM = 10

export async function publishedOfItem(db: DatabasePort, itemId: string): Promise<NoticeLink[]> {
  const { data } = await db.collection('notices').where({ itemIds: itemId, status: 'published' }).orderBy('publishedAt', 'desc').limit(PER_ITEM).get()
  return notices.all(data).map(linkOf)
}

export async function publishedAtPoint(db: DatabasePort, pointCode: string, page: { cursor?: string; limit?: number }) {
  const query = db.collection('notices').where(whereOf(db, publicNoticeScope(pointCode))).orderBy('publishedAt', 'desc')
  const { rows, nextCursor } = await readPage(query, page, 10, notices.all)
  return { notices: rows.map(linkOf), nextCursor }
}
