/**
 * Every change to a matter goes through here: in one transaction, read the matter, work
 * out the caller's relation to it, check the transition table, apply the change and
 * write it back. A concurrent change makes the transaction conflict and retry; on the
 * retry the matter has moved on and the table refuses: the loser gets CONFLICT, and the
 * timeline never records the same step twice. The change that settles a matter (办结,
 * 撤回) also adds it to its point's monthly roll-up, in the same transaction.
 */
import { STATUS_LABELS, type ItemStatus } from '../../domain/matters/status'
import { checkTransition, type ActorRole, type ItemAction } from '../../domain/matters/transitions'
import { leadersOf, queueNotices } from '../messages/notify'
import type { DatabasePort, TransactionPort } from '../kernel/port'
import type { ItemRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { runTransactionWithRetry, type RetryOptions } from '../kernel/transaction'
import { asItem } from '../kernel/reads'
import { settleInRollup } from '../figures/rollup-write'

export interface ItemChange {
  action: ItemAction
  /** the caller's relation to this matter; null = none at all */
  roleOf(item: ItemRecord): ActorRole | null
  /** for `rate`: 不满意 reopens rather than closes */
  unsatisfied?: boolean
  /**
   * The matter after the change; `to` is the status the table leads to. Runs only once
   * the caller's right and the status are checked, so its own preconditions (which may
   * throw) tell nothing to someone without the right. Pure.
   */
  apply(item: ItemRecord, to: ItemStatus): ItemRecord
  /**
   * Runs in the same transaction once the right and the status are checked, before
   * `apply`: for what the change relies on in other documents (e.g. that the new cadre is
   * still active, see matters/assignee.ts). Single-document operations only.
   */
  prepare?(tx: TransactionPort, item: ItemRecord): Promise<void>
}

const ACTION_LABELS: Record<ItemAction, string> = {
  accept: '受理',
  replyOnSpot: '当场答复',
  progress: '记录进展',
  transfer: '转办',
  escalate: '上报',
  escalationAnswer: '记录部门答复',
  decide: '记录议定结果',
  extend: '延期',
  reply: '答复',
  withdraw: '撤回',
  supplement: '补充',
  rate: '评议',
  recordRating: '记录回访评价',
  expireRating: '办结',
  handover: '移交',
}

/** Changes whose notices may go to the point's leaders (a second extension, a second 不满意). */
const TELLS_LEADERS: ReadonlySet<ItemAction> = new Set(['extend', 'rate', 'recordRating'])

/**
 * The checked change inside the caller's transaction: the caller's right, the transition
 * table, the change, the one write of the matter and its notices. `item` is the matter as
 * read in `tx`, or one being registered in it (当场答复 at the desk: registered and
 * replied in one write, so a refused reply leaves nothing registered).
 */
export async function changeItemTx(
  tx: TransactionPort,
  item: ItemRecord,
  change: ItemChange,
  now: Date,
  leaders: readonly string[],
  queued: string[],
): Promise<ItemRecord> {
  const role = change.roleOf(item)
  if (!role) throw new AppError('FORBIDDEN', '您无权处理这件事')
  const check = checkTransition(change.action, item.status, role, { unsatisfied: change.unsatisfied })
  if (!check.ok) {
    if (check.reason === 'forbidden') throw new AppError('FORBIDDEN', `您无权${ACTION_LABELS[change.action]}这件事`)
    throw new AppError('CONFLICT', `这件事现在是“${STATUS_LABELS[item.status]}”，不能${ACTION_LABELS[change.action]}；请刷新后查看`)
  }
  if (change.prepare) await change.prepare(tx, item)
  const next = { ...change.apply(item, check.to), status: check.to, updatedAt: now }
  const { _id, ...fields } = next
  await tx.collection('items').doc(_id).set({ data: fields })
  // 办结 and 撤回 add the matter to its point's month (figures/rollup-write.ts)
  await settleInRollup(tx, item, next, now)
  await queueNotices(tx, item, next, leaders, now, queued)
  return next
}

export async function changeItem(
  db: DatabasePort,
  id: string,
  change: ItemChange,
  now: Date,
  retry?: RetryOptions,
  /** collects the ids of the messages the change queued (see messages/notify.ts) */
  queued: string[] = [],
): Promise<ItemRecord> {
  // a transaction allows no queries: the leaders are read before it
  const pointCode = TELLS_LEADERS.has(change.action) ? asItem((await db.collection('items').doc(id).get()).data)?.pointCode : undefined
  const leaders = pointCode ? await leadersOf(db, pointCode) : []
  const queuedHere: string[] = []
  const result = await runTransactionWithRetry(
    db,
    async (tx) => {
      const item = asItem((await tx.collection('items').doc(id).get()).data)
      if (!item) throw new AppError('NOT_FOUND', '没有找到这件事')
      queuedHere.length = 0 // a retried attempt queues afresh
      return changeItemTx(tx, item, change, now, leaders, queuedHere)
    },
    retry,
  )
  queued.push(...queuedHere)
  return result
}
