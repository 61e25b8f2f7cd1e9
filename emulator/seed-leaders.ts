/**
 * Demo 挂点 leaders of the demo county (QX → townships QX-A, QX-B): a county leader and
 * township A's leader with 挂点 xd01, township B's at a point of its own; each receives at
 * an upcoming 约访 opening of their 挂点 (on the roster beside the cadre on duty), and this
 * month's 民情日记 shows the county leader's quota met, township A's one visit short of
 * three and township B's none. What the tree's own seed made is left as it is: a node, a
 * point's place in the tree, a schedule are inserted only when absent.
 */
import type { DutyRecord } from '../cloudfunctions/duty/duty-roster'
import type { VisitRecord } from '../cloudfunctions/diary/visit-records'
import type { DatabasePort } from '../cloudfunctions/kernel/port'
import type { ScheduleRecord, StaffRecord } from '../cloudfunctions/kernel/records'
import { householdKey, monthOf } from '../domain/diary/visits'
import { chinaWallClock } from '../domain/kernel/time'
import { openingsBetween } from '../domain/schedule/openings'

export const DEMO_LEADERS = {
  county: 'demo-county-leader',
  townshipA: 'demo-township-a-leader',
  townshipB: 'demo-township-b-leader',
  /** township B's demo point, when the tree's seed gave it none */
  pointB: 'xs01',
} as const

const ORGS = [
  { _id: 'QX', code: 'QX', name: '青溪县', level: 'county', parent: null, path: [], active: true },
  { _id: 'QX-A', code: 'QX-A', name: '东城镇', level: 'township', parent: 'QX', path: ['QX'], active: true },
  { _id: 'QX-B', code: 'QX-B', name: '西山乡', level: 'township', parent: 'QX', path: ['QX'], active: true },
  { _id: 'QX-A1', code: 'QX-A1', name: '新东社区', level: 'village', parent: 'QX-A', path: ['QX', 'QX-A'], active: true },
  { _id: 'QX-B1', code: 'QX-B1', name: '西山村', level: 'village', parent: 'QX-B', path: ['QX', 'QX-B'], active: true },
]

async function ensure(db: DatabasePort, collection: string, record: { _id: string }): Promise<boolean> {
  const ref = db.collection(collection).doc(record._id)
  if ((await ref.get()).data) return false
  const { _id, ...fields } = record
  await ref.set({ data: fields })
  return true
}

/** Township B's point: one the tree put there, else the demo's own 西山村 point with Thursday openings. */
async function pointOfB(db: DatabasePort, now: Date): Promise<{ code: string; created: number }> {
  const { data } = await db.collection('points').where({ orgPath: 'QX-B' }).field({ code: true }).limit(1).get()
  if (data.length > 0) return { code: String(data[0].code), created: 0 }
  const code = DEMO_LEADERS.pointB
  let created = 0
  const point = { _id: `point-${code}`, code, name: '西山村民情说事点', kind: 'talk', community: '西山村', address: '西山村村委会一楼', openHours: '每周四 9:00–12:00、14:30–17:00', leadCadre: 'demo-cadre-1', routing: {}, active: true, org: 'QX-B1', orgPath: ['QX', 'QX-B', 'QX-B1'], createdAt: now }
  if (await ensure(db, 'points', point)) created++
  const schedule: ScheduleRecord = {
    _id: `schedule-${code}`,
    pointCode: code,
    rules: [
      { weekday: 4, start: '09:00', end: '12:00', kind: 'walkIn' },
      { weekday: 4, start: '14:30', end: '17:00', kind: 'booking', slotMinutes: 30, places: 2 },
    ],
    exceptions: [],
  }
  if (await ensure(db, 'schedules', schedule)) created++
  return { code, created }
}

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
  for (const o of ORGS) if (await ensure(db, 'orgs', o)) created++
  for (const code of ['xd01', 'xd02']) {
    const ref = db.collection('points').doc(`point-${code}`)
    const point = (await ref.get()).data
    if (point && !point.org) {
      await ref.update({ data: { org: 'QX-A1', orgPath: ['QX', 'QX-A', 'QX-A1'] } })
      created++
    }
  }
  const b = await pointOfB(db, now)
  created += b.created
  const leader = (openid: string, name: string, nodes: string[], points: string[], post: Pick<StaffRecord, 'level' | 'contactPoint' | 'title' | 'answersFor'>) =>
    ({ _id: openid, openid, name, roles: ['leader'], points, nodes, active: true, ...post }) as StaffRecord
  const county = leader(DEMO_LEADERS.county, '周建华', ['QX'], ['xd01', 'xd02', b.code], { level: 'county', contactPoint: 'xd01', title: '副县长', answersFor: '分管民政、社会保障' })
  const townA = leader(DEMO_LEADERS.townshipA, '吴晓东', ['QX-A'], ['xd01', 'xd02'], { level: 'township', contactPoint: 'xd01', title: '副镇长', answersFor: '分管城建、环境整治' })
  const townB = leader(DEMO_LEADERS.townshipB, '郑丽', ['QX-B'], [b.code], { level: 'township', contactPoint: b.code, title: '乡长', answersFor: '农业农村、土地流转' })
  for (const s of [county, townA, townB]) if (await ensure(db, 'staff', s)) created++
  created += await onDuty(db, 'xd01', county.openid, now, 0)
  created += await onDuty(db, 'xd01', townA.openid, now, 1)
  created += await onDuty(db, b.code, townB.openid, now, 0)
  const visits = [
    entry(county, 'xd01', now, 12, '幸福路20号', '到说事点听取居民对养老服务站的意见'),
    entry(county, 'xd01', now, 5, '和平路11号', '接待两位居民，问低保复核的进度'),
    entry(townA, 'xd01', now, 3, '新东小区8栋', '接待居民反映小区道路破损'),
  ]
  for (const v of visits) if (await ensure(db, 'visits', v)) created++
  return created
}
