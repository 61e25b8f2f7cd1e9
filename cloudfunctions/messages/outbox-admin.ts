/** Admins see what could not be sent, and send a failed message again. */
import type { MessageStaffEvent } from '../../domain/messages/schemas'
import type { OutboxPage, OutboxView } from '../../domain/messages/api'
import { toChinaIso } from '../../domain/kernel/time'
import type { OutboxRecord } from './outbox'
import { readPage } from '../kernel/paging'
import { AppError } from '../kernel/respond'
import { runTransactionWithRetry } from '../kernel/transaction'
import { requireRight } from '../kernel/access'
import { mayManageOutbox } from '../../domain/messages/policy'
import type { StaffContext } from '../kernel/staff-context'
import { asOutbox, asOutboxList } from './outbox'

const DEFAULT_PAGE = 20

function toView(m: OutboxRecord): OutboxView {
  return {
    id: m._id,
    recipient: m.recipient,
    template: m.template,
    page: m.page,
    status: m.status,
    attempts: m.attempts,
    lastError: m.lastError,
    createdAt: toChinaIso(m.createdAt),
    sentAt: m.sentAt ? toChinaIso(m.sentAt) : null,
  }
}

export async function listOutbox(input: MessageStaffEvent<'outbox.list'>, ctx: StaffContext): Promise<OutboxPage> {
  requireRight(mayManageOutbox(await ctx.caller()))
  const query = ctx.db.collection('outbox').where({ status: input.status }).orderBy('createdAt', 'desc')
  const page = await readPage(query, input, DEFAULT_PAGE, asOutboxList)
  return { items: page.rows.map(toView), nextCursor: page.nextCursor }
}

/** A failed message goes back to the queue with fresh attempts; the next drain sends it. */
export async function retryOutbox(input: MessageStaffEvent<'outbox.retry'>, ctx: StaffContext): Promise<OutboxView> {
  requireRight(mayManageOutbox(await ctx.caller()))
  return runTransactionWithRetry(ctx.db, async (tx) => {
    const ref = tx.collection('outbox').doc(input.id)
    const m = asOutbox((await ref.get()).data)
    if (!m) throw new AppError('NOT_FOUND', '没有这条消息')
    if (m.status !== 'failed') throw new AppError('CONFLICT', '只有发送失败的消息可以重发')
    const patch = { status: 'queued' as const, attempts: 0, nextAttemptAt: ctx.now, lastError: null }
    await ref.update({ data: patch })
    return toView({ ...m, ...patch })
  })
}
