/**
 * 人员停用: a departing staff member's matters and lead roles pass to an heir, so nothing
 * is orphaned. The heir must be an active cadre or leader of every point concerned.
 *
 * Order matters: first one transaction marks the leaver inactive (with `handedTo`) while
 * checking and touching the heir, so two deactivations handing over to each other
 * conflict and the second is refused; then every matter moves through the checked
 * change (`handover` in the transition table), each claiming its new cadre in its own
 * transaction (matters/assignee.ts). A matter registered meanwhile either commits before the
 * deactivation (and the sweep finds it) or sees the leaver inactive and goes elsewhere.
 */
import type { PointStaffEvent } from '../../domain/points/schemas'
import { claimActive, readStaff, touchStaff } from '../matters/assignee'
import { getStaff } from '../kernel/collections'
import { changeItem } from '../matters/item-change'
import type { ItemRecord, StaffRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { runTransactionWithRetry } from '../kernel/transaction'
import { activeStaff, requireRight } from '../kernel/access'
import { mayAdminister, mayAnswerForMatters } from '../../domain/points/policy'
import type { StaffContext } from '../kernel/staff-context'
import { asItems, asPoint, asPoints } from '../kernel/reads'

/** Every status in which a matter still needs its cadre (replied ones may reopen). */
const HANDED_OVER = ['submitted', 'accepted', 'in_progress', 'replied']
const PAGE = 100

/** The points whose matters or lead role the leaver holds. */
async function pointsHeldBy(ctx: StaffContext, openid: string): Promise<Set<string>> {
  const _ = ctx.db.command
  const codes = new Set<string>()
  for (let skip = 0; ; skip += 1000) {
    const { data } = await ctx.db
      .collection('items')
      .where({ 'assignee.openid': openid, status: _.in(HANDED_OVER) })
      .field({ pointCode: true })
      .orderBy('_id', 'asc')
      .skip(skip)
      .limit(1000)
      .get()
    for (const d of data) codes.add(d.pointCode as string)
    if (data.length < 1000) break
  }
  const { data: led } = await ctx.db.collection('points').where({ leadCadre: openid }).limit(100).get()
  for (const p of asPoints(led)) codes.add(p.code)
  return codes
}

async function markLeft(ctx: StaffContext, leaving: string, heir: string): Promise<void> {
  await runTransactionWithRetry(
    ctx.db,
    async (tx) => {
      const me = await readStaff(tx, leaving)
      if (!me?.active) throw new AppError('CONFLICT', '这位工作人员已经停用')
      const next = await readStaff(tx, heir)
      if (!next?.active) throw new AppError('INVALID_INPUT', '接手的人不是在岗的工作人员')
      await tx.collection('staff').doc(leaving).update({ data: { active: false, handedTo: heir, rev: (me.rev ?? 0) + 1 } })
      await touchStaff(tx, next)
    },
    ctx.options.retry,
  )
}

/** Moves one matter; false when it had already moved on (transferred, closed). */
async function handOne(ctx: StaffContext, admin: StaffRecord, item: ItemRecord, leaving: string, heir: string): Promise<boolean> {
  let target: StaffRecord | null = null
  try {
    await changeItem(
      ctx.db,
      item._id,
      {
        action: 'handover',
        roleOf: (i) => (i.assignee.openid === leaving ? 'system' : null),
        async prepare(tx, i) {
          const here = (s: StaffRecord) => s.points.includes(i.pointCode)
          const point = asPoint((await tx.collection('points').doc(`point-${i.pointCode}`).get()).data)
          // the heir where they sit; else the point's lead cadre; else the heir anyway:
          // never leave the matter with someone inactive
          target =
            (await claimActive(tx, heir, here)) ??
            (point ? await claimActive(tx, point.leadCadre, here) : null) ??
            (await claimActive(tx, heir))
          if (!target) throw new Error(`no active cadre to take matter ${i._id}`)
        },
        apply: (i) => {
          const to = target
          if (!to) throw new Error(`handover of ${i._id}: the heir is claimed before the change`)
          return {
            ...i,
            assignee: { openid: to.openid, name: to.name },
            timeline: [
              ...i.timeline,
              { type: 'transfer', at: ctx.now, actor: admin.openid, actorName: admin.name, text: `因人员调整，改由${to.name}负责办理` },
            ],
          }
        },
      },
      ctx.now,
      ctx.options.retry,
      ctx.queued,
    )
    return true
  } catch (err) {
    if (err instanceof AppError && (err.code === 'FORBIDDEN' || err.code === 'CONFLICT' || err.code === 'NOT_FOUND')) return false
    throw err
  }
}

async function handOver(ctx: StaffContext, admin: StaffRecord, leaving: string, heir: string): Promise<number> {
  const _ = ctx.db.command
  let transferred = 0
  let after = ''
  for (;;) {
    const { data } = await ctx.db
      .collection('items')
      .where({ 'assignee.openid': leaving, status: _.in(HANDED_OVER), _id: _.gt(after) })
      .orderBy('_id', 'asc')
      .limit(PAGE)
      .get()
    const batch = asItems(data)
    for (const item of batch) if (await handOne(ctx, admin, item, leaving, heir)) transferred++
    if (batch.length < PAGE) return transferred
    after = batch[batch.length - 1]._id
  }
}

export async function deactivateStaff(input: PointStaffEvent<'staff.deactivate'>, ctx: StaffContext) {
  const admin = await ctx.caller()
  requireRight(mayAdminister(admin))
  if (input.openid === input.transferTo) throw new AppError('INVALID_INPUT', '不能转交给本人')
  const leaving = await getStaff(ctx.db, input.openid)
  if (!leaving || !leaving.active) throw new AppError('NOT_FOUND', '没有这位在岗的工作人员')
  const heir = await activeStaff(ctx.db, input.transferTo).catch(() => {
    throw new AppError('INVALID_INPUT', '接手的人不是在岗的工作人员')
  })
  if (!mayAnswerForMatters(heir)) throw new AppError('INVALID_INPUT', `${heir.name}不是干部，不能接手事项`)
  const outside = [...(await pointsHeldBy(ctx, leaving.openid))].filter((code) => !heir.points.includes(code))
  if (outside.length) {
    throw new AppError('INVALID_INPUT', `${heir.name}不是说事点 ${outside.join('、')} 的干部，不能接手那里的事项；请另选接手人`)
  }
  await markLeft(ctx, leaving.openid, heir.openid)
  await ctx.db.collection('points').where({ leadCadre: leaving.openid }).update({ data: { leadCadre: heir.openid } })
  return { transferred: await handOver(ctx, admin, leaving.openid, heir.openid) }
}
