/** Reading a resident's own matter, for the resident's actions (get, withdraw, add, rate). */
import type { ItemRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import type { ResidentContext } from '../kernel/resident-context'
import { asItem } from '../kernel/reads'

/** The caller's own matter. Someone else's and a missing one answer alike: nothing leaks. */
export async function loadOwnItem(ctx: ResidentContext, id: string): Promise<ItemRecord> {
  const item = asItem((await ctx.db.collection('items').doc(id).get()).data)
  if (!item || item.ownerOpenid !== ctx.openid()) {
    throw new AppError('NOT_FOUND', '没有找到这件事，或您无权查看')
  }
  return item
}
