import { describe, expect, it } from 'vitest'
import { monthLabel, onDutyText, shiftMonth } from './dutyText'

describe('the posted roster in words', () => {
  it('names each cadre with what they answer for, or says nobody is posted yet', () => {
    expect(onDutyText([{ name: '张建国', duty: '综合接待' }])).toBe('张建国（综合接待）')
    expect(onDutyText([{ name: '张建国', duty: '综合接待' }, { name: '李秀英', duty: '环境卫生' }])).toBe('张建国（综合接待）、李秀英（环境卫生）')
    expect(onDutyText([])).toBe('值班人员待定')
  })

  it('moves between months across a year end and reads them in Chinese', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01')
    expect(shiftMonth('2026-01', -1)).toBe('2025-12')
    expect(shiftMonth('2026-03', 0)).toBe('2026-03')
    expect(monthLabel('2026-03')).toBe('2026年3月')
  })
})
