import { describe, expect, it } from 'vitest'
import { dutyEventSchemas } from './schemas'
import { parseWith } from '../kernel/validation'

const check = <K extends keyof typeof dutyEventSchemas>(action: K, event: unknown) => parseWith(dutyEventSchemas[action], event)

describe('duty events', () => {
  it('a month is YYYY-MM within range; an opening id names a point, a day and a time', () => {
    expect(check('duty.list', { action: 'duty.list', pointCode: 'xd01', month: '2026-12' }).ok).toBe(true)
    for (const month of ['2026-13', '2026-1', '2019-12', '202612']) expect(check('duty.list', { action: 'duty.list', pointCode: 'xd01', month }).ok).toBe(false)
    expect(check('duty.set', { action: 'duty.set', openingId: 'xd01_20261202_0900', openids: [] }).ok).toBe(true)
    expect(check('duty.set', { action: 'duty.set', openingId: 'xd01_20261202', openids: [] }).ok).toBe(false)
  })

  it('people on duty and the rotation’s order: no one twice, not too many, none in the order is refused', () => {
    const set = { action: 'duty.set', openingId: 'xd01_20261202_0900' }
    expect(check('duty.set', { ...set, openids: ['a', 'a'] })).toMatchObject({ ok: false, message: '值班人员重复了' })
    expect(check('duty.set', { ...set, openids: ['a', 'b', 'c', 'd', 'e', 'f'] }).ok).toBe(false)
    expect(check('duty.set', { ...set, openids: ['$where'] }).ok).toBe(false)
    const rotate = { action: 'duty.rotate', pointCode: 'xd01', month: '2026-12' }
    expect(check('duty.rotate', { ...rotate, order: [] })).toMatchObject({ ok: false, message: '请至少选一位轮值人员' })
    expect(check('duty.rotate', { ...rotate, order: ['a', 'b', 'a'] }).ok).toBe(false)
    expect(check('duty.rotate', { ...rotate, order: ['a'], replace: 'yes' }).ok).toBe(false)
  })

  it('away: the end not before the start, at most 92 days, with a reason', () => {
    const away = { action: 'staff.setAway', openid: 'a', from: '2026-12-01', to: '2026-12-03', reason: '外出培训' }
    expect(check('staff.setAway', away).ok).toBe(true)
    expect(check('staff.setAway', { ...away, to: '2026-11-30' })).toMatchObject({ ok: false, message: '结束日期不能早于开始日期' })
    expect(check('staff.setAway', { ...away, to: '2027-03-03' }).ok).toBe(false)
    expect(check('staff.setAway', { ...away, to: '2027-03-02' }).ok).toBe(true)
    expect(check('staff.setAway', { ...away, reason: ' ' }).ok).toBe(false)
    expect(check('staff.setAway', { ...away, from: '2026-02-30' }).ok).toBe(false)
  })
})
