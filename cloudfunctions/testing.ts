/**
 * Helpers shared by the function tests. Each test file starts its own system (`startWorld`
 * in beforeAll); a test that changes shared state makes its own people and points with
 * `fresh*`, so no test depends on another's data or order.
 */
import { DEMO } from '../emulator/seed'
import { manualClock, startTestSystem, type TestSystem } from '../emulator/testing'
import type { FunctionOptions } from '../emulator/functions'
import type { DocumentData } from './kernel/port'
import type { PointRecord, StaffRecord } from './kernel/records'
import { firstAdminCodeHash } from './points/first-admin'

export { DEMO }

export const contact = { name: '张三丰', phone: '13812345678', address: '新东社区幸福路12号3单元501' }

export const acceptEvent = (id: string, extra: object = {}) => ({
  action: 'item.accept',
  id,
  track: 'local',
  importance: 'important',
  tier: 'cadre',
  ...extra,
})

export const replyEvent = (id: string) => ({ action: 'item.reply', id, answer: '路灯已经修好', unit: '社区居委会', handler: '张建国' })

/** A resident's submission event with a fresh requestId. */
export function submitEvent(overrides: Record<string, unknown> = {}) {
  return {
    action: 'item.submit',
    requestId: fresh('req'),
    pointCode: DEMO.pointCode,
    category: '政策咨询',
    content: '想了解一下今年的高龄老人补贴怎么申请',
    contact,
    ...overrides,
  }
}

/** A resident's 上门走访 request with a fresh requestId (preferred days in the week of 2 March 2026). */
export const visitEvent = (pointCode: string, overrides: Record<string, unknown> = {}) => ({
  action: 'homeVisit.request',
  requestId: fresh('req'),
  pointCode,
  address: '新东社区幸福路12号3单元501',
  topic: '腿脚不便，想问问残疾人补贴怎么申请',
  preferred: { dates: ['2026-03-05', '2026-03-03'], time: 'am' },
  contact: { name: '王秀英', phone: '13912345678' },
  ...overrides,
})

let unique = 0
/** A name no other test uses: `${prefix}-${n}` plus a random tail. */
export function fresh(prefix: string): string {
  unique++
  return `${prefix}-${unique}-${Math.random().toString(36).slice(2, 8)}`
}

export interface World {
  sys: TestSystem
  clock: ReturnType<typeof manualClock>
  staff(openid: string | null, event: object): ReturnType<TestSystem['call']>
  resident(openid: string | null, event: object): ReturnType<TestSystem['call']>
  db(): ReturnType<TestSystem['cloud']['port']['database']>
  rawItem(id: string): Promise<DocumentData | null>
  /** Registers a matter as `owner` and returns its id. */
  submit(opts?: { category?: string; owner?: string; pointCode?: string }): Promise<string>
  /** A new active staff member written straight to the database. */
  addStaff(fields: Partial<StaffRecord> & { name?: string }): Promise<string>
  /** A new point; unless `leadCadre` is given, with a new lead cadre of its own (also a leader there). */
  addPoint(fields?: Partial<PointRecord>): Promise<{ code: string; lead: string }>
  stop(): Promise<void>
}

export async function startWorld(
  start: string,
  functions: (clock: ReturnType<typeof manualClock>) => FunctionOptions = (clock) => ({
    resident: { now: clock.now, submitLimitPerHour: 1000 },
    staff: { now: clock.now, bootstrapAdminCodeSha256: firstAdminCodeHash('first-admin-code-2026') },
    scheduler: { now: clock.now },
  }),
  extra: { wordList?: { risky?: string[]; review?: string[] } } = {},
): Promise<World> {
  const clock = manualClock(start)
  const sys = await startTestSystem({ functions: functions(clock), ...extra })
  const db = () => sys.cloud.port.database({ throwOnNotFound: false })
  const resident = (openid: string | null, event: object) => sys.call('resident', openid, event)
  const world: World = {
    sys,
    clock,
    db,
    staff: (openid, event) => sys.call('staff', openid, event),
    resident,
    rawItem: async (id) => (await db().collection('items').doc(id).get()).data,
    async submit({ category = '政策咨询', owner = DEMO.residentA, pointCode = DEMO.pointCode } = {}) {
      const r = await resident(owner, submitEvent({ pointCode, category, content: '村口的路灯坏了一个多月了，晚上出门很不方便' }))
      if (!r.ok) throw new Error(JSON.stringify(r))
      return r.data.id as string
    },
    async addStaff(fields) {
      const openid = fields.openid ?? fresh('staff')
      const { _id: _ignored, ...rest } = fields
      await db()
        .collection('staff')
        .doc(openid)
        .set({ data: { openid, name: '新干部', roles: ['cadre'], points: [DEMO.pointCode], active: true, ...rest } })
      return openid
    },
    async addPoint(fields = {}) {
      const code = fields.code ?? fresh('p').slice(0, 30)
      // a given lead cadre is the test's to create
      const lead = fields.leadCadre ?? (await world.addStaff({ name: '点负责人', roles: ['cadre', 'leader'], points: [code] }))
      const { _id: _ignored, ...rest } = fields
      await db()
        .collection('points')
        .doc(`point-${code}`)
        .set({
          data: { code, name: `测试说事点${code}`, kind: 'talk', community: '测试社区', address: '测试路 1 号', openHours: '每周三', leadCadre: lead, routing: {}, active: true, ...rest },
        })
      return { code, lead }
    },
    stop: () => sys.stop(),
  }
  return world
}

/**
 * A point of its own with a Wednesday 14:30–15:30 约访 (2 slots of 2 places), its lead
 * cadre, and a booking by a fresh resident of the first slot on Wednesday 4 March 2026.
 * The clock must stand before it (e.g. Monday 2 March).
 */
export async function bookingAtNewPoint(w: World) {
  const { code, lead } = await w.addPoint()
  await w.db().collection('schedules').doc(`schedule-${code}`).set({
    data: { pointCode: code, rules: [{ weekday: 3, start: '14:30', end: '15:30', kind: 'booking', slotMinutes: 30, places: 2 }], exceptions: [] },
  })
  const resident = fresh('resident')
  const slots = await w.resident(resident, { action: 'slots.list', pointCode: code, from: '2026-03-04', days: 1 })
  const slotId = slots.data.openings[0].slots[0].id as string
  const b = await w.resident(resident, { action: 'booking.create', requestId: fresh('req'), slotId, category: '政策咨询', topic: '问问高龄补贴', contact })
  if (!b.ok) throw new Error(JSON.stringify(b))
  return { code, lead, resident, id: b.data.id as string, slotId }
}

/** A 民情日记 entry of a home visit on `visitedAt`, with a fresh requestId. */
export const diaryEvent = (pointCode: string, visitedAt: string, extra: Record<string, unknown> = {}) => ({
  action: 'visits.create',
  requestId: fresh('req'),
  pointCode,
  form: 'homeVisit',
  visitedAt,
  household: { address: '幸福路12号3单元501', met: '王大爷' },
  heard: '老人说楼道的灯坏了半个月，晚上上下楼看不见',
  ...extra,
})
