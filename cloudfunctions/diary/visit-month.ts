/**
 * 走访进度: households visited this month against the point's quota — a cadre's own, and
 * for a leader every cadre of their points, those behind first, before the month ends.
 * The quota is set per point by the admin (default 3–5).
 */
import type { VisitMonth, VisitQuotaView, VisitStanding } from '../../domain/diary/api'
import type { DiaryEvent } from '../../domain/diary/schemas'
import { chinaMonth, daysLeftInMonth, standing } from '../../domain/diary/visits'
import type { StaffRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { householdsByCadre, quotaDocId, quotasOf } from './visit-records'
import { requireRight } from '../kernel/access'
import { mayKeepVisitQuota, mayKeepVisitQuotas, owesVisits, seesTeamVisits } from '../../domain/diary/policy'
import { listedPoints } from '../../domain/points/policy'
import { managedPoints } from '../../domain/points/roles'
import type { StaffContext } from '../kernel/staff-context'
import { requireDiaryReader } from './visit-access'
import { asPoint, asPoints, asStaffList } from '../kernel/reads'
import { ownLeaderStanding } from './leader-standings'

async function pointNames(ctx: StaffContext, codes?: readonly string[]): Promise<Map<string, string>> {
  const _ = ctx.db.command
  const { data } = await ctx.db
    .collection('points')
    .where(codes ? { code: _.in([...codes]) } : {})
    .limit(200)
    .get()
  return new Map(asPoints(data).map((p) => [p.code, p.name]))
}

export async function visitMonth(input: DiaryEvent<'visits.month'>, ctx: StaffContext): Promise<VisitMonth> {
  const staff = await ctx.caller()
  requireDiaryReader(staff)
  const listed = listedPoints(staff, input.pointCode)
  requireRight(listed !== null, '只能查看自己所在说事点的走访进度')
  const { db, now } = ctx
  const month = input.month ?? chinaMonth(now)
  const points = [...(listed ?? [])]
  const [quotas, counts, names] = await Promise.all([quotasOf(db, points), householdsByCadre(db, points, month), pointNames(ctx, points)])

  const standingOf = (who: StaffRecord, code: string): VisitStanding => {
    const quota = quotas.get(code)!
    return { openid: who.openid, name: who.name, pointCode: code, pointName: names.get(code) ?? code, ...standing(counts.get(`${who.openid} ${code}`) ?? 0, quota) }
  }
  const mine = owesVisits(staff) ? points.map((code) => standingOf(staff, code)) : []
  let team: VisitStanding[] | null = null
  if (seesTeamVisits(staff)) {
    const _ = db.command
    const { data } = await db.collection('staff').where({ points: _.in(points), active: true }).limit(500).get()
    team = asStaffList(data)
      .filter(owesVisits)
      .flatMap((s) => s.points.filter((p) => points.includes(p)).map((code) => standingOf(s, code)))
      // behind first, then those with a quota to meet, the fewest households first
      .sort(
        (a, b) =>
          Number(b.behind) - Number(a.behind) ||
          Number(a.min === 0) - Number(b.min === 0) ||
          a.count - b.count ||
          a.pointCode.localeCompare(b.pointCode) ||
          a.name.localeCompare(b.name),
      )
  }
  return { month, daysLeft: daysLeftInMonth(month, now), mine, team, leader: await ownLeaderStanding(db, staff, month) }
}

export async function setVisitQuota(input: DiaryEvent<'visits.setQuota'>, ctx: StaffContext): Promise<VisitQuotaView> {
  const admin = await ctx.caller()
  requireRight(mayKeepVisitQuota(admin, input.pointCode))
  const point = asPoint((await ctx.db.collection('points').doc(`point-${input.pointCode}`).get()).data)
  if (!point) throw new AppError('NOT_FOUND', '没有这个说事点')
  await ctx.db
    .collection('settings')
    .doc(quotaDocId(point.code))
    .set({ data: { min: input.min, max: input.max, updatedBy: admin.openid, updatedAt: ctx.now } })
  return { pointCode: point.code, pointName: point.name, min: input.min, max: input.max, isDefault: false }
}

export async function visitQuotas(_input: DiaryEvent<'visits.quotas'>, ctx: StaffContext): Promise<{ quotas: VisitQuotaView[] }> {
  const admin = await ctx.caller()
  requireRight(mayKeepVisitQuotas(admin))
  // an admin's points: the deployment admin's all of them
  const names = await pointNames(ctx, managedPoints(admin) ?? undefined)
  const quotas = await quotasOf(ctx.db, [...names.keys()])
  return { quotas: [...names].map(([code, name]) => ({ pointCode: code, pointName: name, ...quotas.get(code)! })) }
}
