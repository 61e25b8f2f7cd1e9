/**
 * The write of a matter a cadre registers (代登记, or from a booking at the desk): as it
 * is, or with 当场答复 registered and replied in that one write, through the same checked
 * change as 当场答复 on the matter page (matters/item-change.ts). One transaction, one write:
 * a reply the rules refuse leaves nothing registered.
 */
import type { AnswerOnSpot } from '../../domain/matters/schemas'
import { changeItemTx } from './item-change'
import type { TransactionPort } from '../kernel/port'
import type { ItemRecord, StaffRecord } from '../kernel/records'
import { matterRelation } from '../../domain/matters/policy'
import { replyOnSpotChange } from './acceptance'
import type { StaffContext } from '../kernel/staff-context'

export async function writeRegistered(
  ctx: StaffContext,
  tx: TransactionPort,
  me: StaffRecord,
  created: ItemRecord,
  answerOnSpot: AnswerOnSpot | undefined,
  /** the messages the reply queued (the resident of a booking is told) */
  queued: string[],
): Promise<ItemRecord> {
  if (!answerOnSpot) {
    const { _id, ...fields } = created
    await tx.collection('items').doc(_id).set({ data: fields })
    return created
  }
  const apply = replyOnSpotChange(ctx, answerOnSpot)
  return changeItemTx(tx, created, { action: 'replyOnSpot', roleOf: (i) => matterRelation(me, i), apply: (i) => apply(i, me) }, ctx.now, [], queued)
}
