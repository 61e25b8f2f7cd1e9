/** How every demo seed writes: a record only when it is not there yet, so seeding again adds nothing. */
import type { DatabasePort } from '../cloudfunctions/kernel/port'

/** Writes the record unless it is there; 1 when it wrote it, 0 when it was there. */
export async function ensure(db: DatabasePort, collection: string, record: { _id: string }): Promise<number> {
  const ref = db.collection(collection).doc(record._id)
  if ((await ref.get()).data) return 0
  const { _id, ...fields } = record
  await ref.set({ data: fields })
  return 1
}

/** Writes those records that are missing; how many it wrote. */
export async function ensureAll(db: DatabasePort, collection: string, records: readonly { _id: string }[]): Promise<number> {
  let created = 0
  for (const r of records) created += await ensure(db, collection, r)
  return created
}
