import { describe, expect, it } from 'vitest'
import { formatChinaDate, formatChinaDateTime, toChinaIso } from './time'

describe('China time', () => {
  it('formats with the +08:00 offset whatever the machine zone', () => {
    expect(toChinaIso('2026-02-07T15:59:59Z')).toBe('2026-02-07T23:59:59+08:00')
    expect(formatChinaDateTime('2026-01-31T16:30:00Z')).toBe('2026-02-01 00:30')
    expect(formatChinaDate(new Date('2026-01-31T16:30:00Z'))).toBe('2026-02-01')
  })
})
