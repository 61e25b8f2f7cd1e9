/**
 * 民情专递工作半年小结: summaries.draft (the point's summary of a half-year, made from its
 * figures the first time; with a text generated afresh each time), summaries.save (the
 * leader's edit, over the version they read) and summaries.finalise (final never changes).
 * Leaders of the point only.
 */
import type { SummaryView } from '../../../domain/api-reports'
import { halfYearPeriod, periodInstants } from '../../../domain/periods'
import { summaryDraft } from '../../../domain/reports'
import type { StaffEvent } from '../../../domain/staff-schemas'
import { formatChinaDate, toChinaIso } from '../../../domain/time'
import { stableId } from '../../lib/ids'
import type { PointRecord, StaffRecord } from '../../lib/records'
import type { SummaryRecord } from '../../lib/report-records'
import { AppError } from '../../lib/respond'
import { runTransactionWithRetry } from '../../lib/transaction'
import { hasRole } from '../access'
import type { StaffContext } from '../context'
import { extendedAndUnsatisfied, mattersBy, meetingsIn } from '../report-read'
import { figuresOfScope } from './figures'

const REFUSAL = '半年小结由本说事点的领导撰写'

function requireLeaderOf(staff: StaffRecord, pointCode: string) {
  if (!hasRole(staff, 'leader') || !staff.points.includes(pointCode)) throw new AppError('FORBIDDEN', REFUSAL)
}

/** The text the figures of the half-year give today. */
async function generate(ctx: StaffContext, point: PointRecord, year: number, half: number): Promise<string> {
  const days = halfYearPeriod(year, half)
  const { start, end } = periodInstants(days)
  const figures = await figuresOfScope({ pointCode: point.code, ...days }, { pointCodes: [point.code], cadre: null, start, end }, ctx)
  const [by, meetings, rows] = await Promise.all([mattersBy(ctx.db, point.code, start, end), meetingsIn(ctx.db, point.code, days), extendedAndUnsatisfied(ctx.db, point.code, start, end)])
  const visitors = new Set(figures.visits.filter((v) => v.households > 0).map((v) => v.openid))
  return summaryDraft({
    pointName: point.name,
    year,
    half,
    asOf: formatChinaDate(ctx.now),
    figures,
    meetings: { count: meetings.length, decided: meetings.reduce((n, m) => n + m.decisions.length, 0) },
    topCategories: by.byCategory,
    households: figures.visits.reduce((n, v) => n + v.households, 0),
    cadresVisiting: visitors.size,
    unsatisfiedFollowed: rows.unsatisfied.filter((u) => u.followed.length > 0).length,
  })
}

const view = (s: SummaryRecord, generated: string): SummaryView => ({
  id: s._id,
  pointCode: s.pointCode,
  pointName: s.pointName,
  year: s.year,
  half: s.half,
  status: s.status,
  text: s.text,
  version: s.version,
  generated,
  updatedAt: toChinaIso(s.updatedAt),
  finalisedAt: s.finalisedAt ? toChinaIso(s.finalisedAt) : null,
  finalisedByName: s.finalisedByName,
})

export async function summariesDraft(input: StaffEvent<'summaries.draft'>, ctx: StaffContext): Promise<SummaryView> {
  const staff = await ctx.caller()
  requireLeaderOf(staff, input.pointCode)
  const { data } = await ctx.db.collection('points').where({ code: input.pointCode }).limit(1).get()
  const point = (data as PointRecord[])[0]
  if (!point) throw new AppError('NOT_FOUND', '没有这个说事点')
  const generated = await generate(ctx, point, input.year, input.half)
  const id = stableId('summary', point.code, `${input.year}`, `${input.half}`)
  const fresh: Omit<SummaryRecord, '_id'> = {
    pointCode: point.code,
    pointName: point.name,
    year: input.year,
    half: input.half,
    status: 'draft',
    text: generated,
    version: 1,
    createdBy: staff.openid,
    createdAt: ctx.now,
    updatedBy: staff.openid,
    updatedAt: ctx.now,
    finalisedBy: null,
    finalisedByName: null,
    finalisedAt: null,
  }
  // the first draft is kept; later calls return what is stored (maybe edited) with a new generated text beside it
  const stored = await runTransactionWithRetry(ctx.db, async (tx) => {
    const ref = tx.collection('summaries').doc(id)
    const found = (await ref.get()).data as SummaryRecord | null
    if (found) return found
    await ref.set({ data: fresh })
    return { _id: id, ...fresh }
  }, ctx.options.retry)
  return view(stored, generated)
}

/** Reads the summary for a change by a leader of its point; a final one refuses every change. */
async function changeSummary(ctx: StaffContext, id: string, change: (s: SummaryRecord, staff: StaffRecord) => Partial<SummaryRecord>): Promise<SummaryView> {
  const staff = await ctx.caller()
  if (!hasRole(staff, 'leader')) throw new AppError('FORBIDDEN', REFUSAL)
  const saved = await runTransactionWithRetry(ctx.db, async (tx) => {
    const ref = tx.collection('summaries').doc(id)
    const s = (await ref.get()).data as SummaryRecord | null
    // another point's summary answers like a missing one
    if (!s || !staff.points.includes(s.pointCode)) throw new AppError('NOT_FOUND', '没有找到这份小结')
    if (s.status === 'final') throw new AppError('CONFLICT', '这份小结已定稿，不能再修改')
    const patch = { ...change(s, staff), updatedBy: staff.openid, updatedAt: ctx.now, version: s.version + 1 }
    await ref.update({ data: patch })
    return { ...s, ...patch }
  }, ctx.options.retry)
  return view(saved, '')
}

export async function summariesSave(input: StaffEvent<'summaries.save'>, ctx: StaffContext): Promise<SummaryView> {
  return changeSummary(ctx, input.id, (s) => {
    if (s.version !== input.version) throw new AppError('CONFLICT', '这份小结已被别人修改，请刷新后再改')
    return { text: input.text }
  })
}

export async function summariesFinalise(input: StaffEvent<'summaries.finalise'>, ctx: StaffContext): Promise<SummaryView> {
  return changeSummary(ctx, input.id, (_s, staff) => ({ status: 'final', finalisedBy: staff.openid, finalisedByName: staff.name, finalisedAt: ctx.now }))
}
