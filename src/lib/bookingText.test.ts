import { describe, expect, it } from 'vitest'
import { clock, dayLabel, timeRange } from './bookingText'

describe('booking text', () => {
  it('reads a day with its weekday, on any machine time zone', () => {
    expect(dayLabel('2026-12-02')).toBe('12月2日（星期三）')
    expect(dayLabel('2026-11-29')).toBe('11月29日（星期日）')
    expect(dayLabel('nope')).toBe('')
  })
  it('drops the leading zero of an hour', () => {
    expect(clock('09:00')).toBe('9:00')
    expect(timeRange('14:30', '15:00')).toBe('14:30–15:00')
  })
})
