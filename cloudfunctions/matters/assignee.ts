/**
 * Handing a matter to a cadre, inside the transaction that does it. Either the hand-over
 * commits first and the deactivation's sweep finds the matter, or the deactivation commits
 * first and the retried hand-over sees the cadre inactive and follows `handedTo` to their
 * heir. CloudBase checks only written documents for conflicts, so the two must write one
 * document in common:
 * - a transfer or hand-over of an existing matter writes the cadre's staff document
 *   (`claimActive`), which the deactivation writes too;
 * - a registration writes only its point's number counter, which the deactivation writes
 *   for every point the leaver works at (`findActive` here, `touchCounters` in
 *   matters/numbering.ts). Writing the cadre's document on every registration would make
 *   all registrations at a point contend on it, beside the counter.
 */
import type { Category } from '../../domain/matters/categories'
import { pickAssignee, type RoutingTable } from '../../domain/matters/routing'
import type { TransactionPort } from '../kernel/port'
import type { StaffRecord } from '../kernel/records'
import { asStaff } from '../kernel/reads'

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
  const chosen = await findActive(tx, pickAssignee(point, category, () => routedStaff?.active === true))
  if (!chosen) throw new Error(`point ${point.code} has no active responsible cadre`)
  return chosen
}
