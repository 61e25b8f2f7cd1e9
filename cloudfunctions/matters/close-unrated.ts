/**
 * 未评价办结: replies left unrated for the rating window close as 未评价. A run works in
 * batches until its time budget is spent, keeping its place in `jobs` so the next run
 * resumes there; a matter whose change fails is logged, counted and passed over (the
 * cursor moves beyond it), so it never blocks the rest. A run that reaches the end
 * clears the cursor: the next pass starts over and tries the failures again.
 */
import { MATTER_DEADLINES } from '../../domain/policy/defaults'
import { changeItem, type ItemChange } from './item-change'
import type { DatabasePort, QueryCondition } from '../kernel/port'
import { isAppError } from '../../domain/kernel/errors'
import type { RetryOptions } from '../kernel/transaction'
import { asItemFields, reader } from '../kernel/reads'

const JOB_ID = 'close-unrated'
const DAY_MS = 24 * 60 * 60 * 1000
/** Matters changed at once: separate documents, so they never conflict with each other. */
const PARALLEL = 10

interface Cursor {
  repliedAt: Date
  id: string
}

export interface JobRecord {
  _id: string
  cursor: Cursor | null
  updatedAt: Date
}

const asJob = reader<JobRecord>('jobs', { cursor: 'object?' }).one

export interface CloseUnratedResult {
  closedUnrated: number
  /** rated (or otherwise changed) meanwhile: the table refused, as it should */
  skipped: number
  failed: number
  /** false when the budget ran out first: the next run resumes from the cursor */
  done: boolean
}

export interface RunLimits {
  budgetMs: number
  batchSize: number
  retry?: RetryOptions
  /** elapsed-time source; the work budget is real time, not the function's clock */
  elapsedMs: () => number
}

const expire = (now: Date): ItemChange => ({
  action: 'expireRating',
  roleOf: () => 'system',
  apply: (i) => ({
    ...i,
    closedAt: now,
    closedReason: 'unrated',
    timeline: [
      ...i.timeline,
      { type: 'close', at: now, actor: 'system', actorName: '系统', text: `${MATTER_DEADLINES.ratingWindowDays} 天内未评价，按“未评价”办结` },
    ],
  }),
})

function dueCondition(db: DatabasePort, cutoff: Date, cursor: Cursor | null): QueryCondition {
  const _ = db.command
  const due = { status: 'replied', repliedAt: _.lte(cutoff) }
  if (!cursor) return due
  return _.and(due, _.or({ repliedAt: _.gt(cursor.repliedAt) }, { repliedAt: _.eq(cursor.repliedAt), _id: _.gt(cursor.id) }))
}

type Outcome = 'closed' | 'skipped' | 'failed'

async function closeOne(db: DatabasePort, item: { _id: string }, now: Date, retry?: RetryOptions): Promise<Outcome> {
  try {
    await changeItem(db, item._id, expire(now), now, retry)
    return 'closed'
  } catch (err) {
    if (isAppError(err) && (err.code === 'CONFLICT' || err.code === 'NOT_FOUND')) return 'skipped'
    // the id only: a matter's content and contact are personal data
    const reason = err instanceof Error ? `${err.name}: ${err.message}` : String(err)
    console.error(`[shuoshi] scheduler: closing unrated matter ${item._id} failed: ${reason}`)
    return 'failed'
  }
}

async function inPool<T, R>(list: T[], size: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = []
  for (let i = 0; i < list.length; i += size) out.push(...(await Promise.all(list.slice(i, i + size).map(fn))))
  return out
}

export async function closeUnrated(db: DatabasePort, now: Date, limits: RunLimits): Promise<CloseUnratedResult> {
  const cutoff = new Date(now.getTime() - MATTER_DEADLINES.ratingWindowDays * DAY_MS)
  const jobRef = db.collection('jobs').doc(JOB_ID)
  let cursor = asJob((await jobRef.get()).data)?.cursor ?? null
  const result: CloseUnratedResult = { closedUnrated: 0, skipped: 0, failed: 0, done: false }
  // at least one batch per run, so even a tiny budget makes progress
  do {
    const { data } = await db
      .collection('items')
      .where(dueCondition(db, cutoff, cursor))
      .orderBy('repliedAt', 'asc')
      .orderBy('_id', 'asc')
      .limit(limits.batchSize)
      .get()
    // only what the cursor needs: each matter is read, checked and changed in its own transaction
    const batch = asItemFields(data, ['repliedAt'])
    for (const outcome of await inPool(batch, PARALLEL, (item) => closeOne(db, item, now, limits.retry))) {
      if (outcome === 'closed') result.closedUnrated++
      else if (outcome === 'skipped') result.skipped++
      else result.failed++
    }
    const last = batch.at(-1)
    result.done = batch.length < limits.batchSize
    cursor = result.done || !last?.repliedAt ? null : { repliedAt: last.repliedAt, id: last._id }
    await jobRef.set({ data: { cursor, updatedAt: now } })
  } while (!result.done && limits.elapsedMs() < limits.budgetMs)
  return result
}
