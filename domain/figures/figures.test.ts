/**
 * The figures on a fixed set of matters whose answers are worked out by hand below (the
 * arithmetic is in the comments). Times are written in China time.
 */
import { describe, expect, it } from 'vitest'
import { figuresOf, rate, setsOf, type MatterFacts } from './figures'
import { cn, matterFacts } from './testing-facts'

const NOW = cn('2026-04-10 10:00:00')
const matter = matterFacts

const resident = (level: 'satisfied' | 'basic' | 'unsatisfied', solved: boolean) => ({ level, solved })

// The first quarter of 2026 at one point, as it stands on 10 April 2026 10:00.
const Q1: MatterFacts[] = [
  // accepted after 1 h; 一般件 due 7 days on: 12 Jan 23:59:59; answered in the last millisecond of that second: on time
  matter('m1', { status: 'closed', acceptedAt: cn('2026-01-05 10:00:00'), importance: 'normal', dueAt: cn('2026-01-12 23:59:59'), replies: [cn('2026-01-12 23:59:59.999')], closedReason: 'rated', rating: resident('satisfied', true) }),
  // accepted exactly 24 h after: in time; due 14 Jan 23:59:59, answered at 00:00:00 the next day: late
  matter('m2', { createdAt: cn('2026-01-06 09:00:00'), status: 'closed', acceptedAt: cn('2026-01-07 09:00:00'), importance: 'normal', dueAt: cn('2026-01-14 23:59:59'), replies: [cn('2026-01-15 00:00:00')], closedReason: 'rated', rating: resident('basic', false) }),
  // accepted 24 h and 1 ms after: late; extended on 13 Jan to 20 Jan, answered 18 Jan: on time thanks to the extension
  matter('m3', { createdAt: cn('2026-01-06 09:00:00'), status: 'closed', acceptedAt: cn('2026-01-07 09:00:00.001'), importance: 'normal', dueAt: cn('2026-01-20 23:59:59'), extensions: [{ at: cn('2026-01-13 15:00:00'), to: cn('2026-01-20 23:59:59') }], replies: [cn('2026-01-18 11:00:00')], closedReason: 'rated', rating: resident('satisfied', true) }),
  // answered in time (5 Feb, due 9 Feb), 不满意 on 6 Feb reopens it due 13 Feb, answered again 16 Feb: late; finally 满意
  matter('m4', { createdAt: cn('2026-02-02 09:00:00'), status: 'closed', acceptedAt: cn('2026-02-02 10:00:00'), importance: 'normal', dueAt: cn('2026-02-13 23:59:59'), replies: [cn('2026-02-05 10:00:00'), cn('2026-02-16 10:00:00')], reopens: [cn('2026-02-06 10:00:00')], closedReason: 'rated', rating: resident('satisfied', true) }),
  // first answer late (11 Feb, due 10 Feb — the due date now stored is the reopened one, 19 Feb), second in time; awaiting the new rating
  matter('m5', { createdAt: cn('2026-02-03 09:00:00'), status: 'replied', acceptedAt: cn('2026-02-03 10:00:00'), importance: 'normal', dueAt: cn('2026-02-19 23:59:59'), replies: [cn('2026-02-11 08:00:00'), cn('2026-02-18 10:00:00')], reopens: [cn('2026-02-12 09:00:00')], rating: resident('unsatisfied', false) }),
  // answered in time, 不满意 on 6 Mar reopens it due 13 Mar, still not answered on 10 Apr: late and overdue; the 不满意 stands
  matter('m6', { createdAt: cn('2026-03-02 09:00:00'), status: 'in_progress', acceptedAt: cn('2026-03-02 10:00:00'), importance: 'normal', dueAt: cn('2026-03-13 23:59:59'), replies: [cn('2026-03-05 10:00:00')], reopens: [cn('2026-03-06 10:00:00')], rating: resident('unsatisfied', false) }),
  // withdrawn by the resident before acceptance: counted apart, nowhere else
  matter('m7', { createdAt: cn('2026-01-20 09:00:00'), status: 'withdrawn', closedReason: 'withdrawn' }),
  // 重要件 due 8 Feb, answered 20 Jan: on time; the resident never rated it: 未评价
  matter('m8', { createdAt: cn('2026-01-08 09:00:00'), status: 'closed', acceptedAt: cn('2026-01-08 11:00:00'), importance: 'important', dueAt: cn('2026-02-08 23:59:59'), replies: [cn('2026-01-20 10:00:00')], closedReason: 'unrated' }),
  // 代登记: on time, and the rating was recorded by a cadre: shown apart, not in 满意率
  matter('m9', { createdAt: cn('2026-01-09 09:00:00'), status: 'closed', acceptedAt: cn('2026-01-09 09:30:00'), importance: 'normal', dueAt: cn('2026-01-16 23:59:59'), replies: [cn('2026-01-10 10:00:00')], closedReason: 'rated', rating: { level: 'satisfied', solved: true, recordedBy: 'cadre-x' } }),
  // never accepted, 11 days old: not responded within 24 h; no deadline, so not judged for 按期
  matter('m10', { createdAt: cn('2026-03-30 09:00:00') }),
  // 重要件 accepted 25 Mar, due 25 Apr, still open: not yet judged for 按期
  matter('m12', { createdAt: cn('2026-03-25 09:00:00'), status: 'accepted', acceptedAt: cn('2026-03-25 10:00:00'), importance: 'important', dueAt: cn('2026-04-25 23:59:59') }),
  // due 27 Mar, taken to an upper department, still open: late, overdue, escalated
  matter('m13', { createdAt: cn('2026-03-20 09:00:00'), status: 'in_progress', acceptedAt: cn('2026-03-20 10:00:00'), importance: 'normal', dueAt: cn('2026-03-27 23:59:59'), escalated: true }),
  // answered on the spot: accepted and answered at once
  matter('m14', { createdAt: cn('2026-03-04 09:00:00'), status: 'closed', acceptedAt: cn('2026-03-04 09:30:00'), importance: 'normal', dueAt: cn('2026-03-11 23:59:59'), replies: [cn('2026-03-04 09:30:00')], closedReason: 'rated', rating: resident('satisfied', true) }),
]

describe('the figures of a quarter, worked out by hand', () => {
  const f = figuresOf(Q1, NOW)

  it('collected leaves the withdrawn matter out and shows it apart', () => {
    // 13 matters, m7 withdrawn
    expect(f.counts.collected).toBe(12)
    expect(f.counts.withdrawn).toBe(1)
  })

  it('响应率: accepted within 24 h, exactly 24 h included, among those accepted or older than 24 h', () => {
    // judged: the 11 accepted + m10 = 12; late: m3 (24 h + 1 ms), m10 (never) → 10 of 12 = 83.33…%
    expect(f.responded24h).toEqual({ value: 83.3, count: 10, of: 12 })
  })

  it('按期办结率: every answer by the deadline then in force, the deadline’s last second included; extensions apart', () => {
    // judged (answered, or open past the deadline): m1 m2 m3 m4 m5 m6 m8 m9 m13 m14 = 10
    // on time: m1 (tie), m3 (extended), m8, m9, m14 = 5; late: m2, m4 (2nd answer), m5 (1st answer), m6 (overdue), m13
    expect(f.onTime).toEqual({ value: 50, count: 5, of: 10 })
    expect(f.counts.onTimeExtended).toBe(1) // m3
    expect(f.counts.extensions).toBe(1)
  })

  it('反馈办结率: answered (awaiting rating or closed) ÷ collected', () => {
    // m1 m2 m3 m4 m5 m8 m9 m14 = 8 of 12 = 66.66…%
    expect(f.counts.answeredClosed).toBe(8)
    expect(f.feedbackRate).toEqual({ value: 66.7, count: 8, of: 12 })
  })

  it('满意率 and 解决率 over the residents’ own ratings only, fewer than 10 of them: 样本不足', () => {
    // rated by residents: m1 m2 m3 m4 m6 m14 = 6 (m5 awaits its new rating, m8 未评价, m9 recorded by a cadre)
    expect(f.counts).toMatchObject({ rated: 6, satisfied: 4, basic: 1, unsatisfied: 1, unrated: 1, cadreRecorded: 1, awaitingRating: 1 })
    // 满意 4 + 基本满意 1 = 5 of 6; solved m1 m3 m4 m14 = 4 of 6
    expect(f.satisfaction).toEqual({ insufficient: true, count: 5, n: 6 })
    expect(f.solved).toEqual({ insufficient: true, count: 4, n: 6 })
  })

  it('overdue now, extensions and escalations', () => {
    // m6 (reopened, due 13 Mar) and m13 (due 27 Mar) are open past their deadline on 10 Apr
    expect(f.counts).toMatchObject({ overdueNow: 2, extensions: 1, escalations: 1 })
  })
})

describe('样本不足: a rate needs 10 in its denominator', () => {
  const rated = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      matter(`r${i}`, { status: 'closed', acceptedAt: cn('2026-01-05 10:00:00'), importance: 'normal', dueAt: cn('2026-01-12 23:59:59'), replies: [cn('2026-01-06 10:00:00')], closedReason: 'rated', rating: resident('basic', true) }),
    )

  it('10 rated give a percentage, 9 do not', () => {
    // the quarter's 6 plus 4 基本满意 = 10 rated; 5 + 4 = 9 satisfied or basic → 90%
    expect(figuresOf([...Q1, ...rated(4)], NOW).satisfaction).toEqual({ value: 90, count: 9, of: 10 })
    // 6 + 3 = 9 rated: the count only
    expect(figuresOf([...Q1, ...rated(3)], NOW).satisfaction).toEqual({ insufficient: true, count: 8, n: 9 })
    expect(rate(0, 0)).toEqual({ insufficient: true, count: 0, n: 0 })
    expect(rate(2, 3)).toEqual({ insufficient: true, count: 2, n: 3 })
    expect(rate(10, 10)).toEqual({ value: 100, count: 10, of: 10 })
  })
})

describe('one matter at a time', () => {
  it('a matter not accepted within its first 24 h is not judged for 响应率 yet', () => {
    const young = matter('y', { createdAt: cn('2026-04-09 11:00:00') }) // 23 h before NOW
    expect(setsOf(young, NOW)).toEqual(['collected'])
    const old = matter('o', { createdAt: cn('2026-04-09 09:59:59') }) // 24 h and 1 s before NOW
    expect(setsOf(old, NOW)).toEqual(['collected', 'respondedLate'])
  })

  it('an open matter is late from the second after its deadline, not during it', () => {
    const open = matter('d', { status: 'in_progress', acceptedAt: cn('2026-04-01 10:00:00'), importance: 'normal', dueAt: cn('2026-04-08 23:59:59') })
    expect(setsOf(open, cn('2026-04-08 23:59:59.999'))).not.toContain('late')
    expect(setsOf(open, cn('2026-04-09 00:00:00'))).toEqual(expect.arrayContaining(['late', 'overdueNow']))
  })

  it('a reopened matter left unrated after its second answer is 未评价, not 不满意', () => {
    const m = matter('u', { status: 'closed', acceptedAt: cn('2026-01-05 10:00:00'), importance: 'normal', dueAt: cn('2026-01-15 23:59:59'), replies: [cn('2026-01-06 10:00:00'), cn('2026-01-09 10:00:00')], reopens: [cn('2026-01-08 10:00:00')], closedReason: 'unrated', rating: resident('unsatisfied', false) })
    const sets = setsOf(m, NOW)
    expect(sets).toContain('unrated')
    expect(sets).not.toContain('unsatisfied')
    expect(sets).not.toContain('rated')
  })

  it('a 不满意 recorded by a cadre that reopened the matter counts as cadre-recorded, never among the residents’ ratings', () => {
    const m = matter('c', { status: 'in_progress', acceptedAt: cn('2026-04-01 10:00:00'), importance: 'normal', dueAt: cn('2026-04-14 23:59:59'), replies: [cn('2026-04-02 10:00:00')], reopens: [cn('2026-04-07 10:00:00')], rating: { level: 'unsatisfied', solved: false, recordedBy: 'cadre-x' } })
    const sets = setsOf(m, NOW)
    expect(sets).toContain('cadreRecorded')
    expect(sets).not.toContain('rated')
  })

  it('a withdrawn matter is in no figure but its own', () => {
    expect(setsOf(Q1.find((m) => m.id === 'm7')!, NOW)).toEqual(['withdrawn'])
  })
})
