import { describe, expect, it } from 'vitest'
import { splitTimes } from './splitTimes'

describe('splitTimes', () => {
  it('keeps each time and time range whole', () => {
    expect(splitTimes('每周三 9:00–12:00、14:30–17:30；每月4次')).toEqual([
      { text: '每周三', time: true },
      { text: ' ', time: false },
      { text: '9:00–12:00', time: true },
      { text: '、', time: false },
      { text: '14:30–17:30', time: true },
      { text: '；每月4次', time: false },
    ])
    expect(splitTimes('下午 2:30 开门')).toEqual([
      { text: '下午 ', time: false },
      { text: '2:30', time: true },
      { text: ' 开门', time: false },
    ])
    expect(splitTimes('')).toEqual([])
  })

  it('keeps each date (with its weekday) and weekday whole', () => {
    expect(splitTimes('您本月值班 2 次：11月4日（星期三） 14:30；2026年11月25日')).toEqual([
      { text: '您本月值班 2 次：', time: false },
      { text: '11月4日（星期三）', time: true },
      { text: ' ', time: false },
      { text: '14:30', time: true },
      { text: '；', time: false },
      { text: '2026年11月25日', time: true },
    ])
    expect(splitTimes('星期五上午，2026-12-02')).toEqual([
      { text: '星期五', time: true },
      { text: '上午，', time: false },
      { text: '2026-12-02', time: true },
    ])
  })
})
