/**
 * The one write path of a board entry's moderation (domain/board/board.ts): in one transaction,
 * read the matter, check the caller's right to it, take the step — or answer a retry as
 * the first call was answered — and queue what the resident is told (messages/outbox.ts), so
 * the decision and its message land together or not at all.
 */
import { BOARD_STATUS_WORDS, boardNotice, type Step } from '../../domain/board/board'
import type { BoardState } from '../../domain/board/api'
import { runQueuingTransaction } from '../messages/queued-transaction'
import type { DatabasePort } from '../kernel/port'
import type { BoardRecord, ItemRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import type { RetryOptions } from '../kernel/transaction'
import { asItem } from '../kernel/reads'

export interface BoardChange {
  /** the caller's right to this matter's entry */
  allowed(item: ItemRecord): boolean
  /** what a caller without the right, or asking for a missing matter, is told: the same, so neither leaks */
  refusal: AppError
  /** a missing matter, to a caller whose right covers every point (else the refusal) */
  missing?: AppError
  step(board: BoardRecord): Step
  /** the entry after the step */
  apply(board: BoardRecord): BoardRecord
  /** e.g. 审核, 撤下: for the CONFLICT message */
  verb: string
  /** whether the resident is told (their own withdrawal tells them nothing) */
  tell: boolean
}

export const boardStateOf = (item: ItemRecord): BoardState | null =>
  item.board ? { status: item.board.status, reason: item.board.status === 'rejected' ? item.board.reason : null } : null

export async function changeBoard(
  db: DatabasePort,
  id: string,
  change: BoardChange,
  now: Date,
  queued: string[],
  retry?: RetryOptions,
): Promise<ItemRecord> {
  return runQueuingTransaction(db, now, queued, retry, async (tx, queue) => {
    const ref = tx.collection('items').doc(id)
    const item = asItem((await ref.get()).data)
    if (!item) throw change.missing ?? change.refusal
    if (!change.allowed(item)) throw change.refusal
    const { board } = item
    if (!board) throw new AppError('NOT_FOUND', '这件事没有申请公开')
    const step = change.step(board)
    if (step === 'same') return item
    if (step === 'conflict') {
      throw new AppError('CONFLICT', `这件事已经是“${BOARD_STATUS_WORDS[board.status]}”，不能再${change.verb}；请刷新后查看`)
    }
    const next: ItemRecord = { ...item, board: change.apply(board) }
    const { _id, ...fields } = next
    await ref.set({ data: fields })
    const notice = change.tell && next.board ? boardNotice(next, next.board.status, next.board.reason, now) : null
    if (notice) await queue(notice)
    return next
  })
}
