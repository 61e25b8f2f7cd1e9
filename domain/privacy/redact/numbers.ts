/**
 * Numbers that point at a person, found in the normalised text (digits joined, Chinese
 * numerals read as digits, letters upper-case): mobiles with or without +86 / 86 / 0086,
 * landlines, ID numbers, bank cards, other long numbers, e-mail and WeChat/QQ ids, plates.
 */
import { type Normalised, originalSpan } from './normalise'
import { allMatches, type PersonalKind, type PersonalSpan } from './spans'

interface Rule {
  kind: PersonalKind
  pattern: RegExp
  /** the capture group that is the span (0: the whole match) */
  group?: number
}

const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼'
/** Words after which a bare 7–8 digit number is a phone: 座机 8888 6666. */
const PHONE_CUE = '(?:电话|座机|固话|手机|号码|热线|联系方式|打|拨|TEL|PHONE)[:：是为]*'

const RULES: Rule[] = [
  { kind: 'email', pattern: /[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}/g },
  // 18 digits (the last may be X), or the old 15 with a date in them
  { kind: 'id', pattern: /(?:^|[^0-9])([1-9][0-9]{16}[0-9X])(?![0-9A-Z])/g, group: 1 },
  { kind: 'id', pattern: /(?:^|[^0-9])([1-9][0-9]{7}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3})(?![0-9])/g, group: 1 },
  { kind: 'mobile', pattern: /(?:^|[^0-9+])((?:\+?(?:00)?86)?1[3-9][0-9]{9})(?![0-9])/g, group: 1 },
  // area code 0xx or 0xxx, then 7 or 8 digits
  { kind: 'landline', pattern: /(?:^|[^0-9])(0[1-9][0-9]{1,2}[2-9][0-9]{6,7})(?![0-9])/g, group: 1 },
  { kind: 'landline', pattern: new RegExp(`${PHONE_CUE}([2-9][0-9]{6,9})(?![0-9])`, 'g'), group: 1 },
  { kind: 'card', pattern: /(?:^|[^0-9])([0-9]{16,19})(?![0-9])/g, group: 1 },
  { kind: 'number', pattern: /(?:^|[^0-9])([0-9]{11,})(?![0-9])/g, group: 1 },
  { kind: 'number', pattern: /(?:微信号?|QQ号?|VX|WX)[:：是为]*([A-Z0-9_-]{5,20})/g, group: 1 },
  { kind: 'plate', pattern: new RegExp(`[${PROVINCES}][A-HJ-NP-Z][·•・.-]?[A-HJ-NP-Z0-9]{5,6}`, 'g') },
]

export function findNumbers(n: Normalised): PersonalSpan[] {
  const spans: PersonalSpan[] = []
  for (const { kind, pattern, group = 0 } of RULES) {
    for (const m of allMatches(pattern, n.text)) {
      const value = m[group]
      const at = m.index + m[0].lastIndexOf(value)
      const [start, end] = originalSpan(n, at, at + value.length)
      spans.push({ start, end, kind, value })
    }
  }
  return spans
}

/** Where the digits of a known number (the resident's own phone) appear, whatever the disguise. */
export function findKnownNumber(n: Normalised, digits: string): PersonalSpan[] {
  if (digits.length < 7) return []
  const spans: PersonalSpan[] = []
  for (let at = n.text.indexOf(digits); at >= 0; at = n.text.indexOf(digits, at + digits.length)) {
    const [start, end] = originalSpan(n, at, at + digits.length)
    spans.push({ start, end, kind: 'mobile', value: digits })
  }
  return spans
}
