import { describe, expect, it } from 'vitest'
import { parseCron } from './cron'

// times are written in China time (+08:00), as CloudBase reads the cron
const at = (text: string) => new Date(`${text}+08:00`)
const iso = (d: Date | null) => (d ? new Date(d.getTime() + 8 * 3600_000).toISOString().replace('.000Z', '') : null)

describe('CloudBase 7-field cron', () => {
  it('hourly (the scheduler\'s trigger): on the hour, China time', () => {
    const c = parseCron('0 0 * * * * *')
    expect(iso(c.next(at('2026-11-28T10:00:00')))).toBe('2026-11-28T11:00:00')
    expect(iso(c.next(at('2026-11-28T10:59:59')))).toBe('2026-11-28T11:00:00')
    expect(iso(c.previous(at('2026-11-28T10:59:59')))).toBe('2026-11-28T10:00:00')
    expect(iso(c.previous(at('2026-11-28T10:00:00')))).toBe('2026-11-28T10:00:00')
    expect(c.matches(at('2026-11-28T10:00:00'))).toBe(true)
    expect(c.matches(at('2026-11-28T10:00:01'))).toBe(false)
  })

  it('reads the day in China time, not the machine\'s or UTC', () => {
    // 02:00 on the 1st in China is 18:00 on the last day of the month before in UTC
    const c = parseCron('0 0 2 1 * * *')
    expect(c.next(at('2026-11-15T00:00:00'))).toEqual(new Date('2026-11-30T18:00:00Z'))
  })

  it('ranges, lists, steps and names', () => {
    const c = parseCron('0 */30 9-17 * * MON-FRI *')
    expect(iso(c.next(at('2026-11-27T17:30:00')))).toBe('2026-11-30T09:00:00') // Friday evening → Monday 09:00
    expect(iso(c.previous(at('2026-11-29T12:00:00')))).toBe('2026-11-27T17:30:00') // Sunday → Friday 17:30
    expect(iso(parseCron('0 15 10 * * * *').next(at('2026-11-28T10:15:00')))).toBe('2026-11-29T10:15:00')
    expect(iso(parseCron('5/20 0 0 1 JAN * 2027').next(at('2026-06-01T00:00:00')))).toBe('2027-01-01T00:00:05')
    expect(iso(parseCron('0 0 10,14,16 * * * *').next(at('2026-11-28T10:00:00')))).toBe('2026-11-28T14:00:00')
    expect(iso(parseCron('0 0 12 * * WED *').previous(at('2026-11-28T00:00:00')))).toBe('2026-11-25T12:00:00')
  })

  it('day and weekday both given: either fires', () => {
    const c = parseCron('0 0 0 13 * 5 *') // the 13th, or any Friday
    expect(iso(c.next(at('2026-11-10T00:00:00')))).toBe('2026-11-13T00:00:00') // a Friday the 13th
    expect(iso(c.next(at('2026-11-13T00:00:00')))).toBe('2026-11-20T00:00:00')
    expect(iso(c.next(at('2026-12-05T00:00:00')))).toBe('2026-12-11T00:00:00')
    expect(iso(c.next(at('2026-12-11T00:00:00')))).toBe('2026-12-13T00:00:00') // a Sunday the 13th
  })

  it('skips months without the day, and ends with the years it allows', () => {
    expect(iso(parseCron('0 0 0 31 * * *').next(at('2026-11-01T00:00:00')))).toBe('2026-12-31T00:00:00')
    expect(iso(parseCron('0 0 0 29 2 * *').next(at('2026-03-01T00:00:00')))).toBe('2028-02-29T00:00:00')
    expect(parseCron('0 0 0 1 1 * 2026').next(at('2026-06-01T00:00:00'))).toBeNull()
    expect(parseCron('0 0 0 1 1 * 2099').previous(at('2098-06-01T00:00:00'))).toBeNull()
  })

  it('refuses what CloudBase refuses', () => {
    expect(() => parseCron('0 0 * * * *')).toThrow('needs 7 fields')
    expect(() => parseCron('60 0 * * * * *')).toThrow("second '60'")
    expect(() => parseCron('0 0 24 * * * *')).toThrow("hour '24'")
    expect(() => parseCron('0 0 0 0 * * *')).toThrow("day '0'")
    expect(() => parseCron('0 0 0 * * 7 *')).toThrow("weekday '7'")
    expect(() => parseCron('0 0 0 * * * 2100')).toThrow("year '2100'")
    expect(() => parseCron('0 0 5-1 * * * *')).toThrow('runs backwards')
    expect(() => parseCron('0 0 */0 * * * *')).toThrow('step')
    expect(() => parseCron('0 0 ? * * * *')).toThrow()
  })
})
