import { describe, expect, it } from 'vitest'
import { fitValue, templateData, TEMPLATE_FIELDS } from './templates'

const long = '村口的路灯坏了一个多月了，晚上出门很不方便，老人小孩都容易摔倒。'.repeat(30)

describe('fitValue', () => {
  it('cuts a thing to 20 characters with …, and folds line breaks', () => {
    const v = fitValue('thing2', long)
    expect([...v]).toHaveLength(20)
    expect(v.endsWith('…')).toBe(true)
    expect(fitValue('thing3', '第一行\n第二行')).toBe('第一行 第二行')
    expect(fitValue('thing3', '   ')).toBe('—')
  })

  it('keeps character_string to 32 printable ASCII characters', () => {
    expect(fitValue('character_string1', '202611001')).toBe('202611001')
    expect(fitValue('character_string1', '编号 2026-11-001')).toBe('2026-11-001')
    expect(fitValue('character_string1', 'x'.repeat(40))).toHaveLength(31)
  })

  it('keeps a phrase to 5 Chinese characters', () => {
    expect(fitValue('phrase3', '已受理')).toBe('已受理')
    expect(fitValue('phrase3', '已经逾期三天了！')).toBe('已经逾期三')
    expect(fitValue('phrase3', 'OK')).toBe('通知')
  })

  it('keeps a name to 10 Chinese or 20 Latin characters', () => {
    expect(fitValue('name1', '阿卜杜热合曼·买买提艾力')).toHaveLength(10)
    expect(fitValue('name1', 'Alexander Hamiltonian Jr')).toHaveLength(20)
  })

  it('writes time and date in China time, whatever the machine zone', () => {
    expect(fitValue('time4', new Date('2026-02-07T15:59:59Z'))).toBe('2026年2月7日 23:59')
    expect(fitValue('time4', new Date('2026-02-07T16:00:00Z'))).toBe('2026年2月8日 00:00')
    expect(fitValue('date2', '2026-12-31T16:30:00Z')).toBe('2027年1月1日')
  })
})

describe('templateData', () => {
  it('fills every keyword of the template, each fitting', () => {
    const data = templateData('replied', { no: '202611001', title: long, answer: long, tip: '请对办理结果进行评议' })
    expect(Object.keys(data).sort()).toEqual(Object.values(TEMPLATE_FIELDS.replied).sort())
    expect([...data.thing3.value].length).toBeLessThanOrEqual(20)
  })

  it('refuses a template with a keyword missing', () => {
    expect(() => templateData('accepted', { no: '1', title: 'x', status: '已受理' } as never)).toThrow(/needs due/)
  })
})
