/**
 * A matter a cadre registers for a resident (代登记 at the point, or 登记为诉求 from a
 * 民情日记 visit): numbered like any other, with no owner openid, the registering cadre
 * responsible (谁接访、谁负责). One path for both, so numbering, the content check and the
 * first timeline entry never differ. The same `id` makes one matter.
 */
import type { Category } from '../../domain/matters/categories'
import type { AnswerOnSpot, Contact } from '../../domain/matters/schemas'
import { claimActive } from './assignee'
import { findActivePoint } from '../kernel/collections'
import { checkText } from '../kernel/content-check'
import { takeNumber } from './numbering'
import type { TransactionPort } from '../kernel/port'
import type { ItemRecord, StaffRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { runTransactionWithRetry } from '../kernel/transaction'
import type { StaffContext } from '../kernel/staff-context'
import { writeRegistered } from './register-write'

export interface MatterForResident {
  /** the matter's id, stable for the request (kernel/ids.ts stableId) */
  id: string
  /** unique per cadre: the (owner, requestId) index holds for matters without an owner too */
  requestId: string
  pointCode: string
  category: Category
  content: string
  contact: Contact
  source: 'walk-in' | 'visit'
  /** how it came in, for the first timeline entry, e.g. 代居民登记 */
  how: string
  /** 当场答复: registered and replied in the one write (register-write.ts) */
  answerOnSpot?: AnswerOnSpot
}

/**
 * Registers the matter, or finds it registered. `alongside` runs in the same transaction
 * with the matter (new or found), for a record that must name it (e.g. the visit).
 */
export async function registerForResidentTx(
  ctx: StaffContext,
  staff: StaffRecord,
  m: MatterForResident,
  alongside?: (tx: TransactionPort, item: ItemRecord) => Promise<void>,
): Promise<ItemRecord> {
  const { db, now } = ctx
  const existing = (await db.collection('items').doc(m.id).get()).data as ItemRecord | null
  if (existing && !alongside) return existing
  const point = await findActivePoint(db, m.pointCode)
  const review = existing ? existing.contentReview : await checkText(ctx.cloud, staff.openid, m.content)

  const queued: string[] = []
  const item = await runTransactionWithRetry(db, async (tx) => {
    queued.length = 0 // a retried attempt queues afresh
    const again = (await tx.collection('items').doc(m.id).get()).data as ItemRecord | null
    if (again) {
      if (alongside) await alongside(tx, again)
      return again
    }
    // read and touched here, so a deactivation at this moment conflicts with this commit
    const me = await claimActive(tx, staff.openid)
    if (!me) throw new AppError('FORBIDDEN', '您已不在岗，不能代登记')
    const { no, month, seq, record } = await takeNumber(tx, now)
    const created: ItemRecord = {
      _id: m.id,
      no,
      month,
      seq,
      requestId: m.requestId,
      ownerOpenid: '',
      pointCode: point.code,
      pointName: point.name,
      category: m.category,
      content: m.content,
      photos: [],
      contact: m.contact,
      status: 'submitted',
      assignee: { openid: me.openid, name: me.name },
      dueAt: null,
      contentReview: review,
      source: m.source,
      registeredBy: me.openid,
      timeline: [{ type: 'register', at: now, actor: me.openid, actorName: me.name, text: `${me.name}${m.how}，登记编号 ${no}，由${me.name}负责办理` }],
      createdAt: now,
      updatedAt: now,
    }
    await record()
    const written = await writeRegistered(ctx, tx, me, created, m.answerOnSpot, queued)
    if (alongside) await alongside(tx, written)
    return written
  })
  ctx.queued.push(...queued)
  return item
}
