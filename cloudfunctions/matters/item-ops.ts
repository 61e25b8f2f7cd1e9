/** What every staff change to a matter shares: the timeline entry, the checked change, the view. */
import type { StaffItemDetail } from '../../domain/matters/api'
import type { ItemAction } from '../../domain/matters/transitions'
import { audit } from '../kernel/audit'
import { changeItem, type ItemChange } from './item-change'
import { toStaffDetail } from './item-view'
import type { ItemRecord, StaffRecord, TimelineRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { matterRelation, seesPersonalData } from '../../domain/matters/policy'
import type { StaffContext } from '../kernel/staff-context'

export function entry(ctx: StaffContext, staff: StaffRecord, type: TimelineRecord['type'], text: string, internal = false): TimelineRecord {
  return { type, at: ctx.now, actor: staff.openid, actorName: staff.name, text, ...(internal ? { internal: true } : {}) }
}

/** The matter as the caller may see it; an unmasked view of personal data is audited. */
export async function view(ctx: StaffContext, staff: StaffRecord, item: ItemRecord): Promise<StaffItemDetail> {
  const role = matterRelation(staff, item)
  if (!role) throw new AppError('FORBIDDEN', '您无权查看这件事')
  const unmasked = seesPersonalData(role)
  if (unmasked) await audit(ctx.db, { actor: staff.openid, action: 'item.contact.view', target: item._id, at: ctx.now })
  return toStaffDetail(ctx.cloud, item, role, unmasked, ctx.now)
}

/**
 * One change to a matter by the caller. `apply` runs inside the transaction once the
 * caller's right and the matter's status are checked; it may refuse (throw) on its own
 * preconditions.
 */
export async function change(
  ctx: StaffContext,
  id: string,
  action: ItemAction,
  apply: (item: ItemRecord, staff: StaffRecord) => ItemRecord,
  prepare?: ItemChange['prepare'],
): Promise<StaffItemDetail> {
  const staff = await ctx.caller()
  const item = await changeItem(
    ctx.db,
    id,
    { action, roleOf: (i) => matterRelation(staff, i), apply: (i) => apply(i, staff), prepare },
    ctx.now,
    ctx.options.retry,
    ctx.queued,
  )
  return view(ctx, staff, item)
}
