/**
 * What the quarter's report reads besides the figures (which come from figures.get's own
 * code): the matters by category and track, counted by the database; the meetings; the
 * matters extended or rated 不满意 with what followed. Every matter row is masked.
 */
import type { ReportExtension, ReportItem, ReportMeeting, ReportUnsatisfied } from '../../domain/reports/api'
import type { Category } from '../../domain/matters/categories'
import type { Track } from '../../domain/matters/handling'
import type { ChinaDays } from '../../domain/kernel/periods'
import { maskName } from '../../domain/privacy/mask'
import { toChinaIso } from '../../domain/kernel/time'
import type { DatabasePort, QueryCondition } from '../kernel/port'
import type { ItemRecord } from '../kernel/records'
import { asItemFields } from '../kernel/reads'
import { asMeetings } from '../meetings/meeting-records'

/** More rows than a printed report can hold are cut here (the counts stay whole). */
export const REPORT_ROWS = 200

const FOLLOWING = new Set(['reopen', 'reply', 'supervise', 'rate', 'close'])

/** One point's, or several points' (a node's), matters collected in the period. */
function collectedIn(db: DatabasePort, points: string | string[], start: Date, end: Date): QueryCondition {
  const _ = db.command
  const pointCode = typeof points === 'string' ? points : _.in(points)
  return { pointCode, createdAt: _.gte(start).and(_.lt(end)), status: _.neq('withdrawn') }
}

async function countBy<K>(db: DatabasePort, where: QueryCondition, field: string): Promise<{ key: K; count: number }[]> {
  const $ = db.command.aggregate
  const { list } = await db
    .collection('items')
    .aggregate()
    .match(where)
    .group({ _id: $.ifNull([`$${field}`, null]), count: $.sum(1) })
    .sort({ count: -1, _id: 1 })
    .limit(100)
    .end()
  return (list as { _id: K; count: number }[]).map((r) => ({ key: r._id, count: r.count }))
}

/** The quarter's matters (withdrawn ones apart, as in the figures) by category and by track. */
export async function mattersBy(db: DatabasePort, points: string | string[], start: Date, end: Date) {
  const where = collectedIn(db, points, start, end)
  const [categories, tracks] = await Promise.all([countBy<Category>(db, where, 'category'), countBy<Track | null>(db, where, 'track')])
  return {
    byCategory: categories.map((c) => ({ category: c.key, count: c.count })),
    byTrack: tracks.map((t) => ({ track: t.key, count: t.count })),
  }
}

/** What the report reads of a matter (of its contact, the name only). */
const REPORT_FIELDS = ['no', 'category', 'contact', 'createdAt', 'extensions', 'timeline', 'status', 'ratings', 'unsatisfiedCount', 'supervision'] as const
type ReportMatter = Pick<ItemRecord, '_id' | (typeof REPORT_FIELDS)[number]>

const row = (i: ReportMatter): ReportItem => ({ id: i._id, no: i.no, category: i.category, name: maskName(i.contact?.name ?? ''), createdAt: toChinaIso(i.createdAt) })

/** The unsatisfied matter's story from its first reopening: answered again, 督办, rated, closed. */
function unsatisfiedRow(i: ReportMatter): ReportUnsatisfied {
  const reopened = i.timeline.findIndex((t) => t.type === 'reopen')
  const after = reopened < 0 ? [] : i.timeline.slice(reopened)
  const times = i.unsatisfiedCount ?? 0
  const ratings = i.ratings ?? []
  // a rating after the last 不满意 is how the resident judged the second handling
  const latest = ratings.length > times ? (ratings[ratings.length - 1]?.level ?? null) : null
  return {
    ...row(i),
    times,
    latest,
    supervision: i.supervision === true,
    followed: after.filter((t) => FOLLOWING.has(t.type)).map((t) => ({ type: t.type, at: toChinaIso(t.at) })),
  }
}

/** The quarter's matters extended, each extension with its reason; and those rated 不满意. */
export async function extendedAndUnsatisfied(db: DatabasePort, pointCode: string, start: Date, end: Date) {
  const _ = db.command
  const base = collectedIn(db, pointCode, start, end)
  const read = (extra: QueryCondition) =>
    db
      .collection('items')
      .where(_.and(base, extra))
      .field({ no: true, category: true, 'contact.name': true, createdAt: true, extensions: true, timeline: true, status: true, ratings: true, unsatisfiedCount: true, supervision: true })
      .orderBy('createdAt', 'asc')
      .limit(REPORT_ROWS)
      .get()
  const [ext, unsat] = await Promise.all([read({ 'extensions.0': _.exists(true) }), read({ unsatisfiedCount: _.gt(0) })])
  const extensions: ReportExtension[] = asItemFields(ext.data, REPORT_FIELDS).flatMap((i) =>
    (i.extensions ?? []).map((e) => ({ ...row(i), reason: e.reason, to: toChinaIso(e.to) })),
  )
  return { extensions, unsatisfied: asItemFields(unsat.data, REPORT_FIELDS).map(unsatisfiedRow) }
}

/** The point's meetings held (or convened) in the quarter, with their decisions. */
export async function meetingsIn(db: DatabasePort, pointCode: string, days: ChinaDays): Promise<ReportMeeting[]> {
  const _ = db.command
  const { data } = await db
    .collection('meetings')
    .where({ pointCode, date: _.gte(days.from).and(_.lte(days.to)) })
    .orderBy('date', 'asc')
    .limit(100)
    .get()
  return asMeetings(data).map((m) => {
    const agenda = new Map(m.agenda.map((a) => [a.itemId, a]))
    return {
      id: m._id,
      body: m.body,
      date: m.date,
      recorded: m.status === 'recorded',
      decisions: (m.decisions ?? []).map((d) => ({
        no: agenda.get(d.itemId)?.no ?? '',
        category: agenda.get(d.itemId)?.category ?? '',
        decision: d.decision,
        votes: d.votes ?? null,
      })),
    }
  })
}
