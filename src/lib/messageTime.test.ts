import { describe, expect, it } from 'vitest'
import { formatMessageTime } from './messageTime'

// 2026-11-28 10:00 in China
const NOW = '2026-11-28T02:00:00Z'

describe('a message’s time, in China time', () => {
  it('says 今天 and 昨天 by the China calendar, whatever the device’s zone', () => {
    expect(formatMessageTime('2026-11-28T00:30:00+08:00', NOW)).toBe('今天 00:30')
    expect(formatMessageTime('2026-11-27T23:59:00+08:00', NOW)).toBe('昨天 23:59')
    // 16:30 UTC on the 27th is already the 28th in China
    expect(formatMessageTime('2026-11-27T16:30:00Z', NOW)).toBe('今天 00:30')
  })

  it('gives the date otherwise, with the year only when it is another year', () => {
    expect(formatMessageTime('2026-11-03T08:00:00+08:00', NOW)).toBe('11月3日 08:00')
    expect(formatMessageTime('2025-12-31T08:00:00+08:00', NOW)).toBe('2025年12月31日 08:00')
    // a message from the local cloud's moved clock, ahead of the device
    expect(formatMessageTime('2026-12-09T09:00:00+08:00', NOW)).toBe('12月9日 09:00')
  })
})
