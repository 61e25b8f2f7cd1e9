/**
 * The one way a matter is made, for every path (item.submit, 代登记, 登记为诉求 from a
 * booking or a 民情日记 visit). The path checks who may do it first; this then does the rest
 * the same way every time: the content check (msgSecCheck) and the path's own checks
 * first, then the point's next number for the month (one atomic update, matters/numbering.ts),
 * then in one transaction the responsible cadre and the matter with its first timeline
 * entries (domain/matters/new-matter.ts); last, the cadre is looked at again
 * (matters/assignee.ts handOnIfLeft). The matter's id is stable for the request: a repeated
 * request finds the matter it already made instead of making a second.
 */
import { newMatter, type MatterSource } from '../../domain/matters/new-matter'
import type { Category } from '../../domain/matters/categories'
import type { Contact } from '../../domain/matters/schemas'
import { findActivePoint } from '../kernel/collections'
import { checkText } from '../kernel/content-check'
import type { CloudPort, DatabasePort, DocumentPort, TransactionPort } from '../kernel/port'
import { asItem } from '../kernel/reads'
import type { ItemRecord, PointRecord, StaffRecord } from '../kernel/records'
import { runTransactionWithRetry, type RetryOptions } from '../kernel/transaction'
import { queueNotices } from '../messages/notify'
import { claimNumber } from './numbering'
import { handOnIfLeft } from './assignee'

export interface MatterContext {
  db: DatabasePort
  cloud: CloudPort
  now: Date
  queued: string[]
  options: { retry?: RetryOptions }
}

export interface MatterRequest {
  /** stable for the request (kernel/ids.ts stableId) */
  id: string
  requestId: string
  /** '' for a resident registered without WeChat */
  ownerOpenid: string
  pointCode: string
  category: Category
  content: string
  photos: string[]
  contact: Contact
  source: MatterSource
  /** who typed the words, for msgSecCheck: the resident, or the cadre registering for them */
  author: string
}

export interface MatterSteps {
  /**
   * Before a number is claimed, outside any transaction: the path's refusals that a plain
   * read can make (they are made again in the transaction). Without it the path's
   * `prepare` runs in a read-only transaction instead.
   */
  precheck?(db: DatabasePort): Promise<void>
  /** In the transaction, before a new matter is made: the path's own checks; `record()` is written with the matter. */
  prepare?(tx: TransactionPort): Promise<{ record(): Promise<unknown> } | void>
  /** The responsible cadre, chosen in the transaction; `how` when a cadre registers it for the resident. */
  responsible(tx: TransactionPort, point: PointRecord): Promise<{ assignee: StaffRecord; how?: string }>
  /** Writes the new matter (default: as it is); answers what was written. */
  write?(tx: TransactionPort, matter: ItemRecord, queued: string[]): Promise<ItemRecord>
  /** Runs with the matter, new or found, in the same transaction: a record that must name it. */
  alongside?(tx: TransactionPort, matter: ItemRecord): Promise<void>
}

async function writeNew(tx: TransactionPort, matter: ItemRecord, now: Date, queued: string[]): Promise<ItemRecord> {
  const { _id, ...fields } = matter
  await tx.collection('items').doc(_id).set({ data: fields })
  await queueNotices(tx, null, matter, [], now, queued)
  return matter
}

export async function createMatter(ctx: MatterContext, req: MatterRequest, steps: MatterSteps): Promise<ItemRecord> {
  const { db, now } = ctx
  const existing = steps.alongside ? asItem((await db.collection('items').doc(req.id).get()).data) : null
  const point = await findActivePoint(db, req.pointCode)
  const review = existing ? existing.contentReview : await checkText(ctx.cloud, req.author, req.content)

  const found = await checkFirst(ctx, req, steps)
  if (found && !steps.alongside) return found
  const number = found ? null : await claimNumber(db, point.code, req.id, now)

  const queued: string[] = []
  const matter = await runTransactionWithRetry(
    db,
    async (tx) => {
      queued.length = 0 // a retried attempt queues afresh
      const again = asItem((await tx.collection('items').doc(req.id).get()).data)
      if (again || !number) {
        if (!again) throw new Error(`matter ${req.id} vanished`)
        await steps.alongside?.(tx, again)
        return again
      }
      const limit = await steps.prepare?.(tx)
      const { assignee, how } = await steps.responsible(tx, point)
      const created: ItemRecord = newMatter(
        {
          ...req,
          point,
          id: req.id,
          contentReview: review,
          number,
          assignee,
          registrar: how === undefined ? undefined : { openid: assignee.openid, name: assignee.name, how },
        },
        now,
      )
      if (limit) await limit.record()
      const written = steps.write ? await steps.write(tx, created, queued) : await writeNew(tx, created, now, queued)
      await steps.alongside?.(tx, written)
      return written
    },
    ctx.options.retry,
  )
  ctx.queued.push(...queued)
  // the cadre was read, not written: if they left while this committed, hand the matter on
  return (await handOnIfLeft(db, matter, now, ctx.options.retry, ctx.queued)) ?? matter
}

/**
 * The path's checks (rate limit, booking state) before a number is claimed, so a refused
 * matter leaves no gap; they run again with the matter, where what they record is written.
 * A plain `precheck` needs no read of the matter: a repeated request claims the number it
 * already has, and the transaction finds its matter. Only when the precheck refuses is the
 * matter looked for, so a repeat of the request that filled the limit gets its matter.
 * Without a precheck, `prepare` runs in a read-only transaction that looks for it first.
 */
async function checkFirst(ctx: MatterContext, req: MatterRequest, steps: MatterSteps): Promise<ItemRecord | null> {
  const { db } = ctx
  const findMatter = async (reader: { collection(name: string): { doc(id: string): Pick<DocumentPort, 'get'> } }) =>
    asItem((await reader.collection('items').doc(req.id).get()).data)
  const { precheck } = steps
  if (precheck) {
    return precheck(db).then(
      () => null,
      async (err: unknown) => {
        const mine = await findMatter(db)
        if (!mine) throw err
        return mine
      },
    )
  }
  return runTransactionWithRetry(
    db,
    async (tx) => {
      const again = await findMatter(tx)
      if (!again) await steps.prepare?.(tx)
      return again
    },
    ctx.options.retry,
  )
}
