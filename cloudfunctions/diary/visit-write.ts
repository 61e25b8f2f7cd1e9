/**
 * The one write path of a 民情日记 entry: the record built from what the cadre wrote, and
 * its write inside the caller's transaction (a retry racing the first write finds it
 * rather than overwriting it). Used by 写日记 and by 已上门 on a 上门走访.
 */
import type { VisitForm } from '../../domain/diary/visits'
import { householdKey, monthOf } from '../../domain/diary/visits'
import type { TransactionPort } from '../kernel/port'
import type { StaffRecord } from '../kernel/records'
import type { VisitRecord } from './visit-records'
import { asVisit } from './visit-records'

export interface VisitWritten {
  id: string
  requestId: string
  pointCode: string
  form: VisitForm
  visitedAt: string
  household: { address: string; met: string }
  /** the 包片 household: its key stands for the address, so it counts once however the address was typed */
  householdOf?: { id: string; householdKey: string }
  heard: string
  difficulties?: string
  done?: string
  followsItemIds?: string[]
}

export function visitRecordOf(staff: StaffRecord, w: VisitWritten, now: Date): VisitRecord {
  return {
    _id: w.id,
    requestId: w.requestId,
    author: staff.openid,
    authorName: staff.name,
    pointCode: w.pointCode,
    form: w.form,
    visitedAt: w.visitedAt,
    month: monthOf(w.visitedAt),
    household: w.household,
    householdKey: w.householdOf?.householdKey ?? householdKey(w.household.address),
    ...(w.householdOf ? { householdId: w.householdOf.id } : {}),
    heard: w.heard,
    difficulties: w.difficulties ?? '',
    done: w.done ?? '',
    followsItemIds: w.followsItemIds ?? [],
    itemIds: [],
    createdAt: now,
    updatedAt: now,
  }
}

export async function writeVisitTx(tx: TransactionPort, record: VisitRecord): Promise<VisitRecord> {
  const ref = tx.collection('visits').doc(record._id)
  const again = asVisit((await ref.get()).data)
  if (again) return again
  const { _id, ...fields } = record
  await ref.set({ data: fields })
  return record
}
