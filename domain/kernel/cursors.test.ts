import { describe, expect, it } from 'vitest'
import { encodeTimeCursor, MAX_OFFSET, offsetCursor, parseTimeCursor, timeCursor } from './cursors'
import { parseWith } from './validation'

const b64 = (s: string) => Buffer.from(s).toString('base64url')

describe('paging cursors', () => {
  it('reads back what it wrote', () => {
    const c = { t: Date.UTC(2026, 10, 10, 2), seq: 12 }
    expect(parseTimeCursor(encodeTimeCursor(c))).toEqual(c)
    expect(parseWith(timeCursor, encodeTimeCursor(c)).ok).toBe(true)
  })

  it.each([
    ['a date beyond any record', '100000000000000000000.1'],
    ['the forged {"t":1e20,"seq":1}', b64('{"t":1e20,"seq":1}')],
    ['a date before the product', `${Date.UTC(2019, 0, 1)}.1`],
    ['a date after 2100', `${Date.UTC(2100, 0, 2)}.1`],
    ['a negative time', `-${Date.UTC(2026, 0, 1)}.1`],
    ['no sequence', `${Date.UTC(2026, 0, 1)}`],
    ['sequence 0', `${Date.UTC(2026, 0, 1)}.0`],
    ['a fraction', `${Date.UTC(2026, 0, 1)}.1.5`],
    ['an exponent', '1.7e12.1'],
    ['words', 'not-a-cursor'],
  ])('refuses %s', (_label, raw) => {
    expect(parseTimeCursor(raw)).toBeNull()
    const r = parseWith(timeCursor, raw)
    expect(r).toMatchObject({ ok: false, message: '分页参数无效，请刷新后重试' })
  })

  it('takes workbench offsets from 0 to MAX_OFFSET only', () => {
    for (const ok of ['0', '10', String(MAX_OFFSET)]) expect(parseWith(offsetCursor, ok).ok).toBe(true)
    for (const bad of ['-1', '1e3', '1001', '010', '1.5', ' 10', 'Infinity', 'NaN', '', '99999999999']) {
      expect({ bad, ok: parseWith(offsetCursor, bad).ok }).toEqual({ bad, ok: false })
    }
  })
})
