import { describe, expect, it } from 'vitest'
import { chinaDayStart } from '../kernel/time'
import { dueAtOf, escalateAt, monthsBetween, periodEnd, sweepStep, type PlanPeriod } from './plans'

const plan = (every: PlanPeriod['every'] = 'month', periodStart = '2026-01-31'): PlanPeriod => ({ every, periodStart, dueAt: dueAtOf(periodStart, every), cadreToldAt: null, periods: 0, onTime: 0 })

describe('帮扶: periods and due dates', () => {
  it('a month (clamped to the month’s end), a fortnight, a week; due at the start of the next China day', () => {
    expect(periodEnd('2026-01-31', 'month')).toBe('2026-02-28')
    expect(periodEnd('2026-03-10', 'fortnight')).toBe('2026-03-24')
    expect(periodEnd('2026-12-28', 'week')).toBe('2027-01-04')
    expect(dueAtOf('2026-03-10', 'month')).toEqual(new Date('2026-04-09T16:00:00Z'))
    expect(escalateAt(dueAtOf('2026-03-10', 'month'))).toEqual(chinaDayStart('2026-04-13'))
    expect(monthsBetween('2026-03-10', periodEnd('2026-03-10', 'month'))).toEqual(['2026-03', '2026-04'])
    expect(monthsBetween('2026-03-01', '2026-03-08')).toEqual(['2026-03'])
    expect(monthsBetween('2026-11-20', '2027-02-01')).toEqual(['2026-11', '2026-12', '2027-01'])
  })

  it('the timer: made moves on on time; not made tells the cadre, then the leaders, then moves on', () => {
    const now = new Date('2026-03-01T00:00:00Z')
    const made = sweepStep(plan(), true, true, now)
    expect(made).toMatchObject({ kind: 'made', next: { periodStart: '2026-02-28', periods: 1, onTime: 1, cadreToldAt: null } })
    const told = sweepStep(plan(), false, false, now)
    expect(told).toMatchObject({ kind: 'tellCadre', next: { periodStart: '2026-01-31', cadreToldAt: now }, nextDueAt: chinaDayStart('2026-03-03') })
    const late = sweepStep(told.next, false, true, now)
    expect(late).toMatchObject({ kind: 'made', next: { periods: 1, onTime: 0 } })
    const leaders = sweepStep(told.next, false, false, now)
    expect(leaders).toMatchObject({ kind: 'tellLeaders', next: { periodStart: '2026-02-28', periods: 1, onTime: 0, cadreToldAt: null } })
  })
})
