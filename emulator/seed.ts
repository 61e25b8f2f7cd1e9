/**
 * Demo data for the local cloud: one community (新东社区) with a 说事点 and a 两代表工作室,
 * three cadres, a leader, the deployment's admin and a routing table, in the county tree of
 * seed-org.ts (two townships, six villages, a dozen points, staff held at nodes). Stable openids, so the H5
 * identity switcher and outside tools can play each part. Idempotent: a record that is
 * already there is left as it is.
 */
import { pendingHomeVisit } from '../cloudfunctions/booking/home-visit-change'
import type { DatabasePort } from '../cloudfunctions/kernel/port'
import type { HomeVisitRecord, PointRecord, ScheduleRecord, StaffRecord } from '../cloudfunctions/kernel/records'
import { chinaYmd } from '../domain/kernel/display-dates'
import type { ScheduleException } from '../domain/schedule/openings'
import { chinaWallClock } from '../domain/kernel/time'
import { demoDuties } from './seed-duty'
import { demoVisitQuotas, demoVisits } from './seed-visits'
import { seedMeetingDemo } from './seed-meetings'
import { seedBoardDemo } from './seed-board'
import { demoOrgs, demoTreePoints, demoTreeStaff, DEMO_ORG, placedIn } from './seed-org'

export { DEMO_ORG }
import { seedDepartmentsDemo } from './seed-departments'
import { seedLedgerDemo } from './seed-ledger'
import { seedAreasDemo } from './seed-areas'
import { seedStudioDemo } from './seed-studio'
import { seedDisciplineDemo } from './seed-discipline'
import { seedLeaders } from './seed-leaders'
import { seedHistory } from './seed-history'
import { seedNoticesDemo } from './seed-notices'
import { rebuildRollups } from '../cloudfunctions/figures/rollup-check'
import { ensure } from './seed-ensure'

export const DEMO = {
  residentA: 'demo-resident-a',
  residentB: 'demo-resident-b',
  cadre1: 'demo-cadre-1',
  cadre2: 'demo-cadre-2',
  cadre3: 'demo-cadre-3',
  leader: 'demo-leader',
  admin: 'demo-admin',
  representative: 'demo-representative',
  pointCode: 'xd01',
  studioCode: 'xd02',
} as const

const staff: StaffRecord[] = [
  { _id: DEMO.cadre1, openid: DEMO.cadre1, name: '张建国', roles: ['cadre'], points: ['xd01', 'xd02'], nodes: [], active: true },
  { _id: DEMO.cadre2, openid: DEMO.cadre2, name: '李秀英', roles: ['cadre'], points: ['xd01'], nodes: [], active: true },
  { _id: DEMO.cadre3, openid: DEMO.cadre3, name: '王志强', roles: ['cadre', 'deputy'], points: ['xd01', 'xd02'], nodes: [], active: true },
  { _id: DEMO.leader, openid: DEMO.leader, name: '陈书记', roles: ['leader'], points: ['xd01', 'xd02'], nodes: [], active: true },
  { _id: DEMO.admin, openid: DEMO.admin, name: '赵管理员', roles: ['admin'], points: [], nodes: [], active: true },
  { _id: DEMO.representative, openid: DEMO.representative, name: '孙代表', roles: ['representative'], points: ['xd01'], nodes: [], active: true },
]

const points: PointRecord[] = [
  {
    _id: 'point-xd01',
    code: DEMO.pointCode,
    name: '新东社区民情说事点',
    kind: 'talk',
    community: '新东社区',
    address: '新东社区党群服务中心一楼（幸福路 88 号）',
    openHours: '每周三说事日 9:00–12:00、14:30–17:30；每月不少于 4 次，干部轮流值班',
    phone: '0571-88886666',
    leadCadre: DEMO.cadre1,
    routing: {
      环境卫生: DEMO.cadre2,
      物业管理: DEMO.cadre2,
      基础设施: DEMO.cadre2,
      邻里纠纷: DEMO.cadre3,
      治安消防: DEMO.cadre3,
    },
    active: true,
    ...placedIn(DEMO_ORG.xindong),
  },
  {
    _id: 'point-xd02',
    code: DEMO.studioCode,
    name: '新东社区两代表工作室',
    kind: 'studio',
    community: '新东社区',
    address: '新东社区党群服务中心二楼',
    openHours: '每周五上午 9:00–12:00，人大代表、党代表轮流值班',
    leadCadre: DEMO.cadre3,
    routing: {},
    active: true,
    ...placedIn(DEMO_ORG.xindong),
  },
]

/** xd01: every Wednesday (说事日) 9:00–12:00 walk-in, 14:30–17:30 约访 in 30-minute slots of 2 places; xd02: Friday mornings, deputies on duty. */
const schedules: ScheduleRecord[] = [
  {
    _id: `schedule-${DEMO.pointCode}`,
    pointCode: DEMO.pointCode,
    rules: [
      { weekday: 3, start: '09:00', end: '12:00', kind: 'walkIn' },
      { weekday: 3, start: '14:30', end: '17:30', kind: 'booking', slotMinutes: 30, places: 2 },
    ],
    exceptions: [],
  },
  {
    _id: `schedule-${DEMO.studioCode}`,
    pointCode: DEMO.studioCode,
    rules: [{ weekday: 5, start: '09:00', end: '12:00', kind: 'deputy' }],
    exceptions: [],
  },
]

/** The demo's one closed day: xd01's second Wednesday from today (社区活动), which its pages announce. */
export function demoClosedDay(now: Date): ScheduleException {
  const today = chinaWallClock(now).startOf('day')
  const toWednesday = (3 - today.day() + 7) % 7 || 7
  return { date: today.add(toWednesday + 7, 'day').format('YYYY-MM-DD'), closed: true, reason: '社区活动' }
}

/** The demo cloud's schedules: xd01 with its closed day; tests build their own exceptions. */
function schedulesOf(now: Date, demoMatters: boolean | undefined): ScheduleRecord[] {
  if (!demoMatters) return schedules
  return schedules.map((s) => (s.pointCode === DEMO.pointCode ? { ...s, exceptions: [demoClosedDay(now)] } : s))
}

/** A 上门走访 request waiting at xd01, with days that suit the resident later this week. */
function homeVisits(now: Date): HomeVisitRecord[] {
  const asked = {
    requestId: 'demo-home-visit-1',
    address: '新东社区幸福路 6 号 2 单元 101',
    topic: '老伴卧床，想问问居家养老服务和护理补贴怎么申请',
    preferred: { dates: [chinaYmd(now, 2), chinaYmd(now, 3)], time: 'am' as const },
    contact: { name: '刘桂兰', phone: '13705718899' },
  }
  return [pendingHomeVisit('demo-home-visit-1', DEMO.residentB, { code: DEMO.pointCode, name: '新东社区民情说事点' }, asked, now)]
}

/** Returns how many records it created (0 when the demo data was already there). */
export async function seedDemoData(db: DatabasePort, now: Date = new Date(), options: { demoMatters?: boolean } = {}): Promise<number> {
  let created = 0
  // matters only for the demo cloud: tests build their own (and count what they made)
  if (options.demoMatters) {
    created += await seedMeetingDemo(db, now)
    created += await seedBoardDemo(db, now)
  }
  for (const o of demoOrgs) if (await ensure(db, 'orgs', o)) created++
  for (const s of [...staff, ...demoTreeStaff]) if (await ensure(db, 'staff', s)) created++
  for (const p of [...points, ...demoTreePoints]) if (await ensure(db, 'points', p)) created++
  const seeded = schedulesOf(now, options.demoMatters)
  for (const sc of seeded) if (await ensure(db, 'schedules', sc)) created++
  for (const d of demoDuties(seeded, now)) if (await ensure(db, 'duties', d)) created++
  created += await seedAreasDemo(db, now)
  for (const v of demoVisits(now)) if (await ensure(db, 'visits', v)) created++
  for (const q of demoVisitQuotas) if (await ensure(db, 'settings', q)) created++
  for (const v of homeVisits(now)) if (await ensure(db, 'homeVisits', v)) created++
  created += await seedDepartmentsDemo(db, now, options.demoMatters)
  created += await seedLedgerDemo(db, now, options.demoMatters)
  created += await seedStudioDemo(db, now, options.demoMatters)
  created += await seedDisciplineDemo(db, now, options.demoMatters)
  if (options.demoMatters) {
    created += await seedLeaders(db, now)
    // the county's year goes on the tree seeded above
    created += await seedHistory(db, now)
    created += await seedNoticesDemo(db, now)
    // matters written in bulk, past the write path: their point-months' roll-ups built from them
    if (created > 0) await rebuildRollups(db, now)
  }
  return created
}
