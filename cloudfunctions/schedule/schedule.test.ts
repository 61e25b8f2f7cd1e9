/** 排班: reading a point's schedule and month, saving it (who may, what is refused, stale saves). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO, fresh, startWorld, type World } from '../testing'

let w: World
// Monday 2 March 2026, 10:00 China time
const START = '2026-03-02T02:00:00Z'

const WEDNESDAYS = [
  { weekday: 3, start: '09:00', end: '12:00', kind: 'walkIn' },
  { weekday: 3, start: '14:30', end: '15:30', kind: 'booking', slotMinutes: 30, places: 2 },
]

beforeAll(async () => {
  w = await startWorld(START)
})
afterAll(async () => {
  await w.stop()
})

const save = (who: string, code: string, fields: object) => w.staff(who, { action: 'schedule.save', pointCode: code, rules: WEDNESDAYS, exceptions: [], version: 0, ...fields })
const stored = async (code: string) => (await w.db().collection('schedules').doc(`schedule-${code}`).get()).data

describe('schedule.get and schedule.save', () => {
  it('a new point has no openings and is warned of it; once saved, the month shows every Wednesday and the next month too', async () => {
    w.clock.set(START)
    const { code, lead } = await w.addPoint()
    const empty = await w.staff(lead, { action: 'schedule.get', pointCode: code })
    expect(empty.data).toMatchObject({ pointCode: code, pointKind: 'talk', rules: [], exceptions: [], version: 0, stranded: 0, today: '2026-03-02' })
    expect(empty.data.months.map((m: { month: string }) => m.month)).toEqual(['2026-03', '2026-04'])
    expect(empty.data.months[0].warnings).toEqual(['本月只开放 0 次，说事点每月应不少于 4 次'])

    const saved = await save(lead, code, { exceptions: [{ date: '2026-04-08', closed: true, reason: '清明调休' }] })
    expect(saved.ok).toBe(true)
    expect(saved.data).toMatchObject({ version: 1, updatedBy: '点负责人', stranded: 0 })
    const [march, april] = saved.data.months
    expect([...new Set(march.openings.map((o: { date: string }) => o.date))]).toEqual(['2026-03-04', '2026-03-11', '2026-03-18', '2026-03-25'])
    expect(march.openings[1]).toMatchObject({ id: `${code}_20260304_1430`, kind: 'booking', places: 4, booked: 0 })
    expect(march.warnings).toEqual([])
    // April, before it starts: 1, 15, 22, 29 once the 8th is closed, so still 4 Wednesdays
    expect([...new Set(april.openings.map((o: { date: string }) => o.date))]).toEqual(['2026-04-01', '2026-04-15', '2026-04-22', '2026-04-29'])
    expect(april.warnings).toEqual([])
    // the resident sees the same openings
    const slots = await w.resident(DEMO.residentA, { action: 'slots.list', pointCode: code, from: '2026-03-04', days: 1 })
    expect(slots.data.openings.map((o: { start: string }) => o.start)).toEqual(['09:00', '14:30'])

    // another month on request
    const may = await w.staff(lead, { action: 'schedule.get', pointCode: code, month: '2026-05' })
    expect(may.data.months.map((m: { month: string }) => m.month)).toEqual(['2026-05', '2026-06'])
  })

  it('warns a studio with no collective reception, and the next month when a holiday leaves it short', async () => {
    w.clock.set(START)
    const { code } = await w.addPoint({ kind: 'studio' })
    const saved = await w.staff(DEMO.admin, {
      action: 'schedule.save',
      pointCode: code,
      rules: [{ weekday: 5, start: '09:00', end: '12:00', kind: 'deputy' }],
      exceptions: [{ date: '2026-03-27', extra: { start: '14:00', end: '16:00', kind: 'collective' } }],
      version: 0,
    })
    expect(saved.data.months[0].warnings).toEqual([])
    expect(saved.data.months[1].warnings).toEqual(['本月没有集体接见，每月应至少 1 次'])
  })

  it('lets only admins and the point’s leaders in: a resident, a cadre of the point and a leader of another point are refused', async () => {
    w.clock.set(START)
    const { code, lead } = await w.addPoint()
    await save(lead, code, {})
    const cadre = await w.addStaff({ roles: ['cadre'], points: [code] })
    const deputy = await w.addStaff({ roles: ['deputy'], points: [code] })
    const otherLeader = await w.addStaff({ roles: ['leader'], points: [DEMO.pointCode] })
    for (const who of [DEMO.residentA, cadre, deputy, otherLeader, DEMO.leader]) {
      expect((await w.staff(who, { action: 'schedule.get', pointCode: code })).error.code).toBe('FORBIDDEN')
      const refused = await save(who, code, { rules: [], version: 1 })
      expect(refused.error.code).toBe('FORBIDDEN')
      if (who !== DEMO.residentA) expect(refused.error.message).toBe('排班只能由管理员和本说事点的领导调整')
      expect((await w.staff(who, { action: 'schedule.stranded', pointCode: code })).error.code).toBe('FORBIDDEN')
    }
    expect(await stored(code)).toMatchObject({ rules: WEDNESDAYS, version: 1 })
    // an admin may, at any point
    expect((await save(DEMO.admin, code, { version: 1 })).data.version).toBe(2)
  })

  it('refuses each bad schedule with its rule, in Chinese, and writes nothing', async () => {
    w.clock.set(START)
    const { code, lead } = await w.addPoint()
    const rule = WEDNESDAYS[1]
    const cases: [object, string][] = [
      [{ rules: [{ ...rule, start: '9:00' }] }, '开始时间应为 时:分，例如 09:00'],
      [{ rules: [{ ...rule, end: '24:00' }] }, '结束时间应为 时:分，例如 09:00'],
      [{ rules: [{ ...rule, start: '15:30', end: '14:30' }] }, '星期三 15:30–14:30：结束时间应晚于开始时间'],
      [{ rules: [{ ...rule, weekday: 8 }] }, '请选择星期几'],
      [{ rules: [{ ...rule, weekday: 0 }] }, '请选择星期几'],
      [{ rules: [{ ...rule, kind: 'party' }] }, '请选择接待方式'],
      [{ rules: [{ ...rule, slotMinutes: 5 }] }, '每段时长至少 10 分钟'],
      [{ rules: [{ ...rule, slotMinutes: 180 }] }, '每段时长最多 120 分钟'],
      [{ rules: [{ ...rule, slotMinutes: 25 }] }, '星期三 14:30–15:30：1 小时分不成每段 25 分钟，请调整时长或起止时间'],
      [{ rules: [{ ...rule, places: 0 }] }, '每段名额至少 1 个'],
      [{ rules: [{ ...rule, places: 21 }] }, '每段名额最多 20 个'],
      [{ rules: [{ ...rule, places: 1.5 }] }, '每段名额应为整数'],
      [{ rules: [rule, { ...rule, start: '15:00', end: '16:00' }] }, '星期三的开放时间重叠：14:30–15:30 与 15:00–16:00'],
      [{ rules: Array.from({ length: 21 }, (_, i) => ({ weekday: (i % 7) + 1, start: `${String(8 + Math.floor(i / 7)).padStart(2, '0')}:00`, end: `${String(8 + Math.floor(i / 7)).padStart(2, '0')}:30`, kind: 'walkIn' })) }, '每周的开放规则最多 20 条'],
      [{ exceptions: [{ date: '2026-02-30', closed: true, reason: '节日' }] }, '日期不存在'],
      [{ exceptions: [{ date: '2026/03/04', closed: true, reason: '节日' }] }, '请选择日期'],
      [{ exceptions: [{ date: '2026-03-04', closed: true }] }, '2026-03-04：请填写不开放的原因'],
      [{ exceptions: [{ date: '2026-03-04' }] }, '2026-03-04：请选择“不开放”或“加开”'],
      [{ exceptions: [{ date: '2026-03-04', extra: { start: '10:00', end: '11:00', kind: 'collective' } }] }, '2026-03-04 加开的时间与当天的开放时间重叠：10:00–11:00 与 09:00–12:00'],
      [{ exceptions: Array.from({ length: 61 }, (_, i) => ({ date: `2026-${String(4 + Math.floor(i / 28)).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`, closed: true, reason: '休息' })) }, '特殊安排最多 60 条，请删去已经过去的'],
      [{ rules: [{ ...rule, color: 'red' }] }, '开放规则含有无法识别的内容'],
      [{ version: -1 }, '版本无效'],
    ]
    for (const [fields, message] of cases) {
      const r = await save(lead, code, fields)
      expect(r.error, JSON.stringify(fields).slice(0, 80)).toEqual({ code: 'INVALID_INPUT', message })
    }
    expect(await stored(code)).toBeNull()
  })

  it('refuses a save over a newer one with CONFLICT and keeps the newer; of two saves at once, one wins', async () => {
    w.clock.set(START)
    const { code, lead } = await w.addPoint()
    expect((await save(lead, code, {})).data.version).toBe(1)
    const stale = await save(DEMO.admin, code, { rules: [WEDNESDAYS[0]], version: 0 })
    expect(stale.error).toEqual({ code: 'CONFLICT', message: '排班已被他人修改，请刷新后再试' })
    expect(await stored(code)).toMatchObject({ rules: WEDNESDAYS, version: 1 })

    const both = await Promise.all([save(lead, code, { rules: [WEDNESDAYS[0]], version: 1 }), save(DEMO.admin, code, { rules: [WEDNESDAYS[1]], version: 1 })])
    expect(both.filter((r) => r.ok)).toHaveLength(1)
    expect(both.filter((r) => !r.ok).map((r) => r.error.code)).toEqual(['CONFLICT'])
    const winner = both.find((r) => r.ok)
    expect(await stored(code)).toMatchObject({ rules: winner?.data.rules, version: 2 })
  })

  it('keeps slot length and places for 约访 only, and a point that does not exist is not found', async () => {
    w.clock.set(START)
    const { code, lead } = await w.addPoint()
    await save(lead, code, { rules: [{ ...WEDNESDAYS[0], slotMinutes: 30, places: 3 }] })
    expect((await stored(code))?.rules).toEqual([WEDNESDAYS[0]])
    expect((await w.staff(DEMO.admin, { action: 'schedule.get', pointCode: fresh('none').slice(0, 30) })).error.code).toBe('NOT_FOUND')
  })
})
