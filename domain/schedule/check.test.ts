import { describe, expect, it } from 'vitest'
import { normaliseHours, scheduleProblem } from './check'
import type { OpeningRule, ScheduleException } from './openings'

const XD01: OpeningRule[] = [
  { weekday: 3, start: '09:00', end: '12:00', kind: 'walkIn' },
  { weekday: 3, start: '14:30', end: '17:30', kind: 'booking', slotMinutes: 30, places: 2 },
]

describe('scheduleProblem', () => {
  it('passes the demo schedule with a holiday and an extra opening', () => {
    const exceptions: ScheduleException[] = [
      { date: '2026-10-07', closed: true, reason: '国庆假期' },
      { date: '2026-10-09', extra: { start: '09:00', end: '11:00', kind: 'collective' } },
    ]
    expect(scheduleProblem(XD01, exceptions)).toBeNull()
  })

  it('refuses an opening that ends before it starts', () => {
    expect(scheduleProblem([{ weekday: 1, start: '12:00', end: '09:00', kind: 'walkIn' }], [])).toBe('星期一 12:00–09:00：结束时间应晚于开始时间')
    expect(scheduleProblem([{ weekday: 1, start: '09:00', end: '09:00', kind: 'walkIn' }], [])).toBe('星期一 09:00–09:00：结束时间应晚于开始时间')
  })

  it('asks 约访 for a slot length and places, and a length that divides the opening', () => {
    expect(scheduleProblem([{ weekday: 3, start: '14:30', end: '17:30', kind: 'booking', places: 2 }], [])).toBe('星期三 14:30–17:30：约访请设置每段时长')
    expect(scheduleProblem([{ weekday: 3, start: '14:30', end: '17:30', kind: 'booking', slotMinutes: 30 }], [])).toBe('星期三 14:30–17:30：约访请设置每段名额')
    expect(scheduleProblem([{ weekday: 3, start: '14:30', end: '17:30', kind: 'booking', slotMinutes: 40, places: 2 }], [])).toBe(
      '星期三 14:30–17:30：3 小时分不成每段 40 分钟，请调整时长或起止时间',
    )
    expect(scheduleProblem([{ weekday: 3, start: '14:30', end: '14:50', kind: 'booking', slotMinutes: 30, places: 2 }], [])).toContain('分不成每段 30 分钟')
  })

  it('refuses two openings on the same weekday that overlap, but not back to back', () => {
    const overlapping: OpeningRule[] = [XD01[0], { weekday: 3, start: '11:30', end: '13:00', kind: 'walkIn' }]
    expect(scheduleProblem(overlapping, [])).toBe('星期三的开放时间重叠：09:00–12:00 与 11:30–13:00')
    const touching: OpeningRule[] = [XD01[0], { weekday: 3, start: '12:00', end: '13:00', kind: 'walkIn' }]
    expect(scheduleProblem(touching, [])).toBeNull()
    // a Thursday at the same time is another day
    expect(scheduleProblem([XD01[0], { ...XD01[0], weekday: 4 }], [])).toBeNull()
  })

  it('asks each exception to be either a closure with a reason or an extra opening', () => {
    expect(scheduleProblem(XD01, [{ date: '2026-10-07' }])).toBe('2026-10-07：请选择“不开放”或“加开”')
    expect(scheduleProblem(XD01, [{ date: '2026-10-07', closed: true, extra: { start: '09:00', end: '10:00', kind: 'walkIn' } }])).toBe(
      '2026-10-07：请选择“不开放”或“加开”',
    )
    expect(scheduleProblem(XD01, [{ date: '2026-10-07', closed: true }])).toBe('2026-10-07：请填写不开放的原因')
    expect(scheduleProblem(XD01, [{ date: '2026-10-07', closed: true, reason: ' ' }])).toBe('2026-10-07：请填写不开放的原因')
    expect(scheduleProblem(XD01, [{ date: '2026-10-07', closed: true, reason: '国庆' }, { date: '2026-10-07', closed: true, reason: '假期' }])).toBe(
      '2026-10-07 已经设为不开放',
    )
  })

  it('refuses an extra opening that overlaps the day’s openings, unless the day is closed', () => {
    // 2026-10-07 is a Wednesday
    const extra: ScheduleException = { date: '2026-10-07', extra: { start: '10:00', end: '11:00', kind: 'collective' } }
    expect(scheduleProblem(XD01, [extra])).toBe('2026-10-07 加开的时间与当天的开放时间重叠：10:00–11:00 与 09:00–12:00')
    expect(scheduleProblem(XD01, [extra, { date: '2026-10-07', closed: true, reason: '改为集体接见' }])).toBeNull()
    const two: ScheduleException[] = [extra, { date: '2026-10-07', extra: { start: '10:30', end: '11:30', kind: 'walkIn' } }]
    expect(scheduleProblem([], two)).toBe('2026-10-07 加开的时间与当天的开放时间重叠：10:00–11:00 与 10:30–11:30')
    expect(scheduleProblem([], [{ date: '2026-10-08', extra: { start: '15:00', end: '14:00', kind: 'walkIn' } }])).toBe('2026-10-08 加开 15:00–14:00：结束时间应晚于开始时间')
  })
})

describe('normaliseHours', () => {
  it('keeps slot length and places for 约访 only', () => {
    expect(normaliseHours({ weekday: 3, start: '09:00', end: '12:00', kind: 'walkIn', slotMinutes: 30, places: 2 })).toEqual({ weekday: 3, start: '09:00', end: '12:00', kind: 'walkIn' })
    expect(normaliseHours(XD01[1])).toEqual(XD01[1])
  })
})
