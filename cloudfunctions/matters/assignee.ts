/**
 * Handing a matter to a cadre, inside the transaction that does it. Either the hand-over
 * commits first and the deactivation's sweep finds the matter, or the deactivation commits
 * first and the retried hand-over sees the cadre inactive and follows `handedTo` to their
 * heir. CloudBase checks only written documents for conflicts, so the two must write one
 * document in common:
 * - a transfer or hand-over of an existing matter writes the cadre's staff document
 *   (`claimActive`), which the deactivation writes too;
 * - a registration writes no shared document at all (its number is claimed by an atomic
 *   update, matters/numbering.ts): it reads its cadre (`findActive`) and, once committed,
 *   reads them again (`handOnIfLeft`): a deactivation that committed before that read is
 *   seen, one that commits after it sweeps the matter. Writing the cadre's document on
 *   every registration would make all registrations at a point contend on it.
 */
import type { Category } from '../../domain/matters/categories'
import { pickAssignee, type RoutingTable } from '../../domain/matters/routing'
import type { DatabasePort, TransactionPort } from '../kernel/port'
import type { ItemRecord, StaffRecord } from '../kernel/records'
import { asPoint, asStaff } from '../kernel/reads'
import { AppError } from '../kernel/respond'
import type { RetryOptions } from '../kernel/transaction'
import { changeItem, type ItemChange } from './item-change'

/** Enough to follow a chain of successive departures, never a loop. */
const MAX_HOPS = 5

export async function readStaff(tx: TransactionPort, openid: string): Promise<StaffRecord | null> {
  return asStaff((await tx.collection('staff').doc(openid).get()).data) ?? null
}

/** Marks `staff` as relied on by this transaction (see the note above). */
export async function touchStaff(tx: TransactionPort, staff: StaffRecord): Promise<void> {
  await tx.collection('staff').doc(staff.openid).update({ data: { rev: (staff.rev ?? 0) + 1 } })
}

/**
 * The active staff member a matter meant for `openid` goes to: that person, or whoever
 * took over from them (following `handedTo`). Null when the chain ends with nobody
 * active. Read only: for a registration, whose point's counter guards the race.
 */
export async function findActive(
  tx: TransactionPort,
  openid: string,
  accept: (s: StaffRecord) => boolean = () => true,
): Promise<StaffRecord | null> {
  let next: string | null | undefined = openid
  for (let hop = 0; next && hop < MAX_HOPS; hop++) {
    const staff = await readStaff(tx, next)
    if (!staff) return null
    if (staff.active) return accept(staff) ? staff : null
    next = staff.handedTo
  }
  return null
}

/** As findActive, and the one found is touched, so their deactivation cannot slip past this commit. */
export async function claimActive(tx: TransactionPort, openid: string, accept?: (s: StaffRecord) => boolean): Promise<StaffRecord | null> {
  const staff = await findActive(tx, openid, accept)
  if (staff) await touchStaff(tx, staff)
  return staff
}

/**
 * 谁接访、谁负责, decided inside the registering transaction: the cadre the point's
 * routing table names while they are active, else the lead cadre (or their heir).
 */
export async function assignFor(tx: TransactionPort, point: RoutingTable & { code: string }, category: Category): Promise<StaffRecord> {
  const routed = point.routing[category]
  const routedStaff = routed ? await readStaff(tx, routed) : null
  const picked = pickAssignee(point, category, () => routedStaff?.active === true)
  // the routed cadre, active, is already read: no second read of the same document
  const chosen = routedStaff?.active && routedStaff.openid === picked ? routedStaff : await findActive(tx, picked)
  if (!chosen) throw new Error(`point ${point.code} has no active responsible cadre`)
  return chosen
}

/**
 * Who takes a matter from someone leaving: `openid` (or whoever took over from them) where
 * they sit at the matter's point; else the point's lead cadre; else `openid`'s heir anyway:
 * never leave the matter with someone inactive. Claimed (touched) in `tx`.
 */
export async function claimTaker(tx: TransactionPort, openid: string, matter: ItemRecord): Promise<StaffRecord> {
  const here = (s: StaffRecord) => s.points.includes(matter.pointCode)
  const point = asPoint((await tx.collection('points').doc(`point-${matter.pointCode}`).get()).data)
  const taker = (await claimActive(tx, openid, here)) ?? (point ? await claimActive(tx, point.leadCadre, here) : null) ?? (await claimActive(tx, openid))
  if (!taker) throw new Error(`no active cadre to take matter ${matter._id}`)
  return taker
}

/** 移交: the matter of `leaving` goes to whoever claimTaker finds from `from`; `actor` is named on the timeline. */
export function handoverChange(leaving: string, from: string, actor: { openid: string; name: string }, now: Date): ItemChange {
  let to: StaffRecord | null = null
  return {
    action: 'handover',
    roleOf: (i) => (i.assignee.openid === leaving ? 'system' : null),
    async prepare(tx, i) {
      to = await claimTaker(tx, from, i)
    },
    apply: (i) => {
      const next = to as StaffRecord
      const entry = { type: 'transfer' as const, at: now, actor: actor.openid, actorName: actor.name, text: `因人员调整，改由${next.name}负责办理` }
      return { ...i, assignee: { openid: next.openid, name: next.name }, timeline: [...i.timeline, entry] }
    },
  }
}

/**
 * After a registration commits: its cadre was read in its transaction, not written, so a
 * deactivation may have committed meanwhile, after its own sweep looked for their matters.
 * Then this hands the new matter on, as the sweep would have (the leaver's heir where they
 * sit, else the point's lead cadre). Null when the cadre is still active (nearly always).
 */
export async function handOnIfLeft(
  db: DatabasePort,
  matter: ItemRecord,
  now: Date,
  retry: RetryOptions | undefined,
  queued: string[],
): Promise<ItemRecord | null> {
  const leaving = matter.assignee.openid
  const staff = asStaff((await db.collection('staff').doc(leaving).get()).data)
  if (!staff || staff.active) return null
  return changeItem(db, matter._id, handoverChange(leaving, leaving, { openid: 'system', name: '系统' }, now), now, retry, queued).catch((err: unknown) => {
    // moved on meanwhile (the sweep found it after all): nothing left to do
    if (err instanceof AppError && (err.code === 'FORBIDDEN' || err.code === 'CONFLICT')) return null
    throw err
  })
}
