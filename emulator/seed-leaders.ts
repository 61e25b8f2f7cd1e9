/**
 * Demo 挂点 leaders of the org seed's county (seed-org.ts, DEMO_ORG: 青溪县 QX → 青溪镇 QX-A,
 * 城南街道 QX-B): a county leader and 青溪镇's leader with 挂点 xd01, 城南街道's at nm01; each
 * receives at an upcoming 约访 opening of their 挂点 (on the roster beside the cadre on duty),
 * and this month's 民情日记 shows the county leader's quota met, 青溪镇's one visit short of
 * three and 城南街道's none. The org seed runs first and places every node and point; this
 * one adds only the leaders, their rosters and their diaries.
 */
import type { DutyRecord } from '../cloudfunctions/duty/duty-roster'
import type { VisitRecord } from '../cloudfunctions/diary/visit-records'
import type { DatabasePort } from '../cloudfunctions/kernel/port'
import type { ScheduleRecord, StaffRecord } from '../cloudfunctions/kernel/records'
import { householdKey, monthOf } from '../domain/diary/visits'
import { chinaWallClock } from '../domain/kernel/time'
import { openingsBetween } from '../domain/schedule/openings'
import { ensure } from './seed-ensure'

export const DEMO_LEADERS = {
  county: 'demo-county-leader',
  townshipA: 'demo-township-a-leader',
  townshipB: 'demo-township-b-leader',
  /** township B's (城南街道) point from the org seed: 南门社区民情说事点 */
  pointB: 'nm01',
} as const

/** The `nth` 约访 opening of the point from tomorrow on (as its schedule stands), or null. */
async function bookingOpening(db: DatabasePort, code: string, now: Date, nth: number) {
  const schedule = (await db.collection('schedules').doc(`schedule-${code}`).get()).data as ScheduleRecord | null
  if (!schedule) return null
  const from = chinaWallClock(now).add(1, 'day').format('YYYY-MM-DD')
  return openingsBetween(code, schedule.rules, schedule.exceptions, from, 28).filter((o) => o.kind === 'booking')[nth] ?? null
}

/** Puts the leader on the roster of that opening, beside whoever is on duty already. */
async function onDuty(db: DatabasePort, code: string, openid: string, now: Date, nth: number): Promise<number> {
  const o = await bookingOpening(db, code, now, nth)
  if (!o) return 0
  const ref = db.collection('duties').doc(o.id)
  const duty = (await ref.get()).data as DutyRecord | null
  if (duty?.openids.includes(openid)) return 0
  if (duty) await ref.update({ data: { openids: [...duty.openids, openid] } })
  else await ref.set({ data: { pointCode: code, date: o.date, start: o.start, startAt: o.startAt, openids: [openid], updatedBy: 'seed', updatedAt: now } })
  return 1
}

/** A diary entry `daysAgo` (kept within this month) at the point. */
function entry(author: StaffRecord, pointCode: string, now: Date, daysAgo: number, address: string, heard: string): VisitRecord {
  const today = chinaWallClock(now)
  const day = today.subtract(daysAgo, 'day')
  const visitedAt = (day.isBefore(today.startOf('month')) ? today.startOf('month') : day).format('YYYY-MM-DD')
  return {
    _id: `demo-leader-visit-${monthOf(visitedAt)}-${author.openid}-${daysAgo}`,
    requestId: `demo-leader-visit-${daysAgo}`,
    author: author.openid,
    authorName: author.name,
    pointCode,
    form: 'walkIn',
    visitedAt,
    month: monthOf(visitedAt),
    household: { address, met: '来访居民' },
    householdKey: householdKey(address),
    heard,
    difficulties: '',
    done: '当场答复，需要部门办的已交代跟进',
    followsItemIds: [],
    itemIds: [],
    createdAt: now,
    updatedAt: now,
  }
}

/** Returns how many records it created or changed. */
export async function seedLeaders(db: DatabasePort, now: Date): Promise<number> {
  let created = 0
  const leader = (openid: string, name: string, nodes: string[], points: string[], post: Pick<StaffRecord, 'level' | 'contactPoint' | 'title' | 'answersFor'>) =>
    ({ _id: openid, openid, name, roles: ['leader'], points, nodes, active: true, ...post }) as StaffRecord
  const county = leader(DEMO_LEADERS.county, '周建华', ['QX'], ['xd01', 'xd02', DEMO_LEADERS.pointB], { level: 'county', contactPoint: 'xd01', title: '副县长', answersFor: '分管民政、社会保障' })
  const townA = leader(DEMO_LEADERS.townshipA, '吴晓东', ['QX-A'], ['xd01', 'xd02'], { level: 'township', contactPoint: 'xd01', title: '副镇长', answersFor: '分管城建、环境整治' })
  const townB = leader(DEMO_LEADERS.townshipB, '郑丽', ['QX-B'], [DEMO_LEADERS.pointB], { level: 'township', contactPoint: DEMO_LEADERS.pointB, title: '街道办主任', answersFor: '农业农村、土地流转' })
  for (const s of [county, townA, townB]) if (await ensure(db, 'staff', s)) created++
  created += await onDuty(db, 'xd01', county.openid, now, 0)
  created += await onDuty(db, 'xd01', townA.openid, now, 1)
  created += await onDuty(db, DEMO_LEADERS.pointB, townB.openid, now, 0)
  const visits = [
    entry(county, 'xd01', now, 12, '幸福路20号', '到说事点听取居民对养老服务站的意见'),
    entry(county, 'xd01', now, 5, '和平路11号', '接待两位居民，问低保复核的进度'),
    entry(townA, 'xd01', now, 3, '新东小区8栋', '接待居民反映小区道路破损'),
  ]
  for (const v of visits) if (await ensure(db, 'visits', v)) created++
  return created
}
