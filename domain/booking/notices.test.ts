/** The booking messages' words and the reminder's hour, in China time under any machine zone. */
import { describe, expect, it } from 'vitest'
import { bookedNotice, bookingWhen, cancelledByOfficeNotice, reminderWindow } from './notices'

const booking = {
  _id: 'b1',
  ownerOpenid: 'resident-1',
  pointName: '新东社区民情说事点',
  startAt: new Date('2026-12-31T06:30:00Z'),
  endAt: new Date('2026-12-31T07:00:00Z'),
  category: '政策咨询',
  topic: '想问问高龄补贴怎么申请，家里老人九十岁了',
}

describe('booking messages', () => {
  it('the time reads in China time, weekday included', () => {
    expect(bookingWhen(booking)).toBe('12月31日（星期四）14:30–15:00')
  })

  it('every value fits WeChat’s keyword rules', () => {
    const n = cancelledByOfficeNotice(booking, '值班干部被临时抽调去防汛，这次接待只好取消')
    expect(n.recipient).toBe('resident-1')
    expect([...n.data.thing1.value].length).toBeLessThanOrEqual(20)
    expect([...n.data.thing5.value].length).toBeLessThanOrEqual(20)
    expect(n.data.phrase4.value).toMatch(/^[\u4e00-\u9fff]{1,5}$/)
    expect(n.data.time2.value).toBe('2026年12月31日 14:30')
    expect(n.body).toContain('原因：值班干部被临时抽调去防汛，这次接待只好取消')
  })

  it('a 上门走访 names the cadre and keeps the address out of WeChat', () => {
    const n = bookedNotice({ ...booking, kind: 'home', cadre: { openid: 'c1', name: '张建国' } })
    expect(n.title).toBe('上门走访已安排')
    expect(n.data.thing3.value).toBe('您家中（上门走访）')
    expect(n.body).toContain('张建国将在 12月31日（星期四）14:30–15:00 到您家走访')
  })
})

describe('the reminder’s hour', () => {
  it('nothing before 18:00 China time; from 18:00 the whole of tomorrow, across a year end', () => {
    expect(reminderWindow(new Date('2026-12-31T09:59:59Z'))).toBeNull()
    expect(reminderWindow(new Date('2026-12-31T10:00:00Z'))).toEqual({ from: new Date('2026-12-31T16:00:00Z'), to: new Date('2027-01-01T16:00:00Z') })
    expect(reminderWindow(new Date('2026-12-31T15:59:59Z'))?.from).toEqual(new Date('2026-12-31T16:00:00Z'))
    expect(reminderWindow(new Date('2026-12-31T16:00:00Z'))).toBeNull()
  })
})
