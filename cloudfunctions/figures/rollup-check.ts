/**
 * The roll-ups recomputed from the matters: `checkRollups` lists every difference from
 * what is stored (`npm run check:rollups`, and the tests), `rebuildRollups` writes them
 * (matters stored in bulk: the demo seed, the bench, a first deployment of roll-ups).
 * Both read every settled matter, page by page: maintenance work, not a request's.
 */
import { emptyCounts, MATTER_SETS, tally, type MatterCounts, type MatterFacts } from '../../domain/figures/figures'
import { isSettled, rollupId, SETTLED } from '../../domain/figures/rollups'
import { monthKey } from '../../domain/matters/numbering'
import type { DatabasePort } from '../kernel/port'
import { readFacts } from './figures-read'
import { asRollups, ROLLUPS, type RollupRecord } from './rollup-write'

export type Computed = Map<string, Omit<RollupRecord, 'updatedAt'>>

const ALL_TIME = { start: new Date(0), end: new Date(8.64e15) }

/** Adds a matter to the roll-ups being built when it is settled (matters stored in bulk, e.g. by the bench). */
export function addSettled(out: Computed, f: MatterFacts & { pointCode: string }, now: Date): void {
  if (!isSettled(f.status)) return
  const month = monthKey(f.createdAt)
  const _id = rollupId(f.pointCode, month)
  const r = out.get(_id) ?? out.set(_id, { _id, pointCode: f.pointCode, month, counts: emptyCounts() }).get(_id)!
  tally(r.counts, f, now)
}

/** Every point-month's counts, from the settled matters. */
export async function computeRollups(db: DatabasePort, now: Date): Promise<Computed> {
  const out: Computed = new Map()
  for await (const page of readFacts(db, { pointCodes: null, cadre: null, ...ALL_TIME }, { statuses: SETTLED })) {
    for (const f of page) addSettled(out, f, now)
  }
  return out
}

async function storedRollups(db: DatabasePort): Promise<RollupRecord[]> {
  const out: RollupRecord[] = []
  for (let skip = 0; ; skip += 1000) {
    const { data } = await db.collection(ROLLUPS).where({ month: db.command.exists(true) }).orderBy('month', 'asc').orderBy('_id', 'asc').skip(skip).limit(1000).get()
    out.push(...asRollups(data))
    if (data.length < 1000) return out
  }
}

const differs = (a: MatterCounts, b: MatterCounts) => MATTER_SETS.filter((s) => (a[s] ?? 0) !== (b[s] ?? 0))

/** Every difference between the stored roll-ups and the matters, in words; empty when they agree. */
export async function checkRollups(db: DatabasePort, now: Date): Promise<string[]> {
  const computed = await computeRollups(db, now)
  const problems: string[] = []
  for (const stored of await storedRollups(db)) {
    const want = computed.get(stored._id)?.counts ?? emptyCounts()
    computed.delete(stored._id)
    for (const s of differs(stored.counts, want)) problems.push(`${stored._id} ${s}: 汇总 ${stored.counts[s] ?? 0}，事项 ${want[s]}`)
  }
  for (const missing of computed.values()) problems.push(`${missing._id}: 没有汇总（${missing.counts.collected + missing.counts.withdrawn} 件已办结或撤回）`)
  return problems
}

/** Writes every point-month's roll-up from the matters, and removes those no matter backs. */
export async function rebuildRollups(db: DatabasePort, now: Date): Promise<number> {
  const computed = await computeRollups(db, now)
  for (const stored of await storedRollups(db)) if (!computed.has(stored._id)) await db.collection(ROLLUPS).doc(stored._id).remove()
  const rows = [...computed.values()]
  for (let i = 0; i < rows.length; i += 20) {
    await Promise.all(rows.slice(i, i + 20).map(({ _id, ...r }) => db.collection(ROLLUPS).doc(_id).set({ data: { ...r, updatedAt: now } })))
  }
  return rows.length
}
