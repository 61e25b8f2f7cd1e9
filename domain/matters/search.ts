/**
 * What a cadre typed into 搜索: a registration number, a phone number or its last 4
 * digits, a category, or a resident's name. Pure: the function turns it into a query.
 */
import { CATEGORIES, type Category } from './categories'
import { parseRegistrationNo, type TypedNumber } from './numbering'

export type SearchKind =
  | ({ kind: 'number' } & TypedNumber)
  | { kind: 'phone'; phone: string }
  | { kind: 'phoneTail'; tail: string }
  | { kind: 'category'; category: Category }
  | { kind: 'name'; name: string }

/** Personal data: a search by it is written to the audit log. */
export const PERSONAL_SEARCHES: ReadonlySet<SearchKind['kind']> = new Set(['phone', 'phoneTail', 'name'])

export function classifySearch(raw: string): SearchKind | null {
  const q = raw.replace(/\s+/g, '')
  const typed = parseRegistrationNo(q)
  if (typed) return { kind: 'number', ...typed }
  if (/^1\d{10}$/.test(q)) return { kind: 'phone', phone: q }
  if (/^\d{4}$/.test(q)) return { kind: 'phoneTail', tail: q }
  if ((CATEGORIES as readonly string[]).includes(q)) return { kind: 'category', category: q as Category }
  // a name: Chinese (with ·) or Latin letters, as the registration form accepts
  if (/^[\u4e00-\u9fa5·A-Za-z]{1,20}$/.test(q)) return { kind: 'name', name: q }
  return null
}

export const SEARCH_HINT = '请输入登记编号、姓名、手机号（或后 4 位）或类别'
