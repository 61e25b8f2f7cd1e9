/**
 * Reading a period's matters for the figures: one aggregation per 1,000 matters, matched
 * on the registration time (indexes `created`, `point_created`, `assignee_created`) and
 * projected down to the facts the rules need — the answer and reopening times picked out
 * of the timeline by the database, the extensions without their texts — so the cost
 * grows with the period's matters, not with all matters ever, nor with their texts.
 *
 * 数字 reads matters one by one only where roll-ups cannot answer: the period's unsettled
 * matters, the days of a month the period cuts, and a cadre's own figures. The settled
 * matters of whole months come from `rollups` (figures/figures-points.ts).
 */
import { emptyCounts, ratesOf, tally, type MatterFacts, type MatterFigures } from '../../domain/figures/figures'
import type { FigureCursor } from '../../domain/figures/schemas'
import type { ItemStatus } from '../../domain/matters/status'
import type { Category } from '../../domain/matters/categories'
import type { DatabasePort, QueryCondition } from '../kernel/port'
import { AppError } from '../kernel/respond'
import { reader } from '../kernel/reads'

/** CloudBase's aggregation answers 20 results unless limited; 1,000 as queries allow. */
export const FIGURES_PAGE = 1000

export interface FigureScope {
  /** null: every point */
  pointCodes: string[] | null
  cadre: string | null
  start: Date
  end: Date
}

/** A matter's facts, and what a list of them shows (the contact still unmasked). */
export interface FactRow extends MatterFacts {
  pointCode: string
  no: string
  category: Category
  pointName: string
  assigneeName: string
  name: string
  phone: string
}

function projection(db: DatabasePort, display: boolean): Record<string, unknown> {
  const $ = db.command.aggregate
  // a missing field reads as null in both MongoDB and the local cloud
  const orNull = (path: string) => $.ifNull([path, null])
  const timesOf = (type: string) => $.map({ input: $.filter({ input: '$timeline', as: 't', cond: $.eq(['$$t.type', type]) }), as: 't', in: '$$t.at' })
  return {
    createdAt: 1,
    status: 1,
    pointCode: 1,
    acceptedAt: orNull('$acceptedAt'),
    importance: orNull('$importance'),
    dueAt: orNull('$dueAt'),
    closedReason: orNull('$closedReason'),
    replies: timesOf('reply'),
    reopens: timesOf('reopen'),
    extensions: $.map({ input: $.ifNull(['$extensions', []]), as: 'e', in: { at: '$$e.at', to: '$$e.to' } }),
    ratingLevel: orNull('$rating.level'),
    ratingSolved: orNull('$rating.solved'),
    ratingBy: orNull('$rating.recordedBy'),
    escalatedAt: orNull('$escalation.takenAt'),
    ...(display
      ? { no: 1, category: 1, pointName: 1, assigneeName: '$assignee.name', name: orNull('$contact.name'), phone: orNull('$contact.phone') }
      : {}),
  }
}

type Row = Omit<FactRow, 'id' | 'rating' | 'escalated'> & {
  _id: string
  ratingLevel: NonNullable<MatterFacts['rating']>['level'] | null
  ratingSolved: boolean | null
  ratingBy: string | null
  escalatedAt: string | null
}

/** The projected rows, checked as they enter like any document. */
const asRows = reader<Row>('items', { createdAt: 'date', status: 'string', replies: 'array', reopens: 'array', extensions: 'array' }).all

function toFacts(row: Row): FactRow {
  const { _id, ratingLevel, ratingSolved, ratingBy, escalatedAt, ...rest } = row
  return {
    ...rest,
    id: _id,
    rating: ratingLevel ? { level: ratingLevel, solved: ratingSolved === true, recordedBy: ratingBy } : null,
    escalated: escalatedAt !== null,
    name: rest.name ?? '',
    phone: rest.phone ?? '',
  }
}

function condition(db: DatabasePort, scope: FigureScope, after: FigureCursor | null, statuses?: readonly ItemStatus[]): QueryCondition {
  const _ = db.command
  const base: QueryCondition = { createdAt: _.gte(scope.start).and(_.lt(scope.end)) }
  if (statuses) base.status = _.in([...statuses])
  if (scope.pointCodes) base.pointCode = scope.pointCodes.length === 1 ? scope.pointCodes[0] : _.in(scope.pointCodes)
  if (scope.cadre) base['assignee.openid'] = scope.cadre
  if (!after) return base
  const t = new Date(after.t)
  return _.and(base, _.or({ createdAt: _.gt(t) }, { createdAt: _.eq(t), _id: _.gt(after.id) })) as unknown as QueryCondition
}

/** The scope's matters, page by page in registration order, from after `after`. */
export async function* readFacts(
  db: DatabasePort,
  scope: FigureScope,
  opts: { after?: FigureCursor | null; display?: boolean; pageSize?: number; outOfTime?: () => boolean; statuses?: readonly ItemStatus[] } = {},
): AsyncGenerator<FactRow[]> {
  if (scope.pointCodes && scope.pointCodes.length === 0) return
  const size = opts.pageSize ?? FIGURES_PAGE
  let after = opts.after ?? null
  for (;;) {
    // an answer the leader can act on, rather than the platform's timeout
    if (after && opts.outOfTime?.()) throw new AppError('INVALID_INPUT', '这段时间的事项太多，一次算不完；请缩短时段或选择一个说事点')
    const { list } = await db
      .collection('items')
      .aggregate()
      .match(condition(db, scope, after, opts.statuses))
      .sort({ createdAt: 1, _id: 1 })
      .limit(size)
      .project(projection(db, opts.display === true))
      .end()
    const rows = asRows(list).map(toFacts)
    if (rows.length > 0) yield rows
    if (rows.length < size) return
    const last = rows[rows.length - 1]
    after = { t: last.createdAt.getTime(), id: last.id }
  }
}

/** The scope's figures read matter by matter: a cadre's own, and the reference the roll-ups are checked against. */
export async function liveFigures(db: DatabasePort, scope: FigureScope, now: Date, outOfTime?: () => boolean): Promise<MatterFigures> {
  const counts = emptyCounts()
  for await (const page of readFacts(db, scope, { outOfTime })) for (const f of page) tally(counts, f, now)
  return ratesOf(counts)
}
