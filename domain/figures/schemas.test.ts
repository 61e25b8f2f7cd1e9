import { describe, expect, it } from 'vitest'
import { encodeFigureCursor, figuresEventSchemas, parseFigureCursor } from './schemas'
import { parseWith } from '../kernel/validation'

const get = (e: object) => parseWith(figuresEventSchemas['figures.get'], { action: 'figures.get', ...e })

describe('figures events', () => {
  it('takes a period of China days with an optional point and cadre', () => {
    expect(get({ from: '2026-01-01', to: '2026-03-31', pointCode: 'XD 01' })).toMatchObject({ ok: true, value: { pointCode: 'xd01' } })
  })

  it('refuses a period that ends before it starts, one longer than 366 days, and a date that does not exist', () => {
    expect(get({ from: '2026-03-02', to: '2026-03-01' })).toMatchObject({ ok: false, message: '结束日期不能早于开始日期' })
    // 2028 is a leap year: its 366 days are allowed; 2026-01-01 to 2027-01-02 is 365 + 2 = 367
    expect(get({ from: '2028-01-01', to: '2028-12-31' }).ok).toBe(true)
    expect(get({ from: '2026-01-01', to: '2027-01-02' })).toMatchObject({ ok: false, message: '一次最多统计 366 天' })
    expect(get({ from: '2026-02-30', to: '2026-03-01' }).ok).toBe(false)
    expect(get({ from: '2026-01-01', to: '2026-01-31', extra: 1 }).ok).toBe(false)
  })

  it('lists one figure’s matters, with a cursor that cannot be forged into a strange query', () => {
    const items = (e: object) => parseWith(figuresEventSchemas['figures.items'], { action: 'figures.items', from: '2026-01-01', to: '2026-03-31', ...e })
    expect(items({ figure: 'late' }).ok).toBe(true)
    expect(items({ figure: 'everything' })).toMatchObject({ ok: false, message: '未知的统计项' })
    const cursor = encodeFigureCursor({ t: Date.UTC(2026, 0, 5), id: 'item_1-a' })
    expect(parseFigureCursor(cursor)).toEqual({ t: Date.UTC(2026, 0, 5), id: 'item_1-a' })
    expect(items({ figure: 'late', cursor }).ok).toBe(true)
    for (const bad of ['1_x', '9999999999999_x', `${Date.UTC(2026, 0, 5)}_a.b`, `${Date.UTC(2026, 0, 5)}_`]) {
      expect(items({ figure: 'late', cursor: bad }).ok).toBe(false)
    }
  })
})
