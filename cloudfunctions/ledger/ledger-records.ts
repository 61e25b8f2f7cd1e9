/**
 * 月台账 as stored in `ledgers` ({_id: area-month}): the cadre's remarks and, once a leader
 * confirms the month, the frozen figures; and the reads that make a month from the records.
 */
import type { LedgerComputed, LedgerMatter, LedgerVisit } from '../../domain/ledger/ledger'
import { computeLedger, monthSpan, yearToDate } from '../../domain/ledger/ledger'
import type { DatabasePort } from '../kernel/port'
import type { AreaRecord } from '../kernel/records-areas'
import { reader } from '../kernel/reads'
import { householdsOf } from '../areas/area-reads'

export interface LedgerRecord {
  _id: string
  area: string
  pointCode: string
  month: string
  remarks: string
  remarksBy: string | null
  remarksAt: Date | null
  confirmed: { by: string; byName: string; at: Date } | null
  /** the month as it stood when confirmed: later edits of households do not change it */
  snapshot: (LedgerComputed & { madeAt: Date }) | null
  updatedAt: Date
}

export const ledgerId = (area: string, month: string) => `${area}-${month}`
export const asLedger = reader<LedgerRecord>('ledgers', { area: 'string', month: 'string', remarks: 'string', confirmed: 'object?', snapshot: 'object?' }).one

const PAGE = 1000
const MAX_PAGES = 10

async function paged(fetch: (skip: number) => Promise<{ data: Record<string, unknown>[] }>, what: string): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = []
  for (let page = 0; page < MAX_PAGES; page++) {
    const { data } = await fetch(page * PAGE)
    out.push(...data)
    if (data.length < PAGE) return out
  }
  throw new Error(`more than ${PAGE * MAX_PAGES} ${what}`)
}

/** The point's diary visits of the year up to the month: what the visits columns count. */
async function visitsOfYear(db: DatabasePort, pointCode: string, month: string): Promise<LedgerVisit[]> {
  const _ = db.command
  const rows = await paged(
    (skip) =>
      db
        .collection('visits')
        .where({ pointCode, month: _.in(yearToDate(month)) })
        .orderBy('createdAt', 'asc')
        .field({ form: true, month: true, householdKey: true, householdId: true, itemIds: true })
        .skip(skip)
        .limit(PAGE)
        .get(),
    'visits',
  )
  return rows.map((v) => ({
    form: String(v.form),
    month: String(v.month),
    householdKey: String(v.householdKey),
    householdId: typeof v.householdId === 'string' ? v.householdId : undefined,
    itemIds: Array.isArray(v.itemIds) ? v.itemIds.map(String) : [],
  }))
}

/** The point's matters registered in the month, with the contact address the area is matched by. */
async function mattersOfMonth(db: DatabasePort, pointCode: string, month: string): Promise<LedgerMatter[]> {
  const _ = db.command
  const { start, end } = monthSpan(month)
  const rows = await paged(
    (skip) =>
      db
        .collection('items')
        .where({ pointCode, createdAt: _.gte(start).and(_.lt(end)) })
        .orderBy('createdAt', 'asc')
        .field({ no: true, category: true, status: true, contact: true })
        .skip(skip)
        .limit(PAGE)
        .get(),
    'matters',
  )
  return rows.map((i) => ({
    _id: String(i._id),
    no: String(i.no),
    category: String(i.category),
    status: String(i.status),
    contactAddress: String((i.contact as { address?: unknown } | undefined)?.address ?? ''),
  }))
}

/** The month as the records have it now. */
export async function computeMonth(db: DatabasePort, area: AreaRecord, month: string): Promise<LedgerComputed> {
  const [households, visits, matters] = await Promise.all([householdsOf(db, area._id), visitsOfYear(db, area.pointCode, month), mattersOfMonth(db, area.pointCode, month)])
  return computeLedger(month, households, visits, matters)
}
