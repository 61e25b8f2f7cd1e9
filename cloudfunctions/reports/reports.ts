/**
 * 评事日: reports.quarter (the quarter's report of a point: its figures from figures.get's
 * own code, matters by category and track, meetings, visits, extensions, 不满意 and what
 * followed, and the representatives' ratings) and reports.rate (a representative rates
 * the quarter once). Leaders of the point and admins read it; so do its representatives.
 */
import type { QuarterRatingView, QuarterReport } from '../../domain/reports/api'
import { periodInstants, quarterPeriod } from '../../domain/kernel/periods'
import { pingshiDay, ratingClosedReason, reportReady } from '../../domain/reports/reports'
import type { ReportEvent } from '../../domain/reports/schemas'
import { formatChinaDate, toChinaIso } from '../../domain/kernel/time'
import { stableId } from '../kernel/ids'
import type { DatabasePort } from '../kernel/port'
import type { PointRecord, StaffRecord } from '../kernel/records'
import type { QuarterRatingRecord } from './report-records'
import { AppError } from '../kernel/respond'
import { runTransactionWithRetry } from '../kernel/transaction'
import { requireRight } from '../kernel/access'
import { mayRateQuarter, mayReadReport } from '../../domain/reports/policy'
import type { StaffContext } from '../kernel/staff-context'
import { extendedAndUnsatisfied, mattersBy, meetingsIn } from './report-read'
import { figuresOfScope } from '../figures/figures-view'
import { asPoints, asSchedules } from '../kernel/reads'
import { asQuarterRatings } from './report-records'

/** Checked before anything of the point is read. */
function requireReader(staff: StaffRecord, pointCode: string) {
  requireRight(mayReadReport(staff, pointCode), '评事日报告仅供本说事点的领导和居民代表查看')
}

async function pointOf(db: DatabasePort, code: string): Promise<PointRecord> {
  const { data } = await db.collection('points').where({ code }).limit(1).get()
  const point = asPoints(data)[0]
  if (!point) throw new AppError('NOT_FOUND', '没有这个说事点')
  return point
}

/** The point's 评事日 of the quarter, by its schedule now. */
async function pingshiDayOf(db: DatabasePort, pointCode: string, year: number, quarter: number): Promise<string | null> {
  const { data } = await db.collection('schedules').where({ pointCode }).limit(1).get()
  const s = asSchedules(data)[0]
  return s ? pingshiDay(pointCode, s.rules, s.exceptions, quarterPeriod(year, quarter)) : null
}

const ratingId = (openid: string, pointCode: string, year: number, quarter: number) => stableId('quarter-rating', openid, pointCode, `${year}`, `${quarter}`)

const ratingView = (r: QuarterRatingRecord): QuarterRatingView => ({ name: r.name, level: r.level, opinion: r.opinion, at: toChinaIso(r.at) })

async function ratingsOf(db: DatabasePort, pointCode: string, year: number, quarter: number): Promise<QuarterRatingRecord[]> {
  const { data } = await db.collection('quarterRatings').where({ pointCode, year, quarter }).orderBy('at', 'asc').limit(200).get()
  return asQuarterRatings(data)
}

export async function reportsQuarter(input: ReportEvent<'reports.quarter'>, ctx: StaffContext): Promise<QuarterReport> {
  const staff = await ctx.caller()
  requireReader(staff, input.pointCode)
  const { db } = ctx
  const point = await pointOf(db, input.pointCode)
  const days = quarterPeriod(input.year, input.quarter)
  const { start, end } = periodInstants(days)
  const figures = await figuresOfScope({ pointCode: point.code, ...days }, { pointCodes: [point.code], cadre: null, start, end }, ctx)
  const [day, by, rows, meetings, ratings] = await Promise.all([
    pingshiDayOf(db, point.code, input.year, input.quarter),
    mattersBy(db, point.code, start, end),
    extendedAndUnsatisfied(db, point.code, start, end),
    meetingsIn(db, point.code, days),
    ratingsOf(db, point.code, input.year, input.quarter),
  ])
  const today = formatChinaDate(ctx.now)
  const households = new Map<string, { openid: string; name: string; households: number }>()
  for (const v of figures.visits) {
    const c = households.get(v.openid) ?? { openid: v.openid, name: v.name, households: 0 }
    c.households += v.households
    households.set(v.openid, c)
  }
  const representative = mayRateQuarter(staff, point.code)
  const mine = ratings.find((r) => r.openid === staff.openid) ?? null
  const closed = representative ? ratingClosedReason(today, input.year, input.quarter, day) : null
  return {
    pointCode: point.code,
    pointName: point.name,
    year: input.year,
    quarter: input.quarter,
    ...days,
    pingshiDay: day,
    ready: reportReady(today, days, day),
    asOf: toChinaIso(ctx.now),
    figures,
    ...by,
    meetings,
    visits: [...households.values()].sort((a, b) => b.households - a.households || a.name.localeCompare(b.name, 'zh')),
    ...rows,
    ratings: {
      satisfied: ratings.filter((r) => r.level === 'satisfied').length,
      basic: ratings.filter((r) => r.level === 'basic').length,
      unsatisfied: ratings.filter((r) => r.level === 'unsatisfied').length,
      list: ratings.map(ratingView),
      canRate: representative && !mine && closed === null,
      mine: mine ? ratingView(mine) : null,
      notYet: representative && !mine ? closed : null,
    },
  }
}

/** A representative of the point rates its quarter, once: a second rating is refused, never overwrites. */
export async function reportsRate(input: ReportEvent<'reports.rate'>, ctx: StaffContext): Promise<QuarterRatingView> {
  const staff = await ctx.caller()
  requireRight(mayRateQuarter(staff, input.pointCode), '只有本说事点的居民代表可以评议')
  const point = await pointOf(ctx.db, input.pointCode)
  const day = await pingshiDayOf(ctx.db, point.code, input.year, input.quarter)
  const closed = ratingClosedReason(formatChinaDate(ctx.now), input.year, input.quarter, day)
  if (closed) throw new AppError('INVALID_INPUT', closed)
  const id = ratingId(staff.openid, point.code, input.year, input.quarter)
  const record: Omit<QuarterRatingRecord, '_id'> = {
    pointCode: point.code,
    year: input.year,
    quarter: input.quarter,
    openid: staff.openid,
    name: staff.name,
    level: input.level,
    opinion: input.opinion,
    at: ctx.now,
  }
  await runTransactionWithRetry(ctx.db, async (tx) => {
    const ref = tx.collection('quarterRatings').doc(id)
    if ((await ref.get()).data) throw new AppError('CONFLICT', '您已评议过本季度')
    await ref.set({ data: record })
  }, ctx.options.retry)
  return ratingView({ _id: id, ...record })
}
