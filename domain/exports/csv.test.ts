import { describe, expect, it } from 'vitest'
import { csvCell, toCsv } from './csv'

describe('csv', () => {
  it('starts with the UTF-8 BOM and ends every line with CRLF', () => {
    const out = toCsv(['登记编号', '分类'], [['202601001', '政策咨询']])
    expect(out.charCodeAt(0)).toBe(0xfeff)
    expect(out).toBe('\uFEFF"登记编号","分类"\r\n"202601001","政策咨询"\r\n')
  })

  it('quotes per RFC 4180: commas, quotes and line breaks stay inside the cell', () => {
    expect(csvCell('路灯坏了，"很久"了')).toBe('"路灯坏了，""很久""了"')
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('第一行\r\n第二行')).toBe('"第一行\n第二行"')
  })

  it.each(['=1+1', '+86', '-2', '@SUM(A1)', '\t=1', '\r=1'])('guards a cell that could run as a formula: %j', (cell) => {
    const quoted = csvCell(cell)
    expect(quoted.startsWith(`"'`)).toBe(true)
  })

  it('leaves ordinary cells alone', () => {
    expect(csvCell('138****5678')).toBe('"138****5678"')
    expect(csvCell('')).toBe('""')
  })
})
