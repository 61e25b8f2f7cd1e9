import { describe, expect, it } from 'vitest'
import { BOOKING_RULES, type BookingRules } from '../policy/defaults'
import { bannedUntil, BOOKING_RULES_TEXT, bookingRulesText, checkBooking, checkCancel, checkSlotTime, type BookerState } from './rules'

// China time, written out: 2026-03-04 16:00 is 08:00 UTC
const cn = (at: string) => new Date(`${at}+08:00`)
const DAY = 24 * 60 * 60 * 1000
const now = cn('2026-03-02T10:00:00')
const slot = { openingId: 'p_20260304_1430', startAt: cn('2026-03-04T14:30:00') }
const nobody: BookerState = { open: [], noShows: [] }

describe('the rules as residents read them', () => {
  it('states today’s numbers', () => {
    expect(BOOKING_RULES_TEXT).toEqual([
      '请至少提前 2 小时预约，最多预约 30 天内的时段',
      '同时最多 2 个未到期的预约，每次开放只能约 1 个时段',
      '开始前 2 小时之前可以免费取消',
      '90 天内 2 次预约未到的，30 天内不能再预约',
    ])
  })

  it('follows every number when a community changes it', () => {
    const ours: BookingRules = { noticeHours: 4, aheadDays: 14, maxOpen: 3, perOpening: 2, cancelUntilHours: 24, noShowLimit: 3, noShowWindowDays: 60, noShowBanDays: 14 }
    expect(bookingRulesText(ours)).toEqual([
      '请至少提前 4 小时预约，最多预约 14 天内的时段',
      '同时最多 3 个未到期的预约，每次开放只能约 2 个时段',
      '开始前 24 小时之前可以免费取消',
      '60 天内 3 次预约未到的，14 天内不能再预约',
    ])
    // and the rules themselves hold what the words say
    expect(checkSlotTime(slot.startAt, new Date(slot.startAt.getTime() - 3 * 60 * 60 * 1000), ours)).toEqual({ ok: false, message: '请至少提前 4 小时预约' })
    expect(checkSlotTime(slot.startAt, new Date(slot.startAt.getTime() - 15 * DAY), ours)).toEqual({ ok: false, message: '只能预约 14 天内的时段' })
    expect(checkCancel(slot.startAt, new Date(slot.startAt.getTime() - 23 * 60 * 60 * 1000), ours)).toEqual({ ok: false, message: '开始前 24 小时内不能在线取消，请直接联系说事点' })
    const oneHere = { open: [{ id: 'b1', ...slot }], noShows: [] }
    expect(checkBooking(slot, now, oneHere, ours)).toEqual({ ok: true })
    expect(checkBooking(slot, now, oneHere)).toEqual({ ok: false, message: '这次开放您已经约了 1 个时段' })
  })
})

describe('the no-show ban: 2 未到 within 90 days, then no booking for 30 days after the latest', () => {
  const first = cn('2026-02-04T16:00:00')
  const second = cn('2026-02-25T16:00:00')

  it('one 未到 bans nobody', () => {
    expect(bannedUntil([second], now)).toBeNull()
    expect(checkBooking(slot, now, { open: [], noShows: [second] })).toEqual({ ok: true })
  })

  it('the second bans until 30 days after it, and says the day it lifts', () => {
    const me = { open: [], noShows: [second, first] }
    expect(bannedUntil(me.noShows, now)).toEqual({ until: cn('2026-03-27T16:00:00'), missed: 2 })
    expect(checkBooking(slot, now, me)).toEqual({ ok: false, message: '90 天内有 2 次预约未到，2026-03-27 之后可以再预约' })
    // the last moment of the ban, and the first after it
    const lastMoment = cn('2026-03-27T15:59:59')
    const later = { openingId: 'p_20260401_1430', startAt: cn('2026-04-01T14:30:00') }
    expect(checkBooking(later, lastMoment, me).ok).toBe(false)
    expect(checkBooking(later, cn('2026-03-27T16:00:00'), me)).toEqual({ ok: true })
  })

  it('counts only the 未到 within 90 days of now', () => {
    const old = new Date(now.getTime() - 90 * DAY)
    expect(bannedUntil([old, second], now)).toBeNull()
    expect(bannedUntil([new Date(old.getTime() + 1), second], now)).not.toBeNull()
  })

  it('takes its numbers from the defaults', () => {
    expect(BOOKING_RULES).toMatchObject({ noShowLimit: 2, noShowWindowDays: 90, noShowBanDays: 30 })
    const strict: BookingRules = { ...BOOKING_RULES, noShowLimit: 1, noShowBanDays: 7 }
    expect(bannedUntil([second], now, strict)).toEqual({ until: cn('2026-03-04T16:00:00'), missed: 1 })
  })
})

describe('the other rules', () => {
  it('refuses a second slot of one opening and more than 2 open bookings; a past booking is not open', () => {
    expect(checkBooking(slot, now, { open: [{ id: 'b', ...slot }], noShows: [] })).toMatchObject({ ok: false })
    const two = [
      { id: 'a', openingId: 'x', startAt: cn('2026-03-05T09:00:00') },
      { id: 'b', openingId: 'y', startAt: cn('2026-03-06T09:00:00') },
    ]
    expect(checkBooking(slot, now, { open: two, noShows: [] })).toEqual({ ok: false, message: '同时最多 2 个预约，请先完成或取消一个' })
    expect(checkBooking(slot, now, { open: [{ ...two[0], startAt: cn('2026-03-01T09:00:00') }, two[1]], noShows: [] })).toEqual({ ok: true })
    expect(checkBooking(slot, now, nobody)).toEqual({ ok: true })
  })
})
