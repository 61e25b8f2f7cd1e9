import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { emptyCounts, figuresOf, ratesOf, type MatterFacts } from './figures'
import { cn, matterFacts } from './testing-facts'
import { rankBy, rankChildren, UNRANKED_NOTE, type Rankable } from './rollup'
import { addFigures, sumFigures } from './rollups'

const NOW = cn('2026-04-10 10:00:00')
const answered = { acceptedAt: cn('2026-01-05 10:00:00'), importance: 'normal' as const, dueAt: cn('2026-01-12 23:59:59') }

/** A matter in each state the figures tell apart. */
const PALETTE: Partial<MatterFacts>[] = [
  {},
  { status: 'withdrawn', closedReason: 'withdrawn' },
  { status: 'accepted', ...answered },
  { status: 'in_progress', ...answered, escalated: true },
  { status: 'replied', ...answered, replies: [cn('2026-01-08 10:00:00')] },
  { status: 'closed', ...answered, replies: [cn('2026-01-08 10:00:00')], closedReason: 'rated', rating: { level: 'satisfied', solved: true } },
  { status: 'closed', ...answered, replies: [cn('2026-01-14 10:00:00')], closedReason: 'rated', rating: { level: 'unsatisfied', solved: false } },
  { status: 'closed', ...answered, replies: [cn('2026-01-09 10:00:00')], closedReason: 'unrated' },
  { status: 'closed', ...answered, replies: [cn('2026-01-09 10:00:00')], closedReason: 'rated', rating: { level: 'basic', solved: true, recordedBy: 'c' } },
  { status: 'closed', ...answered, dueAt: cn('2026-01-20 23:59:59'), extensions: [{ at: cn('2026-01-10 10:00:00'), to: cn('2026-01-20 23:59:59') }], replies: [cn('2026-01-18 10:00:00')], closedReason: 'rated', rating: { level: 'basic', solved: false } },
]
const matter = (k: number, i: number): MatterFacts => matterFacts(`m${i}`, PALETTE[k])

describe('a node’s figures: the sum of its points’', () => {
  it('adding the figures of any split of the matters gives the figures of all of them', () => {
    const arb = fc.array(fc.record({ kind: fc.nat(PALETTE.length - 1), point: fc.nat(4) }), { maxLength: 120 })
    fc.assert(
      fc.property(arb, (rows) => {
        const all = rows.map((r, i) => matter(r.kind, i))
        const byPoint = [0, 1, 2, 3, 4].map((p) => figuresOf(all.filter((_, i) => rows[i].point === p), NOW))
        expect(sumFigures(byPoint)).toEqual(figuresOf(all, NOW))
      }),
    )
  })

  it('recomputes each rate from the added counts, never averaging the points’ rates', () => {
    // 9 of 10 answered at one point (90%), 0 of 10 at the other (0%): 9 of 20 is 45%
    const counts = (answeredClosed: number) => ratesOf({ ...emptyCounts(), collected: 10, answeredClosed })
    const node = addFigures(counts(9), counts(0))
    expect(node.feedbackRate).toEqual({ value: 45, count: 9, of: 20 })
    // 6 and 5 matters: each too few for a rate; together 11 are enough
    const small = (collected: number) => ratesOf({ ...emptyCounts(), collected, answeredClosed: collected - 1 })
    expect(small(6).feedbackRate).toEqual({ insufficient: true, count: 5, n: 6 })
    expect(addFigures(small(6), small(5)).feedbackRate).toEqual({ value: 81.8, count: 9, of: 11 })
  })

  it('no points: every count 0 and every rate 样本不足', () => {
    expect(sumFigures([])).toEqual(figuresOf([], NOW))
    expect(sumFigures([]).satisfaction).toEqual({ insufficient: true, count: 0, n: 0 })
  })
})

const child = (code: string, answered: number, collected: number, satisfied: number, rated: number): Rankable => ({
  code,
  name: `${code}村`,
  figures: ratesOf({ ...emptyCounts(), collected, answeredClosed: answered, rated, satisfied }),
})

describe('ranking the children', () => {
  const children = [child('C', 18, 20, 3, 4), child('A', 9, 10, 10, 12), child('B', 90, 100, 40, 50), child('D', 2, 3, 0, 0)]

  it('by 反馈办结率 best first, equal rates sharing a place; those under the minimum sample apart, not ranked', () => {
    const r = rankBy(children, 'feedbackRate')
    expect(r.ranked.map((c) => [c.code, c.rank, c.value])).toEqual([
      ['A', 1, 90],
      ['B', 1, 90],
      ['C', 1, 90],
    ])
    expect(r.unranked).toEqual([{ code: 'D', name: 'D村', n: 3 }])
    expect(r.note).toBe(UNRANKED_NOTE)
    expect(UNRANKED_NOTE).toBe('样本不足，不排名')
  })

  it('by 满意率, on the exact fractions: 10/12 above 40/50, then places skip after a tie', () => {
    const r = rankBy([...children, child('E', 0, 0, 40, 50)], 'satisfaction')
    expect(r.ranked.map((c) => [c.code, c.rank])).toEqual([
      ['A', 1],
      ['B', 2],
      ['E', 2],
    ])
    expect(r.unranked.map((c) => [c.code, c.n])).toEqual([
      ['C', 4],
      ['D', 0],
    ])
  })

  it('both rankings, titled', () => {
    expect(rankChildren(children).map((r) => r.title)).toEqual(['反馈办结率', '满意率'])
  })

  it('a 2/3 that rounds like 666/1000 still ranks above it', () => {
    const r = rankBy([child('X', 666, 1000, 0, 0), child('Y', 20, 30, 0, 0)], 'feedbackRate')
    expect(r.ranked.map((c) => [c.code, c.rank, c.value])).toEqual([
      ['Y', 1, 66.7],
      ['X', 2, 66.6],
    ])
  })
})
