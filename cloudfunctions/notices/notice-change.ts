/**
 * The one write path of `notices`. Saving checks the leader's words (refused numbers,
 * masked addresses: domain/notices/notices.ts) and that every linked matter is the point's.
 *
 * Publishing tells each resident who raised a linked matter, once, in the same transaction
 * as the change it reports: the first TELL_BATCH residents are told in the very transaction
 * that publishes; if there are more, each further transaction tells the next batch and
 * marks them told on the notice. A message's id is derived from the notice and the
 * resident (messages/outbox.ts), so a retried batch, a call cut short and published again,
 * a republish after a withdrawal, or a resident with two linked matters never tells anyone
 * twice. A call that runs out of time leaves the rest for the next publish (the editor
 * shows 待通知 and offers it).
 */
import { linkedMatter, publicNoticeText, recipientsOf, noticeMessage, TELL_BATCH, editable, type NoticeText } from '../../domain/notices/notices'
import type { NoticeStaffEvent } from '../../domain/notices/schemas'
import { mayEditNotice } from '../../domain/notices/policy'
import { runQueuingTransaction } from '../messages/queued-transaction'
import { findActivePoint } from '../kernel/collections'
import { newId, stableId } from '../kernel/ids'
import type { DatabasePort } from '../kernel/port'
import type { ItemRecord, StaffRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { workBudgetMs } from '../kernel/timeouts'
import { runTransactionWithRetry } from '../kernel/transaction'
import type { StaffContext } from '../kernel/staff-context'
import { asItems } from '../kernel/reads'
import { notices, type NoticeRecord } from './notice-records'

export const NOTICE_REFUSED = '只有本说事点的领导可以编写和发布公告'

const withoutId = ({ _id, ...fields }: NoticeRecord) => fields

/** The linked matters, in the order given; each must be a matter of the point. */
async function linkedItems(db: DatabasePort, pointCode: string, ids: readonly string[]): Promise<ItemRecord[]> {
  const _ = db.command
  const { data } = await db.collection('items').where({ _id: _.in([...ids]) }).limit(ids.length).get()
  const byId = new Map(asItems(data).map((i) => [i._id, i]))
  return ids.map((id) => {
    const item = byId.get(id)
    if (!item || item.pointCode !== pointCode) throw new AppError('INVALID_INPUT', '选择的事项有的不是本说事点的，或已不存在，请重新选择')
    return item
  })
}

/** A notice the caller may edit; another point's and a missing one are refused alike. */
export function editableBy(staff: StaffRecord, n: NoticeRecord | null): NoticeRecord {
  if (!n || !mayEditNotice(staff, n)) throw new AppError('FORBIDDEN', NOTICE_REFUSED)
  return n
}

export async function saveNotice(ctx: StaffContext, staff: StaffRecord, input: NoticeStaffEvent<'notices.save'>): Promise<NoticeRecord> {
  const checked = publicNoticeText(input as NoticeText)
  if (!checked.ok) throw new AppError('INVALID_INPUT', checked.message)
  const point = await findActivePoint(ctx.db, input.pointCode)
  const items = await linkedItems(ctx.db, point.code, input.itemIds)
  const id = input.id ?? (input.requestId ? stableId('notice', staff.openid, input.requestId) : newId())
  return runTransactionWithRetry(
    ctx.db,
    async (tx) => {
      const ref = tx.collection('notices').doc(id)
      const before = notices.one((await ref.get()).data)
      // a resent new draft finds the one its first sending wrote
      if (before && !input.id) return editableBy(staff, before)
      if (input.id) {
        const n = editableBy(staff, before)
        if (n.pointCode !== point.code) throw new AppError('FORBIDDEN', NOTICE_REFUSED)
        if (!editable(n.status)) throw new AppError('CONFLICT', '公告已发布，先撤下再修改')
      }
      const next: NoticeRecord = {
        _id: id,
        pointCode: point.code,
        pointName: point.name,
        ...checked.text,
        itemIds: items.map((i) => i._id),
        matters: items.map(linkedMatter),
        status: before?.status ?? 'draft',
        createdBy: before?.createdBy ?? staff.openid,
        createdByName: before?.createdByName ?? staff.name,
        createdAt: before?.createdAt ?? ctx.now,
        updatedBy: staff.openid,
        updatedAt: ctx.now,
        publishedAt: before?.publishedAt ?? null,
        publishedBy: before?.publishedBy ?? null,
        withdrawnAt: before?.withdrawnAt ?? null,
        recipients: before?.recipients ?? [],
        told: before?.told ?? [],
      }
      await ref.set({ data: withoutId(next) })
      return next
    },
    ctx.options.retry,
  )
}

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i])

/** Publishes (or finishes telling) the notice; answers it as it stands after this call. */
export async function publishNotice(ctx: StaffContext, staff: StaffRecord, first: NoticeRecord): Promise<NoticeRecord> {
  const point = await findActivePoint(ctx.db, first.pointCode)
  const recipients = recipientsOf(await linkedItems(ctx.db, first.pointCode, first.itemIds))
  const deadline = Date.now() + workBudgetMs('staff') * 0.8
  let current = first
  do {
    current = await runQueuingTransaction(ctx.db, ctx.now, ctx.queued, ctx.options.retry, async (tx, queue) => {
      const ref = tx.collection('notices').doc(first._id)
      const n = editableBy(staff, notices.one((await ref.get()).data))
      if (!sameIds(n.itemIds, first.itemIds)) throw new AppError('CONFLICT', '公告刚被修改过，请刷新后再发布')
      const publishing = n.status !== 'published'
      const toTell = recipients.filter((r) => !n.told.includes(r.openid))
      if (!publishing && toTell.length === 0) return n
      const batch = toTell.slice(0, TELL_BATCH)
      for (const r of batch) {
        const matter = n.matters.find((m) => m.itemId === r.itemId)!
        await queue(noticeMessage({ id: n._id, title: n.title, pointName: point.name }, r.openid, matter, ctx.now))
      }
      const next: NoticeRecord = {
        ...n,
        status: 'published',
        publishedAt: n.publishedAt ?? ctx.now,
        publishedBy: n.publishedBy ?? staff.openid,
        updatedBy: staff.openid,
        updatedAt: publishing ? ctx.now : n.updatedAt,
        recipients,
        told: [...n.told, ...batch.map((r) => r.openid)],
      }
      await ref.set({ data: withoutId(next) })
      return next
    })
  } while (current.recipients.some((r) => !current.told.includes(r.openid)) && Date.now() < deadline)
  return current
}

/** Takes a published notice off the pages; withdrawing it again answers as the first time. */
export async function withdrawNotice(ctx: StaffContext, staff: StaffRecord, id: string): Promise<NoticeRecord> {
  return runTransactionWithRetry(
    ctx.db,
    async (tx) => {
      const ref = tx.collection('notices').doc(id)
      const n = editableBy(staff, notices.one((await ref.get()).data))
      if (n.status === 'withdrawn') return n
      if (n.status === 'draft') throw new AppError('CONFLICT', '草稿还没有发布，不用撤下')
      const next: NoticeRecord = { ...n, status: 'withdrawn', withdrawnAt: ctx.now, updatedBy: staff.openid, updatedAt: ctx.now }
      await ref.set({ data: withoutId(next) })
      return next
    },
    ctx.options.retry,
  )
}
