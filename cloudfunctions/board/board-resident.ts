/**
 * 大家说的事: a point's answered matters whose residents agreed to make them public and a
 * leader of the point approved, newest first, as redacted and checked when they were made
 * public (board/board-entry.ts). No contact, no photos, no owner: nothing here tells who
 * asked. The resident may take their own entry down (board.withdraw).
 */
import type { BoardEntry, BoardHeadline, BoardPage, BoardState } from '../../domain/board/api'
import { withdrawStep } from '../../domain/board/board'
import { encodeTimeCursor, parseTimeCursor } from '../../domain/kernel/cursors'
import { monthKey } from '../../domain/matters/numbering'
import { periodInstants } from '../../domain/kernel/periods'
import type { BoardResidentEvent } from '../../domain/board/schemas'
import { chinaWallClock } from '../../domain/kernel/time'
import { boardStateOf, changeBoard } from './board-moderation'
import { findActivePoint } from '../kernel/collections'
import { matterFigures } from '../figures/figures-points'
import type { DatabasePort, QueryCondition } from '../kernel/port'
import type { ItemRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { workBudgetMs } from '../kernel/timeouts'
import type { ResidentContext } from '../kernel/resident-context'
import { asItems } from '../kernel/reads'

const PAGE = 10

function toEntry(item: ItemRecord): BoardEntry | null {
  const { board, rating } = item
  // a rating a cadre recorded on a 回访 is never shown as the resident's
  if (!board || !rating || rating.recordedBy) return null
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

/** This year's figures of the point: 数字's own computation over 1 January – 31 December. */
export async function pointHeadline(db: DatabasePort, pointCode: string, now: Date): Promise<BoardHeadline> {
  const year = chinaWallClock(now).year()
  const period = periodInstants({ from: `${year}-01-01`, to: `${year}-12-31` })
  const started = Date.now()
  const outOfTime = () => Date.now() - started > workBudgetMs('resident')
  const f = await matterFigures(db, { pointCodes: [pointCode], cadre: null, ...period }, now, outOfTime)
  return {
    year,
    collected: f.counts.collected,
    answeredClosed: f.counts.answeredClosed,
    feedbackRate: f.feedbackRate,
    rated: f.counts.rated,
    satisfactionRate: f.satisfaction,
  }
}

export async function listBoard(input: BoardResidentEvent<'board.list'>, ctx: ResidentContext): Promise<BoardPage> {
  ctx.openid() // residents only: a call without identity is refused before anything is read
  const { db } = ctx
  const _ = db.command
  const point = await findActivePoint(db, input.pointCode)
  const shown: QueryCondition = { pointCode: point.code, 'board.status': 'approved' }
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
  const rows = asItems(data).slice(0, PAGE)
  const last = rows[rows.length - 1]
  const more = data.length > PAGE && last?.board
  return {
    pointName: point.name,
    headline,
    items: rows.map(toEntry).filter((e): e is BoardEntry => e !== null),
    nextCursor: more && last.board ? encodeTimeCursor({ t: last.board.at.getTime(), seq: last.seq }) : null,
  }
}

/** The resident takes their own matter off the board, or out of review. */
export async function withdrawBoard(input: BoardResidentEvent<'board.withdraw'>, ctx: ResidentContext): Promise<BoardState> {
  const openid = ctx.openid()
  const notFound = new AppError('NOT_FOUND', '没有找到这件事，或您无权查看')
  const item = await changeBoard(
    ctx.db,
    input.id,
    {
      // someone else's matter answers like a missing one
      allowed: (i) => i.ownerOpenid === openid,
      refusal: notFound,
      step: (b) => withdrawStep(b.status, 'owner'),
      apply: (b) => ({ ...b, status: 'withdrawn', withdrawnBy: 'owner', withdrawnAt: ctx.now }),
      verb: '撤下',
      tell: false,
    },
    ctx.now,
    ctx.queued,
    ctx.options.retry,
  )
  return boardStateOf(item)!
}
