import { describe, expect, it } from 'vitest'
import { clock, dayLabel, placeLine, rebookUrl, timeRange } from './bookingText'

describe('booking text', () => {
  it('reads a day with its weekday, on any machine time zone', () => {
    expect(dayLabel('2026-12-02')).toBe('12月2日（星期三）')
    expect(dayLabel('2026-11-29')).toBe('11月29日（星期日）')
    expect(dayLabel('nope')).toBe('')
  })
  it('drops the leading zero of an hour', () => {
    expect(clock('09:00')).toBe('9:00')
    expect(timeRange('14:30', '15:00')).toBe('14:30–15:00')
  })
})

describe('重新预约', () => {
  it('opens the booking page of the same point with the matter filled in', () => {
    expect(rebookUrl({ pointCode: 'xd01', category: '政策咨询', topic: '问问补贴&条件', kind: 'point' })).toBe(
      '/pages/booking/index?point=xd01&topic=%E9%97%AE%E9%97%AE%E8%A1%A5%E8%B4%B4%26%E6%9D%A1%E4%BB%B6&category=%E6%94%BF%E7%AD%96%E5%92%A8%E8%AF%A2',
    )
    expect(rebookUrl({ pointCode: 'xd01', category: '上门走访', topic: '补贴', kind: 'home' })).toBe('/pages/booking/index?point=xd01&topic=%E8%A1%A5%E8%B4%B4&home=1')
  })

  it('names the place with no brackets inside brackets', () => {
    expect(placeLine('新东社区民情说事点', '新东社区党群服务中心一楼（幸福路 88 号）')).toBe('新东社区民情说事点，新东社区党群服务中心一楼（幸福路 88 号）')
    expect(placeLine('新东社区两代表工作室', '新东社区党群服务中心二楼')).toBe('新东社区两代表工作室（新东社区党群服务中心二楼）')
    expect(placeLine('新东社区两代表工作室', '')).toBe('新东社区两代表工作室')
  })
})
