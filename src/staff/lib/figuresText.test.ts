import { describe, expect, it } from 'vitest'
import { currentPeriod, customPeriodProblem, periodWords, rateBasis, rateHeadline } from './figuresText'

describe('the periods offered on 数字', () => {
  // 2026-03-31 16:30 UTC is 1 April 00:30 in China: April, the second quarter, the first half
  const justIntoApril = new Date('2026-03-31T16:30:00Z')
  it('follow China’s calendar, whatever the machine’s zone', () => {
    expect(currentPeriod('month', justIntoApril)).toEqual({ from: '2026-04-01', to: '2026-04-30' })
    expect(currentPeriod('quarter', justIntoApril)).toEqual({ from: '2026-04-01', to: '2026-06-30' })
    expect(currentPeriod('half', justIntoApril)).toEqual({ from: '2026-01-01', to: '2026-06-30' })
    // 1 July 00:00 China time is the second half's first instant
    expect(currentPeriod('half', new Date('2026-06-30T16:00:00Z'))).toEqual({ from: '2026-07-01', to: '2026-12-31' })
    expect(currentPeriod('quarter', new Date('2026-06-30T15:59:59Z'))).toEqual({ from: '2026-04-01', to: '2026-06-30' })
  })

  it('refuse a custom range the server would refuse, in its words', () => {
    expect(customPeriodProblem({ from: '2026-03-01', to: '2026-02-01' })).toBe('结束日期不能早于开始日期')
    // 2024 is a leap year: 1 Jan to 31 Dec is 366 days, one more is too many
    expect(customPeriodProblem({ from: '2024-01-01', to: '2024-12-31' })).toBeNull()
    expect(customPeriodProblem({ from: '2024-01-01', to: '2025-01-01' })).toBe('一次最多统计 366 天，请缩短时段')
    expect(customPeriodProblem({ from: '', to: '2025-01-01' })).toBe('请选择开始和结束日期')
  })

  it('are said in words', () => {
    expect(periodWords({ from: '2026-10-01', to: '2026-12-31' })).toBe('2026年10月1日至12月31日')
    expect(periodWords({ from: '2025-12-01', to: '2026-01-31' })).toBe('2025年12月1日至2026年1月31日')
  })
})

describe('a rate', () => {
  it('is a percentage over 10 matters or more, else the count with 样本不足', () => {
    expect([rateHeadline({ value: 92.3, count: 12, of: 13 }), rateBasis({ value: 92.3, count: 12, of: 13 })]).toEqual(['92.3%', '12 / 13 件'])
    const small = { insufficient: true as const, count: 5, n: 6 }
    expect([rateHeadline(small), rateBasis(small)]).toEqual(['5 件', '共 6 件 · 样本不足'])
  })
})
