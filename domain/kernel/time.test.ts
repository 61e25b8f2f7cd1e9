import { describe, expect, it } from 'vitest'
import { chinaDayEnd, chinaDayStart, chinaInstant, chinaWallAt, formatChinaDate, formatChinaDateTime, toChinaIso } from './time'

describe('China time', () => {
  it('formats with the +08:00 offset whatever the machine zone', () => {
    expect(toChinaIso('2026-02-07T15:59:59Z')).toBe('2026-02-07T23:59:59+08:00')
    expect(formatChinaDateTime('2026-01-31T16:30:00Z')).toBe('2026-02-01 00:30')
    expect(formatChinaDate(new Date('2026-01-31T16:30:00Z'))).toBe('2026-02-01')
  })
})

// run under TZ=UTC and TZ=America/New_York (scripts/test-all.sh): the answers must not move
describe('China days', () => {
  it('begin at 00:00 China time and end at the next day’s, whatever the machine zone', () => {
    expect(chinaDayStart('2026-03-01').toISOString()).toBe('2026-02-28T16:00:00.000Z')
    expect(chinaDayEnd('2026-03-01').toISOString()).toBe('2026-03-01T16:00:00.000Z')
    // New York springs forward on 8 March 2026; a China day is still 24 hours
    expect(chinaDayEnd('2026-03-08').getTime() - chinaDayStart('2026-03-08').getTime()).toBe(24 * 3600 * 1000)
    // a leap day, a month end and a year end
    expect(chinaDayEnd('2028-02-28').toISOString()).toBe(chinaDayStart('2028-02-29').toISOString())
    expect(chinaDayEnd('2026-12-31').toISOString()).toBe('2026-12-31T16:00:00.000Z')
  })

  it('give the instant of a time on a day and its wall clock', () => {
    expect(chinaInstant('2026-11-01', '14:30').toISOString()).toBe('2026-11-01T06:30:00.000Z')
    expect(chinaWallAt('2026-11-01', '14:30').format('YYYY-MM-DD HH:mm')).toBe('2026-11-01 14:30')
    expect(chinaWallAt('2026-11-01').add(1, 'month').format('YYYY-MM-DD HH:mm')).toBe('2026-12-01 00:00')
    expect(toChinaIso(chinaDayStart('2026-11-01'))).toBe('2026-11-01T00:00:00+08:00')
  })
})
