import { describe, expect, it } from 'vitest'
import {
  coveringOnDuty,
  dutyState,
  dutyText,
  monthRange,
  parseOpeningId,
  planRotation,
  postedDuty,
  cannotTakeDuty,
  type DutyPerson,
} from './roster'
import { openingsBetween, type OpeningRule } from '../schedule/openings'

const XD01: OpeningRule[] = [
  { weekday: 3, start: '09:00', end: '12:00', kind: 'walkIn' },
  { weekday: 3, start: '14:30', end: '17:30', kind: 'booking', slotMinutes: 30, places: 2 },
]

const person = (openid: string, extra: Partial<DutyPerson> = {}): DutyPerson => ({
  openid,
  name: openid.toUpperCase(),
  roles: ['cadre'],
  points: ['xd01'],
  active: true,
  ...extra,
})

const people = (...list: DutyPerson[]) => new Map(list.map((p) => [p.openid, p]))

describe('monthRange', () => {
  it('gives the first day and the length of a month on China’s calendar, and the month before', () => {
    expect(monthRange('2026-02')).toEqual({ from: '2026-02-01', days: 28, previous: '2026-01' })
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', days: 29, previous: '2028-01' })
    expect(monthRange('2027-01')).toEqual({ from: '2027-01-01', days: 31, previous: '2026-12' })
  })
})

describe('parseOpeningId', () => {
  it('reads the point and the date an opening id names, and nothing else', () => {
    expect(parseOpeningId('xd01_20260304_1430')).toEqual({ pointCode: 'xd01', date: '2026-03-04', start: '14:30' })
    expect(parseOpeningId('p_1-x_20261230_0900')).toEqual({ pointCode: 'p_1-x', date: '2026-12-30', start: '09:00' })
    expect(parseOpeningId('xd01_20260304_1430_1500')).toBeNull()
    expect(parseOpeningId('xd01_2026034_1430')).toBeNull()
  })
})

describe('who covers an opening', () => {
  it('an active cadre of the point who is not away covers it', () => {
    const who = people(person('a'), person('b', { active: false }), person('c', { away: [{ from: '2026-03-01', to: '2026-03-04', reason: '培训' }] }))
    expect(dutyState(who.get('a'), 'xd01', '2026-03-04')).toBe('present')
    expect(dutyState(who.get('b'), 'xd01', '2026-03-04')).toBe('inactive')
    // away counts whole China days, both ends included
    expect(dutyState(who.get('c'), 'xd01', '2026-03-04')).toBe('away')
    expect(dutyState(who.get('c'), 'xd01', '2026-03-05')).toBe('present')
    // no record, or no longer at this point: as good as gone
    expect(dutyState(undefined, 'xd01', '2026-03-04')).toBe('inactive')
    expect(dutyState(person('d', { points: ['xd02'] }), 'xd01', '2026-03-04')).toBe('inactive')
    expect(coveringOnDuty(['a', 'b', 'c'], who, 'xd01', '2026-03-04')).toEqual(['a'])
    expect(coveringOnDuty(['b', 'c'], who, 'xd01', '2026-03-04')).toEqual([])
    expect(coveringOnDuty([], who, 'xd01', '2026-03-04')).toEqual([])
  })
})

describe('dutyText: what the cadre on duty answers for, as posted', () => {
  const point = { code: 'xd01', leadCadre: 'lead', routing: { 环境卫生: 'b', 物业管理: 'b', 基础设施: 'b', 治安消防: 'b', 邻里纠纷: 'c' } }
  it('names the categories routed to them, the lead cadre takes the rest, otherwise by role', () => {
    expect(dutyText(person('c'), point)).toBe('邻里纠纷')
    expect(dutyText(person('b'), point)).toBe('环境卫生、物业管理、基础设施等')
    expect(dutyText(person('lead'), point)).toBe('综合接待')
    expect(dutyText(person('d', { roles: ['deputy'] }), point)).toBe('代表接待')
    expect(dutyText(person('e', { roles: ['leader'] }), point)).toBe('带班领导')
    expect(dutyText(person('f'), point)).toBe('接待')
  })

  it('posts a 挂点 leader with what the admin named them for, level and title; a village cadre as a cadre', () => {
    const leader = person('g', { name: '吴镇长', roles: ['leader'], level: 'township', title: '副镇长', answersFor: '分管城建' })
    expect(postedDuty(leader, point)).toEqual({ name: '吴镇长', duty: '分管城建', leader: { level: 'township', levelLabel: '乡镇（街道）领导', title: '副镇长' } })
    expect(postedDuty(person('c', { name: '林', level: 'village', answersFor: '环境卫生' }), point)).toEqual({ name: '林', duty: '环境卫生' })
  })
})

describe('planRotation', () => {
  const march = openingsBetween('xd01', XD01, [], '2026-03-01', 31)
  const all = people(person('a'), person('b'), person('c'))

  it('goes round the order over the openings in time order, continuing after whoever was last on duty', () => {
    const plan = planRotation({ openings: march, order: ['a', 'b', 'c'], current: new Map(), lastBefore: ['b'], people: all, pointCode: 'xd01', replace: false })
    expect(plan.startsWith).toBe('c')
    expect(plan.assignments.map((x) => x.openids[0])).toEqual(['c', 'a', 'b', 'c', 'a', 'b', 'c', 'a'])
    expect(plan.assignments[0].openingId).toBe('xd01_20260304_0900')
  })

  it('starts at the head of the order with no history, or when the last one is not in the order', () => {
    expect(planRotation({ openings: march, order: ['a', 'b'], current: new Map(), lastBefore: null, people: all, pointCode: 'xd01', replace: false }).startsWith).toBe('a')
    expect(planRotation({ openings: march, order: ['a', 'b'], current: new Map(), lastBefore: ['c'], people: all, pointCode: 'xd01', replace: false }).startsWith).toBe('a')
  })

  it('fills only uncovered openings, following whoever keeps a covered one', () => {
    const current = new Map([
      ['xd01_20260304_0900', ['c']],
      // b was deactivated: this one is uncovered and gets filled
      ['xd01_20260304_1430', ['gone']],
    ])
    const plan = planRotation({ openings: march.slice(0, 4), order: ['a', 'b', 'c'], current, lastBefore: null, people: all, pointCode: 'xd01', replace: false })
    expect(plan.assignments).toEqual([
      { openingId: 'xd01_20260304_1430', openids: ['a'] },
      { openingId: 'xd01_20260311_0900', openids: ['b'] },
      { openingId: 'xd01_20260311_1430', openids: ['c'] },
    ])
  })

  it('with replace, reassigns covered openings too', () => {
    const current = new Map([['xd01_20260304_0900', ['c']]])
    const plan = planRotation({ openings: march.slice(0, 2), order: ['a', 'b'], current, lastBefore: null, people: all, pointCode: 'xd01', replace: true })
    expect(plan.assignments).toEqual([
      { openingId: 'xd01_20260304_0900', openids: ['a'] },
      { openingId: 'xd01_20260304_1430', openids: ['b'] },
    ])
  })

  it('passes over a cadre who is away that day and leaves an opening uncovered when everyone is', () => {
    const away = people(person('a', { away: [{ from: '2026-03-04', to: '2026-03-04', reason: '病假' }] }), person('b', { away: [{ from: '2026-03-04', to: '2026-03-11', reason: '培训' }] }))
    const plan = planRotation({ openings: march.slice(0, 4), order: ['a', 'b'], current: new Map(), lastBefore: null, people: away, pointCode: 'xd01', replace: false })
    expect(plan.assignments).toEqual([
      { openingId: 'xd01_20260311_0900', openids: ['a'] },
      { openingId: 'xd01_20260311_1430', openids: ['a'] },
    ])
    expect(plan.uncovered).toEqual(['xd01_20260304_0900', 'xd01_20260304_1430'])
  })
})

describe('cannotTakeDuty', () => {
  it('lets a present cadre, leader or deputy of the point take a duty, and says why not otherwise', () => {
    expect(cannotTakeDuty(person('b'), 'xd01', '2026-03-04')).toBeNull()
    expect(cannotTakeDuty(person('l', { roles: ['leader'] }), 'xd01', '2026-03-04')).toBeNull()
    const away = person('c', { away: [{ from: '2026-03-04', to: '2026-03-04', reason: '病假' }] })
    expect(cannotTakeDuty(away, 'xd01', '2026-03-04')).toBe('C 3月4日请假或外出，不能值班')
    expect(cannotTakeDuty(person('x', { active: false }), 'xd01', '2026-03-04')).toBe('X 已不在岗，不能值班')
    expect(cannotTakeDuty(undefined, 'xd01', '2026-03-04')).toBe('所选人员不是本说事点在岗的工作人员')
    expect(cannotTakeDuty(person('y', { points: ['xd02'] }), 'xd01', '2026-03-04')).toBe('Y 不是本说事点的工作人员')
    expect(cannotTakeDuty(person('z', { roles: ['admin'] }), 'xd01', '2026-03-04')).toBe('Z 不是干部、领导或代表，不能值班')
  })
})
