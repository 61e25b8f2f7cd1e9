/** 工作台: the caller's matters by tab, with a count on every tab. */
import type { MatterStaffEvent } from '../../domain/matters/schemas'
import type { QueuePage } from '../../domain/matters/api'
import { DUE_SOON_MS } from '../../domain/matters/deadlines'
import { QUEUE_TABS, type QueueTab } from '../../domain/matters/handling'
import { toStaffSummary } from './item-view'
import { readPage } from '../kernel/paging'
import type { DatabasePort, QueryCondition } from '../kernel/port'
import type { StaffRecord } from '../kernel/records'
import { requireRight, requireScope, whereOf } from '../kernel/access'
import { mayOpenWorkbench, workbenchScope } from '../../domain/matters/policy'
import type { StaffContext } from '../kernel/staff-context'
import { asItems } from '../kernel/reads'

const DEFAULT_PAGE = 10

/** Whose matters the caller's workbench shows (domain/matters/policy.ts `workbenchScope`). */
function scope(db: DatabasePort, caller: StaffRecord, cadre: string | undefined): QueryCondition {
  requireRight(mayOpenWorkbench(caller), '工作台仅供干部和领导使用')
  return whereOf(db, requireScope(workbenchScope(caller, cadre), '只有领导可以查看其他干部的事项'))
}

function tabCondition(db: DatabasePort, tab: QueueTab, now: Date): QueryCondition {
  const _ = db.command
  const open = _.in(['accepted', 'in_progress'])
  switch (tab) {
    case 'pending':
      return { status: 'submitted' }
    case 'active':
      return { status: open }
    case 'dueSoon':
      return { status: open, dueAt: _.gte(now).and(_.lte(new Date(now.getTime() + DUE_SOON_MS))) }
    case 'overdue':
      return { status: open, dueAt: _.lt(now) }
    case 'awaitingRating':
      return { status: 'replied' }
    case 'closed':
      return { status: 'closed' }
    case 'all':
      return {}
  }
}

/** Most urgent first: the longest waiting, the soonest due, the latest answered. */
const ORDER: Record<QueueTab, [string, 'asc' | 'desc']> = {
  pending: ['createdAt', 'asc'],
  active: ['dueAt', 'asc'],
  dueSoon: ['dueAt', 'asc'],
  overdue: ['dueAt', 'asc'],
  awaitingRating: ['repliedAt', 'desc'],
  closed: ['closedAt', 'desc'],
  all: ['createdAt', 'desc'],
}

export async function queue(input: MatterStaffEvent<'queue'>, ctx: StaffContext): Promise<QueuePage> {
  const { db, now } = ctx
  const _ = db.command
  const caller = await ctx.caller()
  const base = scope(db, caller, input.cadre)
  const where = (tab: QueueTab) => {
    const condition = tabCondition(db, tab, now)
    return Object.keys(condition).length ? _.and(base, condition) : base
  }
  const [field, order] = ORDER[input.tab]

  const [shown, ...totals] = await Promise.all([
    readPage(db.collection('items').where(where(input.tab)).orderBy(field, order).orderBy('seq', 'asc'), input, DEFAULT_PAGE, asItems),
    ...QUEUE_TABS.map((tab) => db.collection('items').where(where(tab)).count()),
  ])
  const counts = Object.fromEntries(QUEUE_TABS.map((tab, i) => [tab, totals[i].total])) as Record<QueueTab, number>
  return { items: shown.rows.map((i) => toStaffSummary(i, now)), nextCursor: shown.nextCursor, counts }
}
