/**
 * Matters the bench stores in bulk go straight into the engine, past the write path: their
 * roll-ups are built from them with the same builder `npm run check:rollups -- --rebuild`
 * uses, reading the matters in memory rather than page by page through the service.
 */
import type { Change } from '../emulator/db/engine'
import type { StoredDoc } from '../emulator/db'
import type { LocalCloud } from '../emulator/local-cloud'
import { addSettled, type Computed } from '../cloudfunctions/figures/rollup-check'
import { factsOfItem, ROLLUPS } from '../cloudfunctions/figures/rollup-write'
import type { ItemRecord } from '../cloudfunctions/kernel/records'

export async function buildRollupsInBulk(cloud: LocalCloud, now: Date): Promise<number> {
  const engine = cloud.db.engine
  const computed: Computed = new Map()
  for (const doc of engine.collection('items', 'bench').docs.values()) {
    const item = doc as unknown as ItemRecord
    addSettled(computed, { ...factsOfItem(item), pointCode: item.pointCode }, now)
  }
  const rollups = engine.collection(ROLLUPS, 'bench')
  const changes: Change[] = [...computed.values()].map((r) => ({ coll: rollups, id: r._id, after: { ...r, updatedAt: now } as unknown as StoredDoc }))
  await engine.apply('bench', changes)
  return changes.length
}
