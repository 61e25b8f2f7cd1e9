import { describe, expect, it } from 'vitest'
import { monthAfter, planProblem, planWarnings, proposeRotation, sortEntries, weekdaysOf, type PlanEntry } from './plan'

const entry = (date: string, kind: PlanEntry['kind'], deputies = ['d1'], half: PlanEntry['half'] = 'am'): PlanEntry => ({ date, half, kind, deputies, note: '' })

describe('a studio month’s plan', () => {
  it('is warned until it has 2 receptions or visits and 1 collective meeting', () => {
    expect(planWarnings([])).toEqual(['本月只安排接待或走访 0 次，每月应不少于 2 次', '本月没有安排集体活动，每月应至少 1 次'])
    expect(planWarnings([entry('2026-12-04', 'reception'), entry('2026-12-11', 'visit')])).toEqual(['本月没有安排集体活动，每月应至少 1 次'])
    expect(planWarnings([entry('2026-12-04', 'reception'), entry('2026-12-18', 'meeting')])).toEqual(['本月只安排接待或走访 1 次，每月应不少于 2 次'])
    expect(planWarnings([entry('2026-12-04', 'reception'), entry('2026-12-11', 'visit'), entry('2026-12-18', 'meeting')])).toEqual([])
  })

  it('refuses dates outside the month, a half-day twice, no deputy or someone not a deputy', () => {
    const deputies = ['d1', 'd2']
    expect(planProblem('2026-12', [entry('2026-12-04', 'reception')], deputies)).toBeNull()
    expect(planProblem('2026-12', [entry('2027-01-01', 'reception')], deputies)).toBe('2027-01-01 不在 2026-12 月内')
    expect(planProblem('2026-12', [entry('2026-12-04', 'reception'), entry('2026-12-04', 'visit')], deputies)).toBe('2026-12-04上午安排了两次')
    expect(planProblem('2026-12', [entry('2026-12-04', 'reception'), entry('2026-12-04', 'visit', ['d2'], 'pm')], deputies)).toBeNull()
    expect(planProblem('2026-12', [entry('2026-12-04', 'reception', [])], deputies)).toBe('2026-12-04上午请安排值班代表')
    expect(planProblem('2026-12', [entry('2026-12-04', 'reception', ['d1', 'd1'])], deputies)).toBe('2026-12-04上午的代表重复了')
    expect(planProblem('2026-12', [entry('2026-12-04', 'reception', ['x'])], deputies)).toBe('2026-12-04上午的代表不是本工作室的代表')
  })

  it('the rotation puts one deputy a Friday morning in turn and the meeting on the last Friday afternoon, and meets the minimum', () => {
    expect(weekdaysOf('2026-12', 5)).toEqual(['2026-12-04', '2026-12-11', '2026-12-18', '2026-12-25'])
    const plan = proposeRotation('2026-12', ['a', 'b', 'c'])
    expect(plan.map((e) => `${e.date} ${e.half} ${e.kind} ${e.deputies.join(',')}`)).toEqual([
      '2026-12-04 am reception a',
      '2026-12-11 am reception b',
      '2026-12-18 am reception c',
      '2026-12-25 am reception a',
      '2026-12-25 pm meeting a,b,c',
    ])
    expect(planWarnings(plan)).toEqual([])
    expect(planProblem('2026-12', plan, ['a', 'b', 'c'])).toBeNull()
    expect(proposeRotation('2026-12', ['a', 'b'], 5, 1)[0].deputies).toEqual(['b'])
    expect(proposeRotation('2026-12', [])).toEqual([])
  })

  it('sorts by day and half-day; the month after December is January', () => {
    expect(sortEntries([entry('2026-12-11', 'visit'), entry('2026-12-04', 'meeting', ['d1'], 'pm'), entry('2026-12-04', 'reception')]).map((e) => `${e.date}${e.half}`)).toEqual(['2026-12-04am', '2026-12-04pm', '2026-12-11am'])
    expect(monthAfter('2026-12')).toBe('2027-01')
    expect(monthAfter('2026-03')).toBe('2026-04')
  })
})
