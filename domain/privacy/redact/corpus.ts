/**
 * The two corpora the redaction is measured on, with a fixed seed, and how a leak and a
 * false mask are told — without the detector: a leak is an item's digits (five in a row) or
 * words still in the output read plainly; a false mask is a character of an ordinary
 * sentence that the output no longer has. Used by redact.corpus.test.ts and `npm run bench`.
 */
import fc from 'fast-check'
import { card, idNumber, landline, mobile, pick, plate, type PersonalCase } from './corpus-personal'
import { address, name } from './corpus-words'
import { ordinarySentence } from './corpus-ordinary'
import type { RedactKnown } from './detect'

export const SEED = 20261207

/** Sentences a resident writes around the item. */
const CARRIERS = [
  ['楼道灯坏了很久，', '，麻烦尽快来看看。'],
  ['', '，有事请联系我。'],
  ['我想反映下水道堵塞的问题，', '。'],
  ['物业一直不管，', '，希望社区协调。'],
  ['家里老人行动不便，', '，请上门看看。'],
  ['', ''],
  ['补贴什么时候发？', '，谢谢！'],
  ['垃圾清运不及时，', '一直没人接。'],
]

const personalItem = fc.oneof(
  { weight: 3, arbitrary: mobile },
  { weight: 2, arbitrary: landline },
  { weight: 2, arbitrary: idNumber },
  { weight: 1, arbitrary: card },
  { weight: 1, arbitrary: plate },
  { weight: 3, arbitrary: address },
  { weight: 2, arbitrary: name },
)

const personalCase: fc.Arbitrary<PersonalCase> = fc.tuple(personalItem, pick(CARRIERS)).map(([it, [before, after]]) => ({
  kind: it.kind,
  text: `${before}${it.item}${after}`,
  known: ('known' in it ? it.known : {}) as RedactKnown,
  digits: it.digits,
  words: it.words,
}))

export const personalCorpus = (n = 2400): PersonalCase[] => fc.sample(personalCase, { seed: SEED, numRuns: n })
export const ordinaryCorpus = (n = 600): string[] => fc.sample(ordinarySentence, { seed: SEED + 1, numRuns: n })

// ---- reading the output plainly, independently of the detector ----
const CHINESE_DIGITS: Record<string, string> = { 零: '0', 〇: '0', 一: '1', 幺: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' }
const plain = (s: string) => s.normalize('NFKC').replace(/[\s\u200b]/g, '').toUpperCase()
const withDigits = (s: string) => plain(s).replace(/[零〇一幺二两三四五六七八九]/g, (c) => CHINESE_DIGITS[c])

/** What of the item survives in `output`, or null. */
export function leakOf(c: PersonalCase, output: string): string | null {
  const digits = withDigits(output).replace(/[^0-9]/g, '')
  for (let i = 0; i + 5 <= c.digits.length; i++) if (digits.includes(c.digits.slice(i, i + 5))) return c.digits.slice(i, i + 5)
  const views = [plain(output), withDigits(output)]
  return c.words.find((w) => views.some((v) => v.includes(plain(w)))) ?? null
}

/** Characters of `original` that `output` no longer has, found as their longest common subsequence. */
export function charactersLost(original: string, output: string): number {
  const a = Array.from(original)
  const b = Array.from(output)
  let prev = new Array<number>(b.length + 1).fill(0)
  for (const x of a) {
    const row = [0]
    for (let j = 0; j < b.length; j++) row.push(x === b[j] ? prev[j] + 1 : Math.max(prev[j + 1], row[j]))
    prev = row
  }
  return a.length - prev[b.length]
}

export interface RedactionFigures {
  items: number
  leaks: { text: string; output: string; left: string }[]
  sentences: number
  characters: number
  masked: number
  /** share of the ordinary sentences' characters masked, in % */
  maskedPercent: number
  /** the most masked ordinary sentences, to read */
  worst: { text: string; output: string }[]
}

export function measure(redact: (text: string, known: RedactKnown) => string): RedactionFigures {
  const leaks: RedactionFigures['leaks'] = []
  const personal = personalCorpus()
  for (const c of personal) {
    const output = redact(c.text, c.known)
    const left = leakOf(c, output)
    if (left) leaks.push({ text: c.text, output, left })
  }
  const ordinary = ordinaryCorpus()
  let characters = 0
  let masked = 0
  const lost: { text: string; output: string; n: number }[] = []
  for (const text of ordinary) {
    const output = redact(text, {})
    const n = charactersLost(text, output)
    characters += Array.from(text).length
    masked += n
    if (n) lost.push({ text, output, n })
  }
  const worst = lost.sort((x, y) => y.n - x.n).slice(0, 10).map(({ text, output }) => ({ text, output }))
  return { items: personal.length, leaks, sentences: ordinary.length, characters, masked, maskedPercent: (masked / characters) * 100, worst }
}

export const summaryLine = (f: RedactionFigures) =>
  `redaction: ${f.leaks.length} leaks in ${f.items} disguised personal items; ${f.maskedPercent.toFixed(2)}% of ${f.characters} characters masked in ${f.sentences} ordinary sentences`
