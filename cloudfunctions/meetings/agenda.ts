/**
 * What meetings (集中议事) and trips (代理办事) share: the points a list covers, reading a
 * short list of matters, and writing one step of a record onto one matter exactly once.
 */
import type { AgendaItem } from '../../domain/meetings/api'
import type { ItemAction } from '../../domain/matters/transitions'
import { findActivePoint } from '../kernel/collections'
import { changeItem } from '../matters/item-change'
import { readPage } from '../kernel/paging'
import type { DatabasePort, DocumentData } from '../kernel/port'
import type { ItemRecord, StaffRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { newId, stableId } from '../kernel/ids'
import { workBudgetMs } from '../kernel/timeouts'
import { runTransactionWithRetry } from '../kernel/transaction'
import { matterRelation } from '../../domain/matters/policy'
import { listedPoints } from '../../domain/points/policy'
import type { Scope } from '../../domain/kernel/scope'
import { whereOf } from '../kernel/access'
import type { StaffContext } from '../kernel/staff-context'
import { asItems, type Reader } from '../kernel/reads'

export const OPEN_STATUSES = ['accepted', 'in_progress'] as const
export const isOpen = (item: ItemRecord) => (OPEN_STATUSES as readonly string[]).includes(item.status)

/** The points a list covers: the one asked for (the caller's own), or all the caller's. */
export function pointsToList(staff: StaffRecord, pointCode: string | undefined): string[] {
  const points = listedPoints(staff, pointCode)
  if (!points) throw new AppError('FORBIDDEN', '您不在这个说事点工作')
  return [...points]
}

/** A page of a collection's records (meetings, trips) in a list's scope, the latest date first. */
export async function pageAtPoints<T>(
  db: DatabasePort,
  collection: string,
  scope: Scope,
  page: { cursor?: string; limit?: number },
  read: (docs: readonly DocumentData[]) => T[],
) {
  const query = db.collection(collection).where(whereOf(db, scope)).orderBy('date', 'desc').orderBy('createdAt', 'desc')
  return readPage(query, page, 10, read)
}

export async function pointNameOf(db: DatabasePort, code: string): Promise<string> {
  return (await findActivePoint(db, code)).name
}

/** Matters by id (at most a page of them), in the order asked. Missing ones are refused. */
export async function readItems(db: DatabasePort, ids: string[]): Promise<ItemRecord[]> {
  const _ = db.command
  const { data } = await db.collection('items').where({ _id: _.in(ids) }).limit(ids.length).get()
  const byId = new Map(asItems(data).map((i) => [i._id, i]))
  return ids.map((id) => {
    const item = byId.get(id)
    if (!item) throw new AppError('INVALID_INPUT', '选择的事项有的已不存在，请刷新后重新选择')
    return item
  })
}

export function agendaItem(item: ItemRecord): AgendaItem {
  return {
    itemId: item._id,
    no: item.no,
    category: item.category,
    excerpt: Array.from(item.content).slice(0, 40).join(''),
    assigneeName: item.assignee.name,
  }
}

/** A document as `set` takes it: CloudBase refuses an `_id` in the data (and a nested update would merge, not replace). */
export function withoutId<T extends { _id?: unknown }>(doc: T): Omit<T, '_id'> {
  const { _id, ...fields } = doc
  return fields
}

/**
 * Writes a new meeting or trip once: with a `requestId`, its id is derived from the caller
 * and the request, so a resent request finds the record its first sending made.
 */
export async function createOnce<R extends DocumentData & { _id: string }>(
  ctx: StaffContext,
  staff: StaffRecord,
  collection: 'meetings' | 'trips',
  requestId: string | undefined,
  record: Omit<R, '_id'>,
  read: Reader<R>,
): Promise<R> {
  const id = requestId ? stableId(collection === 'meetings' ? 'meeting' : 'trip', staff.openid, requestId) : newId()
  return runTransactionWithRetry(
    ctx.db,
    async (tx) => {
      const ref = tx.collection(collection).doc(id)
      const existing = read.one((await ref.get()).data)
      if (existing) return existing
      await ref.set({ data: record })
      return { _id: id, ...record } as R
    },
    ctx.options.retry,
  )
}

const ALREADY_DONE = Symbol('already done')

/**
 * One step of a meeting's or a trip's record onto its matter, once: in the matter's own
 * change transaction (matters/item-change.ts) the record's document is read, the step marked
 * done, and the matter changed from what the record holds. A retry, or a second caller at
 * the same time, finds the mark and writes nothing; the mark and the change land together
 * or not at all. Answers whether this call wrote it.
 */
export async function writeStepOnce<R extends DocumentData & { done: string[] }>(
  ctx: StaffContext,
  staff: StaffRecord,
  step: { collection: 'meetings' | 'trips'; read: Reader<R>; recordId: string; key: string; itemId: string; action: ItemAction },
  apply: (item: ItemRecord, record: R) => ItemRecord,
): Promise<boolean> {
  let record: R | null = null
  try {
    await changeItem(
      ctx.db,
      step.itemId,
      {
        action: step.action,
        roleOf: (i) => matterRelation(staff, i),
        prepare: async (tx) => {
          const ref = tx.collection(step.collection).doc(step.recordId)
          const r = step.read.one((await ref.get()).data)
          if (!r || r.done.includes(step.key)) throw ALREADY_DONE
          record = r
          await ref.set({ data: withoutId({ ...r, done: [...r.done, step.key] }) })
        },
        apply: (item) => {
          if (!record) throw new Error(`${step.collection} ${step.recordId} was not read before its step`)
          return apply(item, record)
        },
      },
      ctx.now,
      ctx.options.retry,
      ctx.queued,
    )
    return true
  } catch (err) {
    if (err === ALREADY_DONE) return false
    throw err
  }
}

/**
 * Writes the steps not done yet, one transaction each, while the call has time (the rest
 * is left for the next call, which carries on where this one stopped).
 */
export async function writeSteps(ctx: StaffContext, keys: string[], write: (key: string) => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + workBudgetMs('staff') * 0.8
  for (const key of keys) {
    if (Date.now() > deadline) return
    await write(key)
    ctx.options.afterRecordStep?.(key)
  }
}

/** Marks a record `recorded` once every one of its steps is done; answers it as it is now. */
export async function finishRecord<R extends DocumentData & { done: string[]; status: string }>(
  ctx: StaffContext,
  collection: 'meetings' | 'trips',
  read: Reader<R>,
  id: string,
  stepsOf: (r: R) => string[],
): Promise<R> {
  return runTransactionWithRetry(
    ctx.db,
    async (tx) => {
      const ref = tx.collection(collection).doc(id)
      const r = read.found((await ref.get()).data)
      if (r.status !== 'recording' || !stepsOf(r).every((k) => r.done.includes(k))) return r
      const next = { ...r, status: 'recorded' }
      await ref.set({ data: withoutId(next) })
      return next
    },
    ctx.options.retry,
  )
}
