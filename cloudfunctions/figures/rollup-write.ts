/**
 * The roll-up write path: the change that settles a matter (办结, 未评价办结, 撤回) adds the
 * figures it is in to its point's month, in the same transaction as the matter's own
 * write (matters/item-change.ts), so the roll-up never misses a matter nor counts one
 * twice — a retried or refused change commits neither. A submission never writes it, and
 * only the settling changes of one point's month share it (docs/scale.md §6).
 */
import { setsOf, type MatterCounts, type MatterFacts } from '../../domain/figures/figures'
import { addCounts, isSettled, rollupId } from '../../domain/figures/rollups'
import { emptyCounts } from '../../domain/figures/figures'
import { monthKey } from '../../domain/matters/numbering'
import type { TransactionPort } from '../kernel/port'
import type { ItemRecord } from '../kernel/records'
import { reader } from '../kernel/reads'

export const ROLLUPS = 'rollups'

export interface RollupRecord {
  _id: string
  pointCode: string
  /** the registration month, 'YYYYMM' China time */
  month: string
  counts: MatterCounts
  updatedAt: Date
}

const rollups = reader<RollupRecord>(ROLLUPS, { pointCode: 'string', month: 'string', counts: 'object' })
export const asRollup = rollups.one
export const asRollups = rollups.all

/** A matter's facts as the figures read them (the same as figures-read.ts's projection). */
export function factsOfItem(item: ItemRecord): MatterFacts {
  const timesOf = (type: string) => item.timeline.filter((t) => t.type === type).map((t) => t.at)
  return {
    id: item._id,
    createdAt: item.createdAt,
    status: item.status,
    acceptedAt: item.acceptedAt ?? null,
    importance: item.importance ?? null,
    dueAt: item.dueAt ?? null,
    replies: timesOf('reply'),
    reopens: timesOf('reopen'),
    extensions: (item.extensions ?? []).map((e) => ({ at: e.at, to: e.to })),
    closedReason: item.closedReason ?? null,
    rating: item.rating?.level ? { level: item.rating.level, solved: item.rating.solved === true, recordedBy: item.rating.recordedBy ?? null } : null,
    escalated: (item.escalation?.takenAt ?? null) !== null,
  }
}

/** The counts one settled matter adds (its sets do not depend on `now` any more). */
export function countsOf(f: MatterFacts, now: Date): MatterCounts {
  const counts = emptyCounts()
  for (const s of setsOf(f, now)) counts[s]++
  return counts
}

/** In the settling change's transaction: adds `after` to its point's month when this change settles it. */
export async function settleInRollup(tx: TransactionPort, before: ItemRecord, after: ItemRecord, now: Date): Promise<void> {
  if (isSettled(before.status) || !isSettled(after.status)) return
  const month = monthKey(after.createdAt)
  const ref = tx.collection(ROLLUPS).doc(rollupId(after.pointCode, month))
  const stored = asRollup((await ref.get()).data)
  const counts = addCounts(stored?.counts ?? emptyCounts(), countsOf(factsOfItem(after), now))
  await ref.set({ data: { pointCode: after.pointCode, month, counts, updatedAt: now } })
}
