import { describe, expect, it } from 'vitest'
import { daysSinceChinaDate, tripOverdue } from './trips'
import { TRIPS } from '../policy/defaults'

describe('代理办事: at least one trip a week', () => {
  it('counts whole days on China’s calendar, whatever the machine’s zone', () => {
    // 2026-03-09 23:59:59 China time is still Monday the 9th there
    expect(daysSinceChinaDate('2026-03-02', new Date('2026-03-09T15:59:59Z'))).toBe(7)
    expect(daysSinceChinaDate('2026-03-02', new Date('2026-03-09T16:00:00Z'))).toBe(8)
    // across the new year
    expect(daysSinceChinaDate('2025-12-31', new Date('2026-01-01T00:00:00Z'))).toBe(1)
  })

  it('flags a matter once 7 full days have passed without a trip', () => {
    expect(TRIPS.intervalDays).toBe(7)
    expect(tripOverdue('2026-03-02', new Date('2026-03-09T15:59:59Z'))).toBe(false)
    expect(tripOverdue('2026-03-02', new Date('2026-03-09T16:00:00Z'))).toBe(true)
    expect(tripOverdue('2026-03-09', new Date('2026-03-09T16:00:00Z'))).toBe(false)
  })
})
