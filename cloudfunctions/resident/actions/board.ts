/**
 * 大家说的事: a point's answered matters whose residents agreed to make them public, newest
 * first, as redacted and checked when they were made public (lib/board-entry.ts). No
 * contact, no photos, no owner: nothing here tells who asked.
 */
import type { BoardEntry, BoardPage } from '../../../domain/api-board'
import { encodeTimeCursor, parseTimeCursor } from '../../../domain/cursors'
import { monthKey } from '../../../domain/numbering'
import type { ResidentEvent } from '../../../domain/schemas'
import { findActivePoint } from '../../lib/collections'
import type { QueryCondition } from '../../lib/port'
import type { ItemRecord } from '../../lib/records'
import { AppError } from '../../lib/respond'
import type { ResidentContext } from '../context'
import { pointHeadline } from './board-headline'

const PAGE = 10

function toEntry(item: ItemRecord): BoardEntry | null {
  const { board, rating } = item
  if (!board || !rating) return null
  const month = monthKey(item.repliedAt ?? board.at)
  return {
    id: item._id,
    category: item.category,
    content: board.content,
    answer: board.answer,
    rating: { level: rating.level, solved: rating.solved },
    month: `${month.slice(0, 4)}-${month.slice(4)}`,
  }
}

export async function listBoard(input: ResidentEvent<'board.list'>, ctx: ResidentContext): Promise<BoardPage> {
  ctx.openid() // residents only: a call without identity is refused before anything is read
  const { db } = ctx
  const _ = db.command
  const point = await findActivePoint(db, input.pointCode)
  const shown: QueryCondition = { pointCode: point.code, 'board.shown': true, status: 'closed', closedReason: 'rated' }
  let where = shown
  if (input.cursor) {
    const c = parseTimeCursor(input.cursor)
    if (!c) throw new AppError('INVALID_INPUT', '分页参数无效，请刷新后重试')
    const at = new Date(c.t)
    where = _.and(shown, _.or({ 'board.at': _.lt(at) }, { 'board.at': _.eq(at), seq: _.lt(c.seq) }))
  }
  const [{ data }, headline] = await Promise.all([
    db.collection('items').where(where).orderBy('board.at', 'desc').orderBy('seq', 'desc').limit(PAGE + 1).get(),
    input.cursor ? Promise.resolve(null) : pointHeadline(db, point.code, ctx.now),
  ])
  const rows = (data as ItemRecord[]).slice(0, PAGE)
  const last = rows[rows.length - 1]
  const more = data.length > PAGE && last?.board
  return {
    pointName: point.name,
    headline,
    items: rows.map(toEntry).filter((e): e is BoardEntry => e !== null),
    nextCursor: more && last.board ? encodeTimeCursor({ t: last.board.at.getTime(), seq: last.seq }) : null,
  }
}
