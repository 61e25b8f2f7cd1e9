/**
 * Demo data of 包片, the 月台账 and 帮扶 at xd01: two areas (张建国's 幸福路片, 王志强's
 * 和平路片) with their households — among them the homes the diary seed (seed-visits.ts)
 * visits this month —, 帮扶 plans for the 困难 households, last month's visits and ledger
 * confirmed by 陈书记, and this month's remarks. Areas and households carry ids prefixed
 * `area-xd01-` and `hh-xd01-`. Only with the demo matters; adds only what is missing.
 */
import type { HouseholdFlag } from '../domain/areas/households'
import { householdKey, monthOf } from '../domain/diary/visits'
import { chinaInstant, chinaWallClock } from '../domain/kernel/time'
import { dueAtOf } from '../domain/support/plans'
import type { VisitRecord } from '../cloudfunctions/diary/visit-records'
import { getStaff } from '../cloudfunctions/kernel/collections'
import type { DatabasePort } from '../cloudfunctions/kernel/port'
import type { AreaRecord, HouseholdRecord } from '../cloudfunctions/kernel/records-areas'
import { asLedger, computeMonth, ledgerId } from '../cloudfunctions/ledger/ledger-records'
import { confirmMonth, writeRemarks } from '../cloudfunctions/ledger/ledger-write'
import { planId, type SupportPlanRecord } from '../cloudfunctions/support/plan-records'

const CADRE_1 = 'demo-cadre-1'
const CADRE_3 = 'demo-cadre-3'
const LEADER = 'demo-leader'

type Home = [address: string, head: string, members: number, flags: HouseholdFlag[]]
const AREAS: { id: string; name: string; units: string[]; cadre: string; homes: Home[] }[] = [
  {
    id: 'area-xd01-1',
    name: '幸福路片',
    units: ['幸福路12号', '幸福路14号'],
    cadre: CADRE_1,
    homes: [
      ['幸福路12号3单元501', '王德明', 2, ['hardship', 'aloneElderly']],
      ['幸福路14号1单元302', '刘桂兰', 1, ['aloneElderly', 'disability']],
      ['幸福路12号1单元101', '钱志刚', 4, ['hardship', 'dibao']],
      ['幸福路12号1单元202', '孙丽', 3, []],
      ['幸福路12号2单元301', '李建华', 3, ['activist']],
      ['幸福路12号2单元402', '周平', 2, ['migrant']],
      ['幸福路12号3单元102', '吴秀珍', 1, ['hardship', 'aloneElderly']],
      ['幸福路14号1单元101', '郑伟', 5, []],
      ['幸福路14号2单元201', '冯小红', 3, ['migrant']],
      ['幸福路14号2单元502', '陈国庆', 4, []],
      ['幸福路14号3单元601', '褚大勇', 2, ['keyPerson']],
      ['幸福路14号3单元302', '卫芳', 3, []],
    ],
  },
  {
    id: 'area-xd01-2',
    name: '和平路片',
    units: ['和平路3号', '和平路5号', '和平路7号', '和平路9号'],
    cadre: CADRE_3,
    homes: [
      ['和平路3号2单元101', '孙建国', 3, []],
      ['和平路5号1单元402', '周敏', 3, []],
      ['和平路7号3单元201', '陈福生', 1, ['hardship', 'aloneElderly', 'disability']],
      ['和平路9号2单元602', '吴刚', 3, []],
      ['和平路9号2单元702', '郑丽华', 2, []],
      ['和平路3号1单元301', '蒋文', 4, ['dibao', 'hardship']],
      ['和平路5号2单元101', '沈阿婆', 1, ['aloneElderly']],
      ['和平路5号3单元502', '韩磊', 2, ['migrant']],
      ['和平路7号1单元202', '杨光', 3, ['activist']],
      ['和平路9号1单元401', '朱红', 4, []],
    ],
  },
]

/** Last month's visits in 幸福路片, so the confirmed month has its visits. */
const LAST_MONTH_VISITS = ['幸福路12号3单元501', '幸福路12号1单元101', '幸福路12号3单元102', '幸福路14号2单元201']

function records(now: Date) {
  const today = chinaWallClock(now)
  const yearStart = chinaInstant(`${today.format('YYYY')}-01-02`, '09:00')
  const areas: AreaRecord[] = AREAS.map((a) => ({ _id: a.id, pointCode: 'xd01', name: a.name, units: a.units, cadre: a.cadre, active: true, createdAt: yearStart, updatedAt: yearStart }))
  const households: HouseholdRecord[] = AREAS.flatMap((a) =>
    a.homes.map(([address, head, members, flags], i) => {
      // 钱志刚's family moved into 幸福路片 this month, flagged 困难 on arrival
      const movedIn = a.id === 'area-xd01-1' && i === 2 ? chinaInstant(today.startOf('month').format('YYYY-MM-DD'), '10:00') : null
      return {
        _id: `hh-${a.id.slice(5)}-${String(i + 1).padStart(2, '0')}`,
        pointCode: 'xd01',
        area: a.id,
        address,
        householdKey: householdKey(address),
        head,
        members,
        flags,
        note: '',
        status: 'active' as const,
        changes: movedIn ? [{ kind: 'movedIn' as const, at: movedIn }, { kind: 'flagOn' as const, flag: 'hardship' as const, at: movedIn }] : [],
        createdAt: movedIn ?? yearStart,
        createdBy: a.cadre,
        updatedAt: movedIn ?? yearStart,
      }
    }),
  )
  const last = today.startOf('month').subtract(1, 'month')
  const visits: VisitRecord[] = LAST_MONTH_VISITS.map((address, i) => {
    const visitedAt = last.add(3 + i * 5, 'day').format('YYYY-MM-DD')
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
      who: h.area === 'area-xd01-1' ? '张建国' : '王志强',
      every: 'month' as const,
      active: true,
      periodStart,
      dueAt: dueAtOf(periodStart, 'month'),
      cadreToldAt: null,
      nextDueAt: dueAtOf(periodStart, 'month'),
      periods: 0,
      onTime: 0,
      createdAt: yearStart,
      createdBy: LEADER,
      updatedAt: yearStart,
    }))
  return { areas, households, visits, plans, lastMonth: last.format('YYYY-MM'), thisMonth: today.format('YYYY-MM') }
}

async function add(db: DatabasePort, collection: string, docs: readonly { _id: string }[]): Promise<number> {
  let n = 0
  for (const { _id, ...fields } of docs) {
    const ref = db.collection(collection).doc(_id)
    if ((await ref.get()).data) continue
    await ref.set({ data: fields })
    n++
  }
  return n
}

/** Returns how many records it wrote. */
export async function seedLedgerDemo(db: DatabasePort, now: Date, demoMatters = false): Promise<number> {
  if (!demoMatters) return 0
  const r = records(now)
  let created = (await add(db, 'areas', r.areas)) + (await add(db, 'households', r.households)) + (await add(db, 'visits', r.visits)) + (await add(db, 'supportPlans', r.plans))
  const [area] = r.areas
  const [cadre, leader] = await Promise.all([getStaff(db, CADRE_1), getStaff(db, LEADER)])
  if (!cadre || !leader) return created
  // through the ledger's own write path: last month remarked and confirmed, this month remarked
  if (!asLedger((await db.collection('ledgers').doc(ledgerId(area._id, r.lastMonth)).get()).data)) {
    await writeRemarks(db, area, r.lastMonth, cadre, '上月走访了三户困难群众，钱志刚家低保年审材料已帮助准备齐全。', now)
    await confirmMonth(db, area, r.lastMonth, leader, await computeMonth(db, area, r.lastMonth), now)
    created++
  }
  if (!asLedger((await db.collection('ledgers').doc(ledgerId(area._id, r.thisMonth)).get()).data)) {
    await writeRemarks(db, area, r.thisMonth, cadre, '本月新迁入一户困难家庭，已建立帮扶计划；幸福路12号楼道照明已报修。', now)
    created++
  }
  return created
}
