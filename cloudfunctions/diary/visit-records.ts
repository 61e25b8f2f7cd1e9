/**
 * 民情日记 as stored, and the reads that count it: a point's quota, and the households each
 * cadre visited in a month. Shared by the diary's actions and the figures.
 */
import { householdsVisited, type VisitForm, type VisitQuota } from '../../domain/diary/visits'
import { DIARY } from '../../domain/policy/defaults'
import type { DatabasePort } from '../kernel/port'
import { reader } from '../kernel/reads'

export interface VisitRecord {
  _id: string
  requestId: string
  /** the cadre who visited and wrote it */
  author: string
  authorName: string
  pointCode: string
  form: VisitForm
  /** YYYY-MM-DD, China date */
  visitedAt: string
  /** YYYY-MM of visitedAt: the month it counts in */
  month: string
  household: { address: string; met: string }
  /** the household as counted once a month (domain/diary/visits.ts householdKey) */
  householdKey: string
  /** the 包片 household visited, when the point keeps its households (its key is householdKey) */
  householdId?: string
  heard: string
  difficulties: string
  done: string
  /** matters of the point this visit follows up (回访) */
  followsItemIds: string[]
  /** matters registered from this visit */
  itemIds: string[]
  createdAt: Date
  updatedAt: Date
}

/** A point's quota lives in `settings`, apart from the point (points.upsert rewrites the point). */
export const quotaDocId = (pointCode: string) => `visit-quota-${pointCode}`

export async function quotasOf(db: DatabasePort, pointCodes: readonly string[]): Promise<Map<string, VisitQuota & { isDefault: boolean }>> {
  const out = new Map<string, VisitQuota & { isDefault: boolean }>()
  if (pointCodes.length === 0) return out
  const _ = db.command
  const { data } = await db
    .collection('settings')
    .where({ _id: _.in(pointCodes.map(quotaDocId)) })
    .limit(pointCodes.length)
    .get()
  const stored = new Map(data.map((d) => [String(d._id), d as { min: number; max: number }]))
  for (const code of pointCodes) {
    const q = stored.get(quotaDocId(code))
    out.set(code, q ? { min: q.min, max: q.max, isDefault: false } : { ...DIARY.quota, isDefault: true })
  }
  return out
}

const PAGE = 1000
/** More than a township's cadres write in a month; past it the count says so rather than hang. */
const MAX_PAGES = 10

/** `${author} ${pointCode}` → households visited in `month` at those points. */
export async function householdsByCadre(db: DatabasePort, pointCodes: readonly string[], month: string): Promise<Map<string, number>> {
  const _ = db.command
  const rows: Pick<VisitRecord, 'author' | 'pointCode' | 'form' | 'householdKey'>[] = []
  for (let page = 0; page < MAX_PAGES; page++) {
    const { data } = await db
      .collection('visits')
      .where({ pointCode: _.in([...pointCodes]), month })
      .orderBy('createdAt', 'asc')
      .field({ author: true, pointCode: true, form: true, householdKey: true })
      .skip(page * PAGE)
      .limit(PAGE)
      .get()
    rows.push(...asVisitFields(data, ['author', 'pointCode', 'form', 'householdKey']))
    if (data.length < PAGE) break
    if (page === MAX_PAGES - 1) throw new Error(`more than ${PAGE * MAX_PAGES} visits in ${month}`)
  }
  const groups = new Map<string, typeof rows>()
  for (const r of rows) {
    const key = `${r.author} ${r.pointCode}`
    groups.set(key, [...(groups.get(key) ?? []), r])
  }
  return new Map([...groups].map(([key, visits]) => [key, householdsVisited(visits)]))
}

const visits = reader<VisitRecord>('visits', {
  author: 'string',
  authorName: 'string',
  pointCode: 'string',
  form: 'string',
  visitedAt: 'string',
  month: 'string',
  household: 'object',
  householdKey: 'string',
  followsItemIds: 'array',
  itemIds: 'array',
  createdAt: 'date',
})
export const asVisit = visits.one
export const asFoundVisit = visits.found
export const asVisits = visits.all
export const asVisitFields = visits.some
