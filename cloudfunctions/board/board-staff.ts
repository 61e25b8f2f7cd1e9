/**
 * 大家说的事 审核: a leader of the point (or an admin) sees what residents made public,
 * the redacted text beside what was written, and approves it (通过) or keeps it off with
 * a reason (不公开); an approved entry may be taken down later. The right is checked
 * before anything is read (domain/board/policy.ts mayModerateBoard / boardModerationScope).
 */
import type { BoardPendingPage, BoardReviewEntry } from '../../domain/board/api'
import { reviewStep, withdrawStep } from '../../domain/board/board'
import { encodeTimeCursor, parseTimeCursor } from '../../domain/kernel/cursors'
import type { BoardStaffEvent } from '../../domain/board/schemas'
import { toChinaIso } from '../../domain/kernel/time'
import { changeBoard, type BoardChange } from './board-moderation'
import type { ItemRecord, StaffRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { requireScope, whereOf } from '../kernel/access'
import { boardModerationScope, mayModerateBoard } from '../../domain/board/policy'
import type { Scope } from '../../domain/kernel/scope'
import { managedPoints } from '../../domain/points/roles'
import type { StaffContext } from '../kernel/staff-context'
import { asItems } from '../kernel/reads'

const DEFAULT_PAGE = 10
const NO_RIGHT = '只有本说事点的领导可以审核公开的内容'
const MISSING = new AppError('NOT_FOUND', '没有找到这件事')

function toReviewEntry(item: ItemRecord): BoardReviewEntry {
  const board = item.board!
  return {
    id: item._id,
    no: item.no,
    pointCode: item.pointCode,
    pointName: item.pointName,
    category: item.category,
    status: board.status,
    content: board.content,
    answer: board.answer,
    originalContent: item.content,
    originalAnswer: item.reply?.answer ?? '',
    rating: { level: item.rating?.level ?? 'satisfied', solved: item.rating?.solved ?? false },
    at: toChinaIso(board.at),
    reason: board.reason,
  }
}

/** The caller, if they review anywhere at all: refused before anything is read. */
async function moderator(ctx: StaffContext): Promise<{ staff: StaffRecord; scope: Scope; everywhere: boolean }> {
  const staff = await ctx.caller()
  const scope = requireScope(boardModerationScope(staff), NO_RIGHT)
  return { staff, scope, everywhere: managedPoints(staff) === null }
}

export async function boardPending(input: BoardStaffEvent<'board.pending'>, ctx: StaffContext): Promise<BoardPendingPage> {
  const { scope } = await moderator(ctx)
  const _ = ctx.db.command
  const waiting = whereOf(ctx.db, { ...scope, 'board.status': 'pending' })
  let where = waiting
  if (input.cursor) {
    const c = parseTimeCursor(input.cursor)
    if (!c) throw new AppError('INVALID_INPUT', '分页参数无效，请刷新后重试')
    const at = new Date(c.t)
    where = _.and(waiting, _.or({ 'board.at': _.gt(at) }, { 'board.at': _.eq(at), seq: _.gt(c.seq) }))
  }
  const size = input.limit ?? DEFAULT_PAGE
  const items = ctx.db.collection('items')
  // oldest first: whoever waited longest is seen first
  const [{ data }, { total }] = await Promise.all([
    items.where(where).orderBy('board.at', 'asc').orderBy('seq', 'asc').limit(size + 1).get(),
    items.where(waiting).count(),
  ])
  const rows = asItems(data).slice(0, size)
  const last = rows[rows.length - 1]
  return {
    items: rows.map(toReviewEntry),
    nextCursor: data.length > size && last?.board ? encodeTimeCursor({ t: last.board.at.getTime(), seq: last.seq }) : null,
    total,
  }
}

/** A leader's step on one entry: rights from the moderator's points, the resident told. */
async function moderate(
  ctx: StaffContext,
  id: string,
  change: (staff: StaffRecord) => Pick<BoardChange, 'step' | 'apply' | 'verb'>,
): Promise<BoardReviewEntry> {
  const { staff, everywhere } = await moderator(ctx)
  const item = await changeBoard(
    ctx.db,
    id,
    {
      allowed: (i) => mayModerateBoard(staff, i.pointCode),
      refusal: new AppError('FORBIDDEN', NO_RIGHT),
      missing: everywhere ? MISSING : undefined,
      ...change(staff),
      tell: true,
    },
    ctx.now,
    ctx.queued,
    ctx.options.retry,
  )
  return toReviewEntry(item)
}

export function boardReview(input: BoardStaffEvent<'board.review'>, ctx: StaffContext): Promise<BoardReviewEntry> {
  const reason = input.approve ? null : (input.reason ?? null)
  return moderate(ctx, input.id, (staff) => ({
    step: (b) => reviewStep(b.status, input.approve),
    apply: (b) => ({
      ...b,
      status: input.approve ? 'approved' : 'rejected',
      reviewedBy: staff.openid,
      reviewerName: staff.name,
      reviewedAt: ctx.now,
      reason,
    }),
    verb: '审核',
  }))
}

export function boardWithdraw(input: BoardStaffEvent<'board.withdraw'>, ctx: StaffContext): Promise<BoardReviewEntry> {
  return moderate(ctx, input.id, () => ({
    step: (b) => withdrawStep(b.status, 'staff'),
    apply: (b) => ({ ...b, status: 'withdrawn', withdrawnBy: 'staff', withdrawnAt: ctx.now }),
    verb: '撤下',
  }))
}
