/**
 * The text as a reader takes it in, whatever the disguise: NFKC (full-width digits and
 * letters, circled digits), digits said in Chinese (一三九, 幺, 〇, 壹贰叁), no spaces or
 * invisible characters, and no separator between two digits (138.7654—3210, 1_3_9). Each
 * character keeps where it came from, so what is found here is masked in the original.
 */
import { allMatches } from './spans'

export interface Normalised {
  text: string
  /** for each character of `text`, the offsets [from, to) in the original it came from */
  from: number[]
  to: number[]
}

const SPOKEN_DIGITS: Record<string, string> = {
  零: '0', 〇: '0', '○': '0', 一: '1', 幺: '1', 壹: '1', 二: '2', 两: '2', 兩: '2', 贰: '2', 貳: '2',
  三: '3', 叁: '3', 參: '3', 四: '4', 肆: '4', 五: '5', 伍: '5', 六: '6', 陆: '6', 陸: '6',
  七: '7', 柒: '7', 八: '8', 捌: '8', 九: '9', 玖: '9',
}

/** Spaces and characters nobody sees: dropped everywhere (after dates and times are told apart). */
const INVISIBLE = /[\s\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]/
/** Dots, dashes of every length, underscores, slashes, commas, colons, brackets, stars: dropped between digits. */
const SEPARATOR = /[.·•・‧。,，、;；:：_\-‐‑‒–—―−﹣~～/\\|｜()（）[\]【】{}<>《》'"‘’“”*#+=]/

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9'

export interface NormaliseOptions {
  /** read Chinese numerals as digits (not for finding names: 王小二 stays) */
  digits: boolean
}

export function normalise(original: string, { digits }: NormaliseOptions): Normalised {
  const chars: string[] = []
  const from: number[] = []
  const to: number[] = []
  let at = 0
  for (const c of original) {
    const end = at + c.length
    for (let d of c.normalize('NFKC')) {
      if (digits && SPOKEN_DIGITS[d]) d = SPOKEN_DIGITS[d]
      if (d >= 'a' && d <= 'z') d = d.toUpperCase()
      if (d === '×') d = 'X'
      chars.push(d)
      from.push(at)
      to.push(end)
    }
    at = end
  }
  return joinDigits({ text: '', from, to }, chars)
}

/** A date (2026.3.1, 2026-03-05) and what may follow it (another date, 13:30): kept apart, not joined into one number. */
const DATE = /(?:^|[^0-9])((?:19|20)[0-9]{2}([./-])(?:0?[1-9]|1[0-2])\2(?:0?[1-9]|[12][0-9]|3[01]))(?![0-9])/g
const TIME = /(?:^|[^0-9])((?:[01]?[0-9]|2[0-3])[:：][0-5][0-9])(?![0-9])/g

/** For each character, the date (n ≥ 0) or time (-1) it belongs to, if any. */
function datesOf(chars: string[]): (number | undefined)[] {
  const charAt: number[] = []
  chars.forEach((c, i) => {
    for (let k = 0; k < c.length; k++) charAt.push(i)
  })
  const text = chars.join('')
  const date: (number | undefined)[] = chars.map(() => undefined)
  const mark = (pattern: RegExp, id: (n: number) => number) => {
    let n = 0
    for (const m of allMatches(pattern, text)) {
      const at = m.index + m[0].length - m[1].length
      for (let k = at; k < at + m[1].length; k++) date[charAt[k]] = id(n)
      n++
    }
  }
  mark(TIME, () => -1)
  mark(DATE, (n) => n)
  return date
}

/** Two dates, or a date and a time: 2026.3.1-2026.3.5, 2026-03-05 14:30. */
const apart = (a: number | undefined, b: number | undefined) => a !== undefined && b !== undefined && a !== b && (a >= 0 || b >= 0)

/**
 * Drops separators standing between two digits (or before the X that ends an ID number),
 * except between a date and the date or time after it.
 */
function joinDigits(out: Normalised, chars: string[]): Normalised {
  const keep: boolean[] = chars.map(() => true)
  const date = datesOf(chars)
  const held: boolean[] = chars.map(() => false)
  for (let i = 0; i < chars.length; i++) {
    if (!isDigit(chars[i])) continue
    let j = i + 1
    while (j < chars.length && (SEPARATOR.test(chars[j]) || INVISIBLE.test(chars[j]))) j++
    const next = chars[j]
    const closingX = next === 'X' && !/[0-9A-Z]/.test(chars[j + 1] ?? '')
    if (j <= i + 1 || !(isDigit(next) || closingX)) continue
    if (apart(date[i], date[j])) held[i + 1] = true // a space between them stays, so they stay apart
    else for (let k = i + 1; k < j; k++) keep[k] = false
  }
  const text: string[] = []
  const from: number[] = []
  const to: number[] = []
  chars.forEach((c, i) => {
    if (!keep[i] || (INVISIBLE.test(c) && !held[i])) return
    text.push(c)
    from.push(out.from[i])
    to.push(out.to[i])
  })
  return { text: text.join(''), from, to }
}

/** The span [start, end) of normalised text as offsets in the original. */
export const originalSpan = (n: Normalised, start: number, end: number): [number, number] => [n.from[start], n.to[end - 1]]
