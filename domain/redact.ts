/**
 * Takes personal data out of a resident's words (and a cadre's answer) before the public
 * board shows them: phone numbers, identity numbers, the resident's own name and address,
 * address-looking fragments and names the text introduces. It errs on the side of removing
 * too much: a board entry that reads "某某" now and then is fine; a phone number is not.
 */

export interface RedactKnown {
  /** the resident's own name (from the contact) */
  name?: string
  /** the resident's address (from the contact) */
  address?: string
  /** any other names known to be people's, e.g. who signed the answer */
  names?: string[]
}

const NUMBER_MARK = '＊＊＊'
const PLACE_MARK = '＊＊'
const NAME_MARK = '某某'

const HAN = '\\u4e00-\\u9fa5'
const SURNAMES_COMPOUND = '欧阳|司马|诸葛|上官|东方|皇甫|尉迟|公孙|慕容|令狐|司徒|夏侯'
const SURNAMES_SINGLE =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤温康施牛樊葛邢伍庞颜倪庄聂章鲁岳翟殷詹申欧耿焦俞左柳祝尚符舒阮柯纪梅童凌毕季裴霍涂苗盛翁冉骆蓝辛靳柴蒙鲍喻祁蒲滕屈饶牟艾尤阳穆农卓缪项芦麦褚娄窦戚岑景宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬仇栾隋刁沙荣巫寇桑郎甄丛仲虞敖巩佘苑迟邝'
const SURNAME = `(?:${SURNAMES_COMPOUND}|[${SURNAMES_SINGLE}])`

/** What people call each other by: 王大妈, 周经理, 张建国同志. */
const TITLES =
  '先生|女士|小姐|师傅|阿姨|大爷|大妈|大娘|大姐|大哥|大叔|大伯|婶子|奶奶|爷爷|老师|书记|主任|经理|同志|医生|警官|队长|组长|会计|老板'
/** Words after which a name follows: 我叫…, 邻居…. */
const NAME_CUES = '我叫|我的名字叫|我的名字是|名字叫|名叫|本人|联系人[:：]?\\s*|姓名[:：]?\\s*'
/** 我是王小明，— but not 我是高龄老人: the name must end there */
const I_AM = `我是(${SURNAME}[${HAN}]{1,2})(?=[，,。.！!？?；;、\\s]|$)`
const RELATION_CUES = '邻居|村民|居民|业主|住户|租户|房东|房客|儿子|女儿|丈夫|妻子|老伴|父亲|母亲|网格员|楼长|保洁员|保安'

// ---- numbers ----
const ID_NUMBER = /(?<![0-9])[1-9][0-9]{5}[\s-]?(?:18|19|20)[0-9]{2}[01][0-9][0-3][0-9][\s-]?[0-9]{3}[0-9Xx](?![0-9A-Za-z])/g
const OLD_ID_NUMBER = /(?<![0-9])[1-9][0-9]{14}(?![0-9])/g
const MOBILE = /(?:(?:\+|00)?86[\s-]?)?(?<![0-9])1[3-9][0-9](?:[\s-]?[0-9]){8}(?![0-9])/g
const LANDLINE = /(?:[(（]0[0-9]{2,3}[)）]\s?|(?<![0-9])0[0-9]{2,3}[\s-]?)?(?<![0-9])[2-9][0-9]{2,3}[\s-]?[0-9]{4}(?![0-9])(?:\s*(?:转|-|ext\.?)\s*[0-9]{1,5})?/g
const LONG_DIGITS = /[0-9]{7,}/g
/** 一三八一二三四五六七八: a number said in words. */
const SPOKEN_DIGITS = /[零〇一二三四五六七八九幺]{7,}/g
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g

// ---- places ----
const N = '(?:[0-9]+|[一二三四五六七八九十百零〇]+)'
const UNIT = '(?:号楼|号院|号|弄|幢|栋|楼|单元|室|组|户|排)'
/** One numbered part or several (3栋2单元402室), maybe a bare room number at the end. */
const CHAIN = new RegExp(`${N}${UNIT}(?:${N}${UNIT})*(?:[0-9]{2,4}|[一二三四五六七八九零〇]{2,4})?(?![0-9年月日岁元块])`, 'g')
/** Parts that by themselves point at a home. */
const STRONG_UNIT = /幢|栋|单元|室|号楼|户/
/** A place name ends so: 建设路, 阳光花园小区, 张家村. */
const PLACE_SUFFIX = /(?:路|街|大道|巷|弄|胡同|里|小区|花园|公寓|新村|苑|家园|大厦|村|社区|庄|屯)$/
/** Where a place name stops when read backwards: 住在|建设路 */
const PLACE_STOP = new RegExp(`[^${HAN}]|[在住于是的到从了我他她]`)
const MAX_PLACE_NAME = 8

const toHalfWidthDigits = (s: string) => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))

function removeKnown(text: string, known: RedactKnown): string {
  const address = known.address?.trim() ?? ''
  return address.length >= 2 ? text.split(address).join(PLACE_MARK) : text
}

function removeNumbers(text: string): string {
  return [EMAIL, ID_NUMBER, OLD_ID_NUMBER, MOBILE, LANDLINE, LONG_DIGITS, SPOKEN_DIGITS].reduce(
    (out, pattern) => out.replace(pattern, NUMBER_MARK),
    text,
  )
}

/** The place name just before `end` (建设路 in 我住在建设路), or '' when there is none. */
function placeNameBefore(text: string, end: number): number {
  let start = end
  while (start > 0 && end - start < MAX_PLACE_NAME && !PLACE_STOP.test(text[start - 1])) start--
  // shrink from the left until what remains is a place name with its suffix
  const name = text.slice(start, end)
  return PLACE_SUFFIX.test(name) ? start : end
}

function removePlaces(text: string): string {
  let out = ''
  let from = 0
  for (const m of text.matchAll(CHAIN)) {
    const at = m.index ?? 0
    const start = placeNameBefore(text, at)
    const units = m[0].match(new RegExp(UNIT, 'g')) ?? []
    const isAddress = start < at || units.length >= 2 || STRONG_UNIT.test(m[0])
    if (!isAddress || start < from) continue
    out += text.slice(from, start) + PLACE_MARK
    from = at + m[0].length
  }
  return out + text.slice(from)
}

/** Names the text introduces (我叫王小明, 邻居孙志强, 张建国同志): removed wherever they appear. */
function namesIn(text: string): string[] {
  const found: string[] = []
  const patterns = [
    new RegExp(`(?:${NAME_CUES})(${SURNAME}[${HAN}]{1,2})`, 'g'),
    new RegExp(`(?:我叫|名叫|名字叫)([${HAN}]{2,3})`, 'g'),
    new RegExp(`(?:${RELATION_CUES})(${SURNAME}[${HAN}]{1,2})`, 'g'),
    new RegExp(`(${SURNAME}[${HAN}]{1,2}?)(?:${TITLES})`, 'g'),
    new RegExp(I_AM, 'g'),
  ]
  for (const pattern of patterns) for (const m of text.matchAll(pattern)) found.push(m[1])
  return found
}

function removeNamed(text: string, names: readonly string[]): string {
  let out = text
  for (const name of names) {
    out = out.split(name).join(NAME_MARK)
    // the given name said alone (大家叫我桂芳): only when it is two characters or more
    const surname = new RegExp(`^${SURNAME}`).exec(name)?.[0] ?? ''
    const given = name.slice(surname.length)
    if (surname && Array.from(given).length >= 2) out = out.split(given).join(NAME_MARK)
  }
  return out
}

/** What is left: 王大妈, 姓孙, 老王. */
function removeTitled(text: string): string {
  return text
    .replace(new RegExp(`姓${SURNAME}(?!名)`, 'g'), '姓某')
    .replace(new RegExp(`${SURNAME}[${HAN}]{0,2}?(${TITLES})`, 'g'), '某$1')
    .replace(new RegExp(`([老小])${SURNAME}(?=[^${HAN}]|$|家|说|的|和|跟|也|都|他|她)`, 'g'), '$1某')
}

const byLength = (a: string, b: string) => Array.from(b).length - Array.from(a).length

/**
 * Several texts about one matter (the resident's words and the answer): a name one of them
 * introduces is removed from all of them.
 */
export function redactAll(texts: readonly string[], known: RedactKnown): string[] {
  const numbered = texts.map((t) => removePlaces(removeNumbers(removeKnown(toHalfWidthDigits(t), known))))
  const said = numbered.flatMap(namesIn)
  const names = [known.name, ...(known.names ?? []), ...said]
    .map((n) => n?.trim() ?? '')
    .filter((n) => Array.from(n).length >= 2)
    .sort(byLength)
  return numbered.map((t) => removeTitled(removeNamed(t, names)))
}

/** `text` with personal data replaced by ＊ and 某; what remains reads as the matter. */
export function redact(text: string, known: RedactKnown): string {
  return redactAll([text], known)[0]
}
