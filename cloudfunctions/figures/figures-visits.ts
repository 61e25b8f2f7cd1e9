/**
 * 走访 in 数字: for each month of the period, the households each cadre of the points
 * visited (民情日记, counted as in 走访进度: diary/visit-records.ts) against the point's quota.
 * One query per month for the visits, one for the cadres and one for the quotas.
 */
import type { VisitFigure, VisitQuotaFigure } from '../../domain/figures/api'
import { monthsOf, type ChinaDays } from '../../domain/kernel/periods'
import { chinaMonth, standing } from '../../domain/diary/visits'
import type { DatabasePort } from '../kernel/port'
import { householdsByCadre, quotasOf } from '../diary/visit-records'
import { owesVisits } from '../../domain/diary/policy'
import { asStaffList } from '../kernel/reads'

export async function visitFigures(
  db: DatabasePort,
  points: readonly { pointCode: string; pointName: string }[],
  cadre: string | null,
  period: ChinaDays,
  now: Date,
): Promise<{ visits: VisitFigure[]; visitQuota: VisitQuotaFigure[] }> {
  if (points.length === 0) return { visits: [], visitQuota: [] }
  const pointCodes = points.map((p) => p.pointCode)
  const nameOf = new Map(points.map((p) => [p.pointCode, p.pointName]))
  const _ = db.command
  const { data } = await db
    .collection('staff')
    .where({ points: _.in([...pointCodes]), active: true })
    .limit(500)
    .get()
  const cadres = asStaffList(data).filter((s) => owesVisits(s) && (!cadre || s.openid === cadre))
  const quotas = await quotasOf(db, pointCodes)
  const thisMonth = chinaMonth(now)
  // months not begun yet have nothing to count
  const months = monthsOf(period).filter((m) => m.month <= thisMonth)
  const visits: VisitFigure[] = []
  for (const m of months) {
    const counts = await householdsByCadre(db, pointCodes, m.month)
    for (const s of cadres) {
      for (const code of s.points.filter((p) => pointCodes.includes(p))) {
        const st = standing(counts.get(`${s.openid} ${code}`) ?? 0, quotas.get(code)!)
        visits.push({ month: m.month, pointCode: code, pointName: nameOf.get(code) ?? code, openid: s.openid, name: s.name, households: st.count, min: st.min, max: st.max, behind: st.behind, monthOver: m.month < thisMonth })
      }
    }
  }
  return { visits, visitQuota: pointCodes.map((code) => ({ pointCode: code, min: quotas.get(code)!.min, max: quotas.get(code)!.max })) }
}
