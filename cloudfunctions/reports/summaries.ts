/**
 * 民情专递工作半年小结: summaries.draft (the point's summary of a half-year as stored, or
 * unsaved from its figures; with a text generated afresh each time; reading writes
 * nothing), summaries.save (the leader's edit, over the version they read; version 0 is
 * the first save) and summaries.finalise (final never changes; before the half-year is
 * over only when the leader confirms it early).
 * Leaders of the point only.
 */
import type { SummaryView } from '../../domain/reports/api'
import { halfYearPeriod, periodInstants } from '../../domain/kernel/periods'
import { earlyFinalWarning, summaryDraft } from '../../domain/reports/reports'
import type { ReportEvent } from '../../domain/reports/schemas'
import { formatChinaDate, toChinaIso } from '../../domain/kernel/time'
import { stableId } from '../kernel/ids'
import type { PointRecord, StaffRecord } from '../kernel/records'
import type { SummaryRecord } from './report-records'
import { AppError } from '../kernel/respond'
import { runTransactionWithRetry } from '../kernel/transaction'
import { requireRight } from '../kernel/access'
import { mayWriteSummaries, mayWriteSummary } from '../../domain/reports/policy'
import type { StaffContext } from '../kernel/staff-context'
import { extendedAndUnsatisfied, mattersBy, meetingsIn } from './report-read'
import { figuresOfScope } from '../figures/figures-view'
import { asPoints } from '../kernel/reads'
import { asSummary } from './report-records'

const REFUSAL = '半年小结由本说事点的领导撰写'

function requireLeaderOf(staff: StaffRecord, pointCode: string) {
  requireRight(mayWriteSummary(staff, pointCode), REFUSAL)
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

type SummaryKey = Pick<SummaryRecord, 'pointCode' | 'year' | 'half'>

const summaryId = (k: SummaryKey) => stableId('summary', k.pointCode, `${k.year}`, `${k.half}`)

const view = (s: Omit<SummaryRecord, '_id'> & { _id: string }, generated: string, now: Date, saved = true): SummaryView => ({
  id: s._id,
  pointCode: s.pointCode,
  pointName: s.pointName,
  year: s.year,
  half: s.half,
  status: s.status,
  text: s.text,
  version: saved ? s.version : 0,
  generated,
  updatedAt: saved ? toChinaIso(s.updatedAt) : null,
  earlyWarning: s.status === 'final' ? null : earlyFinalWarning(s.year, s.half, formatChinaDate(now)),
  finalisedAt: s.finalisedAt ? toChinaIso(s.finalisedAt) : null,
  finalisedByName: s.finalisedByName,
})

async function readPoint(ctx: StaffContext, code: string): Promise<PointRecord> {
  const { data } = await ctx.db.collection('points').where({ code }).limit(1).get()
  const point = asPoints(data)[0]
  if (!point) throw new AppError('NOT_FOUND', '没有这个说事点')
  return point
}

/**
 * The point's summary of a half-year: the stored one (maybe edited), or, when none is
 * stored, the draft the figures give, unsaved (version 0). Reading stores nothing.
 */
export async function summariesDraft(input: ReportEvent<'summaries.draft'>, ctx: StaffContext): Promise<SummaryView> {
  const staff = await ctx.caller()
  requireLeaderOf(staff, input.pointCode)
  const point = await readPoint(ctx, input.pointCode)
  const generated = await generate(ctx, point, input.year, input.half)
  const id = summaryId(input)
  const stored = asSummary((await ctx.db.collection('summaries').doc(id).get()).data)
  if (stored) return view(stored, generated, ctx.now)
  const unsaved = { _id: id, ...freshRecord(point, input, generated, staff, ctx.now) }
  return view(unsaved, generated, ctx.now, false)
}

function freshRecord(point: PointRecord, k: SummaryKey, text: string, staff: StaffRecord, now: Date): Omit<SummaryRecord, '_id'> {
  return {
    pointCode: point.code,
    pointName: point.name,
    year: k.year,
    half: k.half,
    status: 'draft',
    text,
    version: 1,
    createdBy: staff.openid,
    createdAt: now,
    updatedBy: staff.openid,
    updatedAt: now,
    finalisedBy: null,
    finalisedByName: null,
    finalisedAt: null,
  }
}

/** The first save: the leader's text becomes version 1, unless someone saved first. */
async function createSummary(ctx: StaffContext, input: ReportEvent<'summaries.save'>): Promise<SummaryView> {
  const staff = await ctx.caller()
  const { pointCode, year, half } = input
  if (!pointCode || !year || !half) throw new AppError('INVALID_INPUT', '请说明是哪个说事点哪个半年的小结')
  requireLeaderOf(staff, pointCode)
  if (summaryId({ pointCode, year, half }) !== input.id) throw new AppError('INVALID_INPUT', '小结编号与说事点和半年不符，请刷新后重试')
  const point = await readPoint(ctx, pointCode)
  const record = freshRecord(point, { pointCode, year, half }, input.text, staff, ctx.now)
  const saved = await runTransactionWithRetry(ctx.db, async (tx) => {
    const ref = tx.collection('summaries').doc(input.id)
    if ((await ref.get()).data) throw new AppError('CONFLICT', '这份小结已被别人先保存了，请刷新后再改')
    await ref.set({ data: record })
    return { _id: input.id, ...record }
  }, ctx.options.retry)
  return view(saved, '', ctx.now)
}

/** Reads the summary for a change by a leader of its point; a final one refuses every change. */
async function changeSummary(ctx: StaffContext, id: string, change: (s: SummaryRecord, staff: StaffRecord) => Partial<SummaryRecord>): Promise<SummaryView> {
  const staff = await ctx.caller()
  requireRight(mayWriteSummaries(staff), REFUSAL)
  const saved = await runTransactionWithRetry(ctx.db, async (tx) => {
    const ref = tx.collection('summaries').doc(id)
    const s = asSummary((await ref.get()).data)
    // another point's summary answers like a missing one
    if (!s || !mayWriteSummary(staff, s.pointCode)) throw new AppError('NOT_FOUND', '没有找到这份小结，请先保存')
    if (s.status === 'final') throw new AppError('CONFLICT', '这份小结已定稿，不能再修改')
    const patch = { ...change(s, staff), updatedBy: staff.openid, updatedAt: ctx.now, version: s.version + 1 }
    await ref.update({ data: patch })
    return { ...s, ...patch }
  }, ctx.options.retry)
  return view(saved, '', ctx.now)
}

export async function summariesSave(input: ReportEvent<'summaries.save'>, ctx: StaffContext): Promise<SummaryView> {
  if (input.version === 0) return createSummary(ctx, input)
  return changeSummary(ctx, input.id, (s) => {
    if (s.version !== input.version) throw new AppError('CONFLICT', '这份小结已被别人修改，请刷新后再改')
    return { text: input.text }
  })
}

export async function summariesFinalise(input: ReportEvent<'summaries.finalise'>, ctx: StaffContext): Promise<SummaryView> {
  return changeSummary(ctx, input.id, (s, staff) => {
    const early = earlyFinalWarning(s.year, s.half, formatChinaDate(ctx.now))
    if (early && !input.early) throw new AppError('INVALID_INPUT', early)
    return { status: 'final', finalisedBy: staff.openid, finalisedByName: staff.name, finalisedAt: ctx.now }
  })
}
