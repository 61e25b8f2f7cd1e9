/**
 * The one write path of `areas`: a leader's new or edited area, its retirement, and the
 * handover of a departing cadre's areas (points/deactivate.ts), each in a transaction.
 */
import type { DatabasePort, TransactionPort } from '../kernel/port'
import type { AreaRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { runTransactionWithRetry, type RetryOptions } from '../kernel/transaction'
import { asAreas, getArea } from './area-reads'

export interface AreaWritten {
  id: string
  pointCode: string
  name: string
  units: string[]
  cadre: string
}

/** Creates the area, or rewrites an area of the same point still in use. */
export async function saveArea(db: DatabasePort, w: AreaWritten, isNew: boolean, now: Date, retry?: RetryOptions): Promise<AreaRecord> {
  return runTransactionWithRetry(
    db,
    async (tx) => {
      const ref = tx.collection('areas').doc(w.id)
      const before = await getArea(tx, w.id)
      if (isNew && before) throw new AppError('CONFLICT', '这个片区已经存在')
      if (!isNew && (!before || before.pointCode !== w.pointCode)) throw new AppError('FORBIDDEN', '这个片区不是本说事点的')
      if (before && !before.active) throw new AppError('CONFLICT', '这个片区已经撤销，不能再修改')
      const record: AreaRecord = { _id: w.id, pointCode: w.pointCode, name: w.name, units: w.units, cadre: w.cadre, active: true, createdAt: before?.createdAt ?? now, updatedAt: now }
      const { _id, ...fields } = record
      await ref.set({ data: fields })
      return record
    },
    retry,
  )
}

export async function retireArea(db: DatabasePort, id: string, now: Date, retry?: RetryOptions): Promise<AreaRecord> {
  return runTransactionWithRetry(
    db,
    async (tx) => {
      const area = await getArea(tx, id)
      if (!area) throw new AppError('NOT_FOUND', '没有这个片区')
      if (!area.active) return area
      await tx.collection('areas').doc(id).update({ data: { active: false, updatedAt: now } })
      return { ...area, active: false, updatedAt: now }
    },
    retry,
  )
}

/** The cadre's areas still in use, read before a handover's transaction. */
export async function areasOfCadre(db: DatabasePort, cadre: string): Promise<AreaRecord[]> {
  const { data } = await db.collection('areas').where({ cadre, active: true }).limit(100).get()
  return asAreas(data)
}

/** Inside the deactivation's transaction: each of the leaver's areas passes to the heir. */
export async function handAreasOverTx(tx: TransactionPort, areaIds: readonly string[], leaving: string, heir: string, now: Date): Promise<void> {
  for (const id of areaIds) {
    const area = await getArea(tx, id)
    if (area?.cadre === leaving) await tx.collection('areas').doc(id).update({ data: { cadre: heir, updatedAt: now } })
  }
}

/** After it: an area given to the leaver meanwhile is moved too. */
export async function handStragglersOver(db: DatabasePort, leaving: string, heir: string, now: Date): Promise<void> {
  await db.collection('areas').where({ cadre: leaving }).update({ data: { cadre: heir, updatedAt: now } })
}
