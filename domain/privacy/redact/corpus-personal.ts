/**
 * A generated corpus of personal data written every way people disguise it, each item
 * inside an ordinary sentence, with what must not survive masking. For the corpus test and
 * `npm run bench` only; the product never imports it.
 */
import fc from 'fast-check'
import type { RedactKnown } from './detect'

export interface PersonalCase {
  kind: string
  text: string
  known: RedactKnown
  /** digits of the item: no 5 of them in a row may remain among the output's digits */
  digits: string
  /** words of the item that may not remain (compared with spaces taken out) */
  words: string[]
}

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs)
const digitString = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''))

// ---- how digits are written ----
const SEPARATORS = [' ', '  ', '.', '-', '—', '——', '–', '－', '_', '/', '／', '·', ' - ', '、', '，', ':', '#', '\u3000', '\u200b']
const CHINESE = [['零', '〇'], ['一', '幺'], ['二', '两'], ['三'], ['四'], ['五'], ['六'], ['七'], ['八'], ['九']]
const fullWidth = (d: string) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)

/** Each digit written as itself, full-width or in Chinese, per the chosen style. */
const spelled = (digits: string) =>
  fc.tuple(pick(['plain', 'full', 'chinese', 'mixed'] as const), fc.array(fc.nat(), { minLength: digits.length, maxLength: digits.length })).map(([style, r]) =>
    Array.from(digits).map((d, i) => {
      const chinese = CHINESE[Number(d)][r[i] % CHINESE[Number(d)].length]
      if (style === 'full') return fullWidth(d)
      if (style === 'chinese') return chinese
      if (style === 'mixed') return [d, fullWidth(d), chinese][r[i] % 3]
      return d
    }),
  )

/** Digits grouped (3-4-4, 4 by 4, one by one, or not at all) with separators between the groups. */
function disguised(digits: string, groups: number[][]): fc.Arbitrary<string> {
  return fc.tuple(spelled(digits), pick(groups), pick(SEPARATORS), fc.boolean(), fc.array(pick(SEPARATORS), { minLength: 20, maxLength: 20 })).map(
    ([chars, sizes, sep, mixedSeps, seps]) => {
      const out: string[] = []
      let at = 0
      sizes.forEach((size, g) => {
        out.push(chars.slice(at, at + size).join(''))
        at += size
        if (at < chars.length) out.push(mixedSeps ? seps[g % seps.length] : sep)
      })
      return out.join('') + chars.slice(at).join('')
    },
  )
}
const ones = (n: number) => Array.from({ length: n }, () => 1)

const mobile = fc.tuple(pick(['3', '5', '7', '8', '9']), digitString(9)).chain(([second, rest]) => {
  const digits = `1${second}${rest}`
  const prefix = pick(['', '', '+86 ', '+86', '86', '0086 ', '0086-', '(+86) ', '＋８６ ', '+86—'])
  const body = disguised(digits, [[11], [3, 4, 4], [3, 4], [3, 3, 5], ones(11), [4, 4, 3]])
  const cue = pick(['电话', '手机', '有事打', '联系方式：', '号码是', '微信同号', ''])
  return fc.tuple(cue, prefix, body).map(([c, p, b]) => ({ kind: 'mobile', item: `${c}${p}${b}`, digits, words: [] as string[] }))
})

const landline = fc.tuple(pick(['010', '021', '020', '0571', '0755', '028', '0512']), pick(['2', '5', '6', '8']), digitString(7), fc.boolean()).chain(
  ([area, first, rest, withArea]) => {
    const local = `${first}${rest}`
    if (!withArea) {
      return fc.tuple(pick(['座机', '电话', '家里电话', '固话：']), disguised(local, [[8], [4, 4], ones(8)])).map(([c, b]) => ({ kind: 'landline', item: `${c}${b}`, digits: local, words: [] }))
    }
    const digits = area + local
    return disguised(digits, [[digits.length], [area.length, 8], [area.length, 4, 4], ones(digits.length)]).chain((b) =>
      pick([b, `(${area})${local}`, `（${area}）${local.slice(0, 4)} ${local.slice(4)}`]).map((item) => ({ kind: 'landline', item: `座机${item}`, digits, words: [] })),
    )
  },
)

const idNumber = fc.tuple(digitString(6), fc.integer({ min: 1930, max: 2008 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), digitString(3), fc.constantFrom('X', 'x', 'Ｘ', '0', '7')).chain(
  ([region, year, month, day, seq, last]) => {
    const body = `${region.replace(/^0/, '3')}${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${seq}`
    const lastApart = pick(['', ' ', '  ', '-', '—', ' ', '_'])
    return fc.tuple(disguised(body, [[17], [6, 8, 3], [6, 4, 4, 3], ones(17)]), lastApart, pick(['身份证号', '身份证', '证件号码：', ''])).map(([b, apart, cue]) => ({
      kind: 'id',
      item: `${cue}${b}${apart}${last}`,
      digits: body,
      words: [],
    }))
  },
)

function luhnDigit(body: string): string {
  let sum = 0
  Array.from(body).reverse().forEach((c, i) => {
    let d = Number(c) * (i % 2 === 0 ? 2 : 1)
    if (d > 9) d -= 9
    sum += d
  })
  return String((10 - (sum % 10)) % 10)
}
const card = fc.tuple(pick(['62', '4', '5']), fc.integer({ min: 16, max: 19 })).chain(([start, length]) =>
  digitString(length - start.length - 1).chain((rest) => {
    const body = start + rest
    const digits = body + luhnDigit(body)
    return fc.tuple(disguised(digits, [[length], [4, 4, 4, 4], ones(length), [6, 6, 6]]), pick(['银行卡号', '卡号：', '工资卡'])).map(([b, cue]) => ({ kind: 'card', item: `${cue}${b}`, digits, words: [] }))
  }),
)

const PROVINCES = Array.from('京津沪渝冀豫云辽黑湘皖鲁苏浙赣鄂桂甘晋陕吉闽贵粤川琼')
const PLATE_LETTERS = Array.from('ABCDEFGHJKLMNPQRSTUVWXYZ')
const plate = fc.tuple(pick(PROVINCES), pick(PLATE_LETTERS), fc.oneof(digitString(5), digitString(5).map((d) => `D${d}`), digitString(5).map((d) => `${d}F`))).chain(([p, letter, tail]) =>
  fc.tuple(pick(['', '·', ' ', '-']), fc.boolean(), pick(['车牌', '我的车', '车牌号：'])).map(([sep, lower, cue]) => ({
    kind: 'plate',
    item: `${cue}${p}${lower ? letter.toLowerCase() : letter}${sep}${tail}`,
    digits: tail.replace(/\D/g, ''),
    words: [`${letter}${tail}`],
  })),
)

export { card, idNumber, landline, mobile, pick, plate, digitString }
