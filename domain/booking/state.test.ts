import { describe, expect, it } from 'vitest'
import { bookingShown, BOOKING_SHOWN_WORDS, type BookingFacts } from './state'

// Wednesday 2 December 2026, 14:30–15:00 China time
const slot: BookingFacts = { status: 'booked', startAt: new Date('2026-12-02T06:30:00Z'), endAt: new Date('2026-12-02T07:00:00Z') }
const home: BookingFacts = { ...slot, kind: 'home', endAt: new Date('2026-12-02T07:30:00Z') }
const at = (iso: string) => new Date(iso)
const words = (b: BookingFacts, now: string) => BOOKING_SHOWN_WORDS[bookingShown(b, at(now))]

describe('what a booking became', () => {
  it('at the point: 已预约 until the slot ends, 待确认 for the rest of that China day, then 已过期，未登记到场', () => {
    expect(words(slot, '2026-12-02T06:59:59Z')).toBe('已预约')
    expect(words(slot, '2026-12-02T07:00:00Z')).toBe('待确认')
    expect(words(slot, '2026-12-02T15:59:59Z')).toBe('待确认') // 23:59:59 China time
    expect(words(slot, '2026-12-02T16:00:00Z')).toBe('已过期，未登记到场')
    expect(words(slot, '2027-03-01T00:00:00Z')).toBe('已过期，未登记到场')
  })

  it('what someone recorded stands whatever the time', () => {
    for (const now of ['2026-12-01T00:00:00Z', '2026-12-09T00:00:00Z']) {
      expect(words({ ...slot, status: 'checkedIn' }, now)).toBe('已到场')
      expect(words({ ...slot, status: 'noShow' }, now)).toBe('未到')
      expect(words({ ...slot, status: 'cancelled' }, now)).toBe('已取消')
      expect(words({ ...home, status: 'checkedIn' }, now)).toBe('已上门')
      expect(words({ ...home, status: 'cancelled' }, now)).toBe('已取消')
    }
  })

  it('a 上门走访: 已安排 through its day, 待确认 after the date until the cadre records 已上门', () => {
    expect(words(home, '2026-11-28T02:00:00Z')).toBe('已安排')
    expect(words(home, '2026-12-02T15:59:59Z')).toBe('已安排')
    expect(words(home, '2026-12-02T16:00:00Z')).toBe('待确认')
  })

  it('reads the China day whatever the machine’s zone (a slot near midnight China time)', () => {
    const late: BookingFacts = { status: 'booked', startAt: at('2026-12-02T15:00:00Z'), endAt: at('2026-12-02T15:30:00Z') } // 23:00–23:30
    expect(words(late, '2026-12-02T15:45:00Z')).toBe('待确认')
    expect(words(late, '2026-12-02T16:00:00Z')).toBe('已过期，未登记到场')
  })
})
