import { describe, expect, it } from 'vitest'
import { formatRate, rateFigure } from './rate-figure'

describe('rates shown to people', () => {
  it('under 10 in the sample: the count with 样本不足, never a percentage', () => {
    expect(rateFigure(9, 9)).toEqual({ insufficient: true, n: 9 })
    expect(rateFigure(0, 0)).toEqual({ insufficient: true, n: 0 })
    expect(formatRate(rateFigure(1, 1))).toBe('样本不足（1 件）')
  })

  it('from 10: the rate, shown to one decimal', () => {
    expect(rateFigure(9, 10)).toEqual({ value: 0.9 })
    expect(formatRate(rateFigure(1968, 2132))).toBe('92.3%')
    expect(formatRate(rateFigure(10, 10))).toBe('100.0%')
  })
})
