import { describe, expect, it } from 'vitest'
import { chineseDate, chineseDateNear, chineseDayOf, chinaYmd, localDateToYmd, ymdToLocalDate } from './display-dates'

describe('dates as people read them', () => {
  it('names the China day of an instant, whatever the machine’s zone', () => {
    expect(chineseDate('2026-02-28T16:30:00Z')).toBe('2026年3月1日')
    expect(chineseDateNear('2026-03-10T15:59:59Z', '2026-03-01T00:00:00+08:00')).toBe('3月10日')
    expect(chineseDateNear('2027-01-05T00:00:00+08:00', '2026-12-30T00:00:00+08:00')).toBe('2027年1月5日')
  })

  it('reads a picked date with its weekday', () => {
    expect(chineseDayOf('2027-01-20')).toBe('2027年1月20日（星期三）')
    expect(chineseDayOf('')).toBe('')
  })

  it('goes between YYYY-MM-DD and a picker’s local date', () => {
    const d = ymdToLocalDate('2026-03-01')
    expect(d && localDateToYmd(d)).toBe('2026-03-01')
    expect(ymdToLocalDate('2026-3-1')).toBeNull()
    expect(chinaYmd('2026-02-28T16:30:00Z', 1)).toBe('2026-03-02')
  })
})
