/**
 * The one write path of `households`: a new household (from 包片 or from a diary entry, in
 * the caller's transaction), an edit, and a move out. Each records what the monthly ledger
 * reports in `changes`. An address is one household of a point at a time: a claim in
 * `settings`, keyed by the normalised address, is taken in the same transaction, so two
 * cadres adding the same home at once cannot both succeed.
 */
import { addedAsMoveIn, flagChanges, orderedFlags, type HouseholdChange, type HouseholdFlag } from '../../domain/areas/households'
import { chinaMonth, householdKey } from '../../domain/diary/visits'
import { stableId } from '../kernel/ids'
import type { TransactionPort } from '../kernel/port'
import type { AreaRecord, HouseholdRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { getArea, getHousehold } from './area-reads'

export interface HouseholdWritten {
  address: string
  head: string
  members: number
  flags: HouseholdFlag[]
  note: string
}

export const DUPLICATE_ADDRESS = '本说事点的住户名单里已经有这个住址，请在名单里找到这户'

/** The claim of an address in a point (`settings`). */
export const addressClaimId = (pointCode: string, key: string) => `household-key-${stableId(pointCode, key)}`

/** Takes the address for `id`, unless a living household of the point already holds it. */
async function claimAddress(tx: TransactionPort, pointCode: string, key: string, id: string, now: Date): Promise<void> {
  const ref = tx.collection('settings').doc(addressClaimId(pointCode, key))
  const held = (await ref.get()).data as { household?: string } | null
  if (held?.household && held.household !== id) {
    const holder = await getHousehold(tx, held.household)
    if (holder && holder.status === 'active' && holder.householdKey === key) throw new AppError('CONFLICT', DUPLICATE_ADDRESS)
  }
  await ref.set({ data: { household: id, pointCode, householdKey: key, updatedAt: now } })
}

/** The area, still in use, read again inside the transaction (a retirement meanwhile conflicts with it). */
async function areaInUse(tx: TransactionPort, id: string): Promise<AreaRecord> {
  const area = await getArea(tx, id)
  if (!area?.active) throw new AppError('CONFLICT', '这个片区已经撤销，不能再添加或修改住户')
  return area
}

/** A new household of the area; the same id again (a retried request) answers the one written. */
export async function createHouseholdTx(tx: TransactionPort, id: string, areaId: string, w: HouseholdWritten, by: string, now: Date): Promise<HouseholdRecord> {
  const again = await getHousehold(tx, id)
  if (again) return again
  const area = await areaInUse(tx, areaId)
  const key = householdKey(w.address)
  await claimAddress(tx, area.pointCode, key, id, now)
  const changes: HouseholdChange[] = addedAsMoveIn(chinaMonth(area.createdAt), chinaMonth(now)) ? [{ kind: 'movedIn', at: now }] : []
  const record: HouseholdRecord = {
    _id: id,
    pointCode: area.pointCode,
    area: area._id,
    address: w.address,
    householdKey: key,
    head: w.head,
    members: w.members,
    flags: orderedFlags(w.flags),
    note: w.note,
    status: 'active',
    changes,
    createdAt: now,
    createdBy: by,
    updatedAt: now,
  }
  const { _id, ...fields } = record
  await tx.collection('households').doc(id).set({ data: fields })
  return record
}

/** An edit of a living household: a flag set or cleared is recorded as a change. */
export async function editHouseholdTx(tx: TransactionPort, id: string, areaId: string, w: HouseholdWritten, now: Date): Promise<HouseholdRecord> {
  const before = await getHousehold(tx, id)
  if (!before || before.area !== areaId) throw new AppError('FORBIDDEN', '这户不在这个片区里')
  if (before.status !== 'active') throw new AppError('CONFLICT', '这户已经迁出，不能再修改')
  await areaInUse(tx, areaId)
  const key = householdKey(w.address)
  if (key !== before.householdKey) await claimAddress(tx, before.pointCode, key, id, now)
  const flags = orderedFlags(w.flags)
  const changes = [...before.changes, ...flagChanges(before.flags, flags, now)]
  const fields = { address: w.address, householdKey: key, head: w.head, members: w.members, flags, note: w.note, changes, updatedAt: now }
  await tx.collection('households').doc(id).update({ data: fields })
  return { ...before, ...fields }
}

/** 迁出 on `at` (a China day's start): kept for the ledger's history, no longer living in the area. */
export async function moveOutTx(tx: TransactionPort, id: string, at: Date, now: Date): Promise<HouseholdRecord> {
  const before = await getHousehold(tx, id)
  if (!before) throw new AppError('NOT_FOUND', '没有这户')
  if (before.status !== 'active') throw new AppError('CONFLICT', '这户已经迁出')
  const fields = { status: 'movedOut' as const, changes: [...before.changes, { kind: 'movedOut' as const, at }], updatedAt: now }
  await tx.collection('households').doc(id).update({ data: fields })
  return { ...before, ...fields }
}
