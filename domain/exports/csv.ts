/**
 * CSV for Excel and WPS: UTF-8 with a BOM (so Chinese opens right), CRLF line ends, every
 * cell quoted per RFC 4180. A cell that begins like a formula (= + - @, or a tab or CR
 * before one) gets a leading ' so a spreadsheet shows it as text and never runs it.
 */
export const BOM = '\uFEFF'
const FORMULA_START = /^[=+\-@\t\r]/

export function csvCell(value: string): string {
  // one kind of line break inside a cell; Excel and WPS read LF in a quoted cell
  const text = value.replace(/\r\n?/g, '\n')
  const guarded = FORMULA_START.test(value) ? `'${text}` : text
  return `"${guarded.replace(/"/g, '""')}"`
}

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `${cells.map(csvCell).join(',')}\r\n`
  return BOM + line(header) + rows.map(line).join('')
}
