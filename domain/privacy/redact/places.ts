/**
 * Home addresses, found in the normalised text (so 幸福路 88 弄 3 号 and 幸福路八十八弄三号
 * read as 幸福路88弄3号): a place name (建设路, 阳光花园小区, 张家村) followed by numbered
 * parts, or numbered parts that point at a home by themselves (3栋2单元402室). A floor,
 * a count or a public place alone is no address: 楼里六户, 社区一楼窗口, 3号楼东侧, 12路.
 */
import { type Normalised, originalSpan } from './normalise'
import { allMatches, type PersonalSpan } from './spans'

const N = '(?:[0-9十百]+|[A-Z])'
/** What numbers a home: the first part after a place name is never a floor. */
const FIRST_UNIT = '(?:号楼|号院|号|支弄|弄|巷|栋|幢|座|单元|室|组|排)'
const NEXT_UNIT = `(?:${FIRST_UNIT.slice(3, -1)}|楼|层)`
/** One numbered part or several, maybe a bare room number (3单元501) and a floor said apart (，六楼). */
const CHAIN = new RegExp(
  `${N}${FIRST_UNIT}(?:${N}${NEXT_UNIT})*(?:[0-9]{2,4}(?![0-9]))?(?:[,，、]?${N}(?:楼|层))?(?![年月日岁元块分秒点])`,
  'g',
)
/** Parts that by themselves point at a home (not 号楼: 3号楼东侧 is a place everyone knows). */
const STRONG_UNIT = /栋|幢|单元|室/
const FLOOR_ONLY = /^[,，、]?[0-9十百]+(?:楼|层)$/

/** How a place name ends, and how many characters of name it needs before that. */
const PLACE_SUFFIXES: [string, number][] = [
  ['小区', 1], ['花园', 1], ['公寓', 1], ['新村', 1], ['家园', 1], ['大厦', 1], ['大道', 1], ['大街', 1], ['胡同', 1],
  ['路', 1], ['街', 1], ['巷', 1], ['弄', 1], ['村', 1], ['庄', 1], ['屯', 1], ['苑', 1],
  ['里', 2], ['道', 2], ['园', 2],
]
/** Words that end so and are no place: 知道, 街道, 家里. */
const NOT_PLACES = /(?:知道|街道|报道|难道|味道|渠道|频道|管道|通道|轨道|隧道|车道|走道|过道|跑道|人行道|家里|这里|那里|哪里|院里|楼里|城里|村里|心里|公园|乐园|校园|菜园|果园|幼儿园)$/
/** Where a place name stops when read backwards: 住在|建设路 */
const PLACE_STOP = /[^\u4e00-\u9fa5]|[在住于是的到从了我你他她们个这那本该全各每几哪与及或]/
const MAX_PLACE_NAME = 8

/** Where the place name ending just before `end` starts (建设路 in 我住在建设路), or `end` when there is none. */
function placeStart(text: string, end: number): number {
  let start = end
  while (start > 0 && end - start < MAX_PLACE_NAME && !PLACE_STOP.test(text[start - 1])) start--
  const name = text.slice(start, end)
  if (NOT_PLACES.test(name)) return end
  for (const [suffix, before] of PLACE_SUFFIXES) {
    if (name.endsWith(suffix) && name.length - suffix.length >= before) return start
  }
  return end
}

export function findAddresses(n: Normalised): PersonalSpan[] {
  const spans: PersonalSpan[] = []
  for (const m of allMatches(CHAIN, n.text)) {
    const at = m.index
    const start = placeStart(n.text, at)
    const parts = m[0].match(new RegExp(`${N}${NEXT_UNIT}`, 'g')) ?? []
    const home = parts.filter((p) => !FLOOR_ONLY.test(p))
    const isAddress = start < at || (home.length >= 2 && home.some((p) => STRONG_UNIT.test(p))) || /^[0-9]+室$/.test(m[0])
    if (!isAddress) continue
    const [from, to] = originalSpan(n, start, at + m[0].length)
    spans.push({ start: from, end: to, kind: 'address', value: n.text.slice(start, at + m[0].length) })
  }
  return spans
}

/** Where a known address (the resident's own) appears, whole or from its street on; one without a number points at no home. */
export function findKnownAddress(n: Normalised, address: Normalised): PersonalSpan[] {
  const whole = address.text
  const street = whole.replace(/^.*?(?:社区|街道|镇|乡|居委会|村委会|[区县市])(?=.{4,})/, '')
  const spans: PersonalSpan[] = []
  for (const wanted of new Set([whole, street])) {
    if (wanted.length < 4 || !/[0-9]/.test(wanted)) continue
    for (let at = n.text.indexOf(wanted); at >= 0; at = n.text.indexOf(wanted, at + wanted.length)) {
      const [start, end] = originalSpan(n, at, at + wanted.length)
      spans.push({ start, end, kind: 'address', value: wanted })
    }
  }
  return spans
}
