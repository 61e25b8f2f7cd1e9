import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { periodInstants } from '../kernel/periods'
import { emptyCounts, figuresOf, ratesOf, setsOf, type MatterFacts } from './figures'
import { addFigures, splitByMonths, sumFigures } from './rollups'

const cn = (t: string) => new Date(`${t.replace(' ', 'T')}+08:00`)

describe('splitByMonths', () => {
  it('a quarter is three whole months and nothing cut', () => {
    const { start, end } = periodInstants({ from: '2026-01-01', to: '2026-03-31' })
    expect(splitByMonths(start, end)).toEqual({ months: ['202601', '202602', '202603'], whole: { start, end }, partial: [] })
  })
  it('a range cutting two months reads their days matter by matter', () => {
    const { start, end } = periodInstants({ from: '2026-01-25', to: '2026-03-10' })
    expect(splitByMonths(start, end)).toEqual({
      months: ['202602'],
      whole: { start: cn('2026-02-01 00:00'), end: cn('2026-03-01 00:00') },
      partial: [
        { start, end: cn('2026-02-01 00:00') },
        { start: cn('2026-03-01 00:00'), end },
      ],
    })
  })
  it('days inside one month hold no whole month', () => {
    const { start, end } = periodInstants({ from: '2026-02-03', to: '2026-02-17' })
    expect(splitByMonths(start, end)).toEqual({ months: [], whole: null, partial: [{ start, end }] })
  })
})

describe('adding figures', () => {
  it('sums counts and works the rates out from the sums, never averaging them', () => {
    // 9 of 10 satisfied at one point, 1 of 30 at another: 10 of 40 is 25%; the mean of 90% and 3.3% would be 46.7%
    const a = ratesOf({ ...emptyCounts(), rated: 10, satisfied: 9 })
    const b = ratesOf({ ...emptyCounts(), rated: 30, satisfied: 1 })
    expect(addFigures(a, b).satisfaction).toEqual({ value: 25, count: 10, of: 40 })
    expect(sumFigures([a, b])).toEqual(addFigures(a, b))
  })
  it('too small a sample stays 样本不足 only until the sums reach it', () => {
    const a = ratesOf({ ...emptyCounts(), rated: 4, satisfied: 4 })
    expect(a.satisfaction).toEqual({ insufficient: true, count: 4, n: 4 })
    expect(sumFigures([a, a]).satisfaction).toEqual({ insufficient: true, count: 8, n: 8 })
    expect(sumFigures([a, a, a]).satisfaction).toEqual({ value: 100, count: 12, of: 12 })
    expect(sumFigures([])).toEqual(figuresOf([], new Date()))
  })
})

// a settled matter as the write paths leave one: accepted before any answer, closed or withdrawn
const day = 86_400_000
const settled: fc.Arbitrary<MatterFacts> = fc
  .record({
    created: fc.integer({ min: 0, max: 300 }),
    acceptAfterH: fc.integer({ min: 0, max: 72 }),
    replies: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 3 }),
    reason: fc.constantFrom('rated' as const, 'unrated' as const),
    level: fc.constantFrom('satisfied' as const, 'basic' as const, 'unsatisfied' as const),
    solved: fc.boolean(),
    byCadre: fc.boolean(),
    withdrawn: fc.boolean(),
    extended: fc.boolean(),
    escalated: fc.boolean(),
  })
  .map((r) => {
    const createdAt = new Date(Date.UTC(2025, 0, 1) + r.created * day)
    const acceptedAt = new Date(createdAt.getTime() + r.acceptAfterH * 3_600_000)
    const replies = r.replies.sort((x, y) => x - y).map((d) => new Date(acceptedAt.getTime() + d * day))
    const base = { id: 'm', createdAt, importance: 'normal' as const, reopens: replies.slice(1), escalated: r.escalated }
    if (r.withdrawn) return { ...base, status: 'withdrawn', acceptedAt: null, dueAt: null, replies: [], reopens: [], extensions: [], closedReason: 'withdrawn', rating: null } as MatterFacts
    return {
      ...base,
      status: 'closed',
      acceptedAt,
      dueAt: new Date(acceptedAt.getTime() + 7 * day),
      replies,
      extensions: r.extended ? [{ at: acceptedAt, to: new Date(acceptedAt.getTime() + 20 * day) }] : [],
      closedReason: r.reason,
      rating: r.reason === 'rated' ? { level: r.level, solved: r.solved, recordedBy: r.byCadre ? 'cadre' : null } : null,
    } as MatterFacts
  })

describe('a settled matter', () => {
  it('is in the same figures whenever it is judged: its roll-up never goes stale', () => {
    fc.assert(
      fc.property(settled, fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 2000 }), (f, a, b) => {
        const at = (d: number) => new Date(f.createdAt.getTime() + d * day)
        expect(setsOf(f, at(a))).toEqual(setsOf(f, at(b)))
      }),
      { seed: 17 },
    )
  })
})
