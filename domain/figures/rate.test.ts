import { describe, expect, it } from 'vitest'
import { rate } from './figures'
import { formatRate } from './rate'

describe('rates shown to residents', () => {
  it('under 10 in the sample: the count with 样本不足, never a percentage', () => {
    expect(formatRate(rate(9, 9))).toBe('样本不足（9 件）')
    expect(formatRate(rate(1, 1))).toBe('样本不足（1 件）')
  })

  it('from 10: the rate of 数字, shown to one decimal', () => {
    expect(formatRate(rate(1968, 2132))).toBe('92.3%')
    expect(formatRate(rate(10, 10))).toBe('100.0%')
    expect(formatRate(rate(9, 10))).toBe('90.0%')
  })
})
