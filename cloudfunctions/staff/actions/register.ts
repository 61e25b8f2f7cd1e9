/**
 * 代登记: a cadre registers a matter for a resident without WeChat (or who asks for help),
 * with the contact the resident gives. Numbered like any other, with no owner openid; the
 * receiving cadre is responsible (谁接访、谁负责). The same requestId makes one matter.
 */
import type { StaffItemDetail } from '../../../domain/api'
import type { StaffEvent } from '../../../domain/staff-schemas'
import { claimActive } from '../../lib/assignee'
import { findActivePoint } from '../../lib/collections'
import { checkText } from '../../lib/content-check'
import { stableId } from '../../lib/ids'
import { takeNumber } from '../../lib/numbering'
import type { ItemRecord } from '../../lib/records'
import { AppError } from '../../lib/respond'
import { runTransactionWithRetry } from '../../lib/transaction'
import { hasRole } from '../access'
import type { StaffContext } from '../context'
import { view } from '../item-ops'
import { writeRegistered } from '../register-write'

export async function registerForResident(input: StaffEvent<'item.registerForResident'>, ctx: StaffContext): Promise<StaffItemDetail> {
  const staff = await ctx.caller()
  if (!hasRole(staff, 'cadre', 'leader', 'deputy') || !staff.points.includes(input.pointCode)) {
    throw new AppError('FORBIDDEN', '只能在自己所在的说事点代登记')
  }
  const { db, now } = ctx
  const id = stableId('proxy', staff.openid, input.requestId)
  const existing = (await db.collection('items').doc(id).get()).data as ItemRecord | null
  if (existing) return view(ctx, staff, existing)
  const point = await findActivePoint(db, input.pointCode)
  const review = await checkText(ctx.cloud, staff.openid, input.content)

  const queued: string[] = []
  const item = await runTransactionWithRetry(db, async (tx) => {
    queued.length = 0 // a retried attempt queues afresh
    const again = (await tx.collection('items').doc(id).get()).data as ItemRecord | null
    if (again) return again
    // read and touched here, so a deactivation at this moment conflicts with this commit
    const me = await claimActive(tx, staff.openid)
    if (!me) throw new AppError('FORBIDDEN', '您已不在岗，不能代登记')
    const { no, month, seq, record } = await takeNumber(tx, now)
    const created: ItemRecord = {
      _id: id,
      no,
      month,
      seq,
      // unique per cadre: the (owner, requestId) index holds for matters without an owner too
      requestId: `proxy-${me.openid}-${input.requestId}`,
      ownerOpenid: '',
      pointCode: point.code,
      pointName: point.name,
      category: input.category,
      content: input.content,
      photos: [],
      contact: input.contact,
      status: 'submitted',
      assignee: { openid: me.openid, name: me.name },
      dueAt: null,
      contentReview: review,
      source: 'walk-in',
      registeredBy: me.openid,
      timeline: [{ type: 'register', at: now, actor: me.openid, actorName: me.name, text: `${me.name}代居民登记，登记编号 ${no}，由${me.name}负责办理` }],
      createdAt: now,
      updatedAt: now,
    }
    await record()
    return writeRegistered(ctx, tx, me, created, input.answerOnSpot, queued)
  })
  ctx.queued.push(...queued)
  return view(ctx, staff, item)
}
