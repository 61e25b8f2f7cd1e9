/**
 * Demo data of the 月台账 and 帮扶 at xd01, on the areas and households of seed-areas.ts:
 * 帮扶 plans for the 困难 households, last month's visits in 张建国's 幸福路片 and its ledger
 * confirmed by 陈书记, and this month's remarks. Only with the demo matters; adds only what
 * is missing.
 */
import { householdKey, monthOf } from '../domain/diary/visits'
import { chinaWallClock } from '../domain/kernel/time'
import { dueAtOf } from '../domain/support/plans'
import type { VisitRecord } from '../cloudfunctions/diary/visit-records'
import { getStaff } from '../cloudfunctions/kernel/collections'
import type { DatabasePort } from '../cloudfunctions/kernel/port'
import { asArea } from '../cloudfunctions/areas/area-reads'
import { asLedger, computeMonth, ledgerId } from '../cloudfunctions/ledger/ledger-records'
import { confirmMonth, writeRemarks } from '../cloudfunctions/ledger/ledger-write'
import { planId, type SupportPlanRecord } from '../cloudfunctions/support/plan-records'
import { demoHouseholds } from './seed-areas'
import { ensureAll } from './seed-ensure'

const CADRE_1 = 'demo-cadre-1'
const LEADER = 'demo-leader'
/** 张建国's 幸福路片 (emulator/seed-areas.ts): the area whose months the demo remarks and confirms. */
const AREA = 'demo-area-xd01-1'
const CADRE_NAMES: Record<string, string> = { 'demo-cadre-1': '张建国', 'demo-cadre-2': '李秀英', 'demo-cadre-3': '王志强' }

/** Last month's visits in 幸福路片, so the confirmed month has its visits. */
const LAST_MONTH_VISITS = ['幸福路12号3单元501', '幸福路10号2单元301', '幸福路14号1单元302', '幸福路16号2单元402']

function records(now: Date) {
  const today = chinaWallClock(now)
  const households = demoHouseholds(now).filter((h) => h.pointCode === 'xd01' && h.status === 'active')
  const last = today.startOf('month').subtract(1, 'month')
  const visits: VisitRecord[] = LAST_MONTH_VISITS.map((address, i) => {
    const visitedAt = last.add(3 + i * 5, 'day').format('YYYY-MM-DD')
    const household = households.find((h) => h.address === address)
    return {
      _id: `demo-ledger-visit-${monthOf(visitedAt)}-${i + 1}`,
      requestId: `demo-ledger-visit-${i + 1}`,
      author: CADRE_1,
      authorName: '张建国',
      pointCode: 'xd01',
      form: 'homeVisit',
      visitedAt,
      month: monthOf(visitedAt),
      household: { address, met: '户主' },
      householdKey: householdKey(address),
      ...(household ? { householdId: household._id } : {}),
      heard: '家里情况稳定，聊了聊近期的困难和打算',
      difficulties: '',
      done: '记下了需要帮忙的事，下次走访再看',
      followsItemIds: [],
      itemIds: [],
      createdAt: now,
      updatedAt: now,
    }
  })
  const periodStart = today.startOf('month').format('YYYY-MM-DD')
  const plans: SupportPlanRecord[] = households
    .filter((h) => h.flags.includes('hardship'))
    .map((h) => ({
      _id: planId(h._id),
      pointCode: 'xd01',
      area: h.area,
      household: h._id,
      householdKey: h.householdKey,
      what: h.flags.includes('dibao') ? '协助办理低保年审，节日送米面油' : '每月上门看望，帮助解决生活上的困难',
      who: CADRE_NAMES[h.createdBy] ?? '包片干部',
      every: 'month' as const,
      active: true,
      periodStart,
      dueAt: dueAtOf(periodStart, 'month'),
      cadreToldAt: null,
      nextDueAt: dueAtOf(periodStart, 'month'),
      periods: 0,
      onTime: 0,
      createdAt: h.createdAt,
      createdBy: LEADER,
      updatedAt: h.createdAt,
    }))
  return { visits, plans, lastMonth: last.format('YYYY-MM'), thisMonth: today.format('YYYY-MM') }
}

/** Returns how many records it wrote. */
export async function seedLedgerDemo(db: DatabasePort, now: Date, demoMatters = false): Promise<number> {
  if (!demoMatters) return 0
  const r = records(now)
  let created = (await ensureAll(db, 'visits', r.visits)) + (await ensureAll(db, 'supportPlans', r.plans))
  const area = asArea((await db.collection('areas').doc(AREA).get()).data)
  const [cadre, leader] = await Promise.all([getStaff(db, CADRE_1), getStaff(db, LEADER)])
  if (!area || !cadre || !leader) return created
  // through the ledger's own write path: last month remarked and confirmed, this month remarked
  if (!asLedger((await db.collection('ledgers').doc(ledgerId(area._id, r.lastMonth)).get()).data)) {
    await writeRemarks(db, area, r.lastMonth, cadre, '上月走访了四户，孙志刚家低保年审材料已帮助准备齐全。', now)
    await confirmMonth(db, area, r.lastMonth, leader, await computeMonth(db, area, r.lastMonth), now)
    created++
  }
  if (!asLedger((await db.collection('ledgers').doc(ledgerId(area._id, r.thisMonth)).get()).data)) {
    await writeRemarks(db, area, r.thisMonth, cadre, '本月新迁入两户，陈海燕家新列为困难群众，已建立帮扶计划；幸福路12号楼道照明已报修。', now)
    created++
  }
  return created
}
