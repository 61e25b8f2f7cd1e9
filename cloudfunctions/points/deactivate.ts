/**
 * 人员停用: a departing staff member's matters, lead roles and 包片 areas pass to an heir, so nothing
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
import { handoverChange, readStaff, touchStaff } from '../matters/assignee'
import { getStaff } from '../kernel/collections'
import { changeItem } from '../matters/item-change'
import type { ItemRecord, StaffRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { runTransactionWithRetry } from '../kernel/transaction'
import { activeStaff, requireRight } from '../kernel/access'
import { mayAdminister, mayAdministerStaff, mayAnswerForMatters } from '../../domain/points/policy'
import type { StaffContext } from '../kernel/staff-context'
import { asItems, asPoints } from '../kernel/reads'
import { reachedNodes } from '../orgs/reach'
import { areasOfCadre, handAreasOverTx, handStragglersOver } from '../areas/area-change'

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
  for (const a of await areasOfCadre(ctx.db, openid)) codes.add(a.pointCode)
  return codes
}

/** Marks the leaver inactive and, in the same transaction, gives their 包片 areas to the heir. */
async function markLeft(ctx: StaffContext, leaving: string, heir: string, areaIds: readonly string[]): Promise<void> {
  await runTransactionWithRetry(
    ctx.db,
    async (tx) => {
      const me = await readStaff(tx, leaving)
      if (!me?.active) throw new AppError('CONFLICT', '这位工作人员已经停用')
      const next = await readStaff(tx, heir)
      if (!next?.active) throw new AppError('INVALID_INPUT', '接手的人不是在岗的工作人员')
      await tx.collection('staff').doc(leaving).update({ data: { active: false, handedTo: heir, rev: (me.rev ?? 0) + 1 } })
      await touchStaff(tx, next)
      await handAreasOverTx(tx, areaIds, leaving, heir, ctx.now)
    },
    ctx.options.retry,
  )
}

/** Moves one matter; false when it had already moved on (transferred, closed). */
async function handOne(ctx: StaffContext, admin: StaffRecord, item: ItemRecord, leaving: string, heir: string): Promise<boolean> {
  try {
    await changeItem(ctx.db, item._id, handoverChange(leaving, heir, admin, ctx.now), ctx.now, ctx.options.retry, ctx.queued)
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
  // outside a node admin's reach, the person is as good as absent
  const below = leaving && !mayAdministerStaff(admin, leaving) ? (await reachedNodes(ctx.db, admin)).map((n) => n.code) : admin.nodes
  if (!leaving || !leaving.active || !mayAdministerStaff(admin, leaving, below)) throw new AppError('NOT_FOUND', '没有这位在岗的工作人员')
  const heir = await activeStaff(ctx.db, input.transferTo).catch(() => {
    throw new AppError('INVALID_INPUT', '接手的人不是在岗的工作人员')
  })
  if (!mayAnswerForMatters(heir)) throw new AppError('INVALID_INPUT', `${heir.name}不是干部，不能接手事项`)
  const outside = [...(await pointsHeldBy(ctx, leaving.openid))].filter((code) => !heir.points.includes(code))
  if (outside.length) {
    throw new AppError('INVALID_INPUT', `${heir.name}不是说事点 ${outside.join('、')} 的干部，不能接手那里的事项；请另选接手人`)
  }
  const areas = await areasOfCadre(ctx.db, leaving.openid)
  await markLeft(ctx, leaving.openid, heir.openid, areas.map((a) => a._id))
  await ctx.db.collection('points').where({ leadCadre: leaving.openid }).update({ data: { leadCadre: heir.openid } })
  await handStragglersOver(ctx.db, leaving.openid, heir.openid, ctx.now)
  return { transferred: await handOver(ctx, admin, leaving.openid, heir.openid) }
}
