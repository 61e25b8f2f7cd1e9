/**
 * A matter a cadre registers for a resident (代登记 at the point, 登记为诉求 from a booking
 * at the desk or from a 民情日记 visit): made by the one builder of matters (new-matter.ts),
 * the registering cadre responsible (谁接访、谁负责). The same `id` makes one matter.
 */
import type { Category } from '../../domain/matters/categories'
import type { AnswerOnSpot, Contact } from '../../domain/matters/schemas'
import { findActive } from './assignee'
import type { TransactionPort } from '../kernel/port'
import type { ItemRecord, StaffRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { createMatter } from './new-matter'
import type { StaffContext } from '../kernel/staff-context'
import { writeRegistered } from './register-write'

export interface MatterForResident {
  /** the matter's id, stable for the request (kernel/ids.ts stableId) */
  id: string
  /** unique per cadre: the (owner, requestId) index holds for matters without an owner too */
  requestId: string
  /** the resident who follows it in 我的 (a booking's); none for someone without WeChat */
  ownerOpenid?: string
  pointCode: string
  category: Category
  content: string
  contact: Contact
  source: 'walk-in' | 'visit' | 'booking' | 'meeting'
  /** how it came in, for the first timeline entry, e.g. 代居民登记 */
  how: string
  /** 当场答复: registered and replied in the one write (register-write.ts) */
  answerOnSpot?: AnswerOnSpot
}

export interface RegisterSteps {
  /** In the transaction, before a new matter: the path's own checks (e.g. the booking's state). */
  prepare?: (tx: TransactionPort) => Promise<void>
  /** With the matter, new or found, in the same transaction: a record that must name it. */
  alongside?: (tx: TransactionPort, item: ItemRecord) => Promise<void>
}

/** Registers the matter, or finds it registered. */
export async function registerForResidentTx(ctx: StaffContext, staff: StaffRecord, m: MatterForResident, steps: RegisterSteps = {}): Promise<ItemRecord> {
  let me: StaffRecord = staff
  return createMatter(
    ctx,
    { ...m, ownerOpenid: m.ownerOpenid ?? '', photos: [], author: staff.openid },
    {
      prepare: async (tx) => {
        await steps.prepare?.(tx)
      },
      responsible: async (tx) => {
        // read here; a deactivation at this moment writes this point's counter, so one of the two commits retries
        const active = await findActive(tx, staff.openid)
        if (!active) throw new AppError('FORBIDDEN', '您已不在岗，不能代登记')
        me = active
        return { assignee: active, how: m.how }
      },
      write: (tx, created, queued) => writeRegistered(ctx, tx, me, created, m.answerOnSpot, queued),
      alongside: steps.alongside,
    },
  )
}
