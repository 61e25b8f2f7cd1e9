/**
 * People's names the text gives as such (我叫王小明, 联系人：赵四海, 邻居孙志强, 王大妈,
 * 张建国同志, 姓孙, 老王), found in the text with spaces and invisible characters taken out
 * (我叫 王 小 明 reads as 我叫王小明) but numerals left as they are (王小二).
 */
import { type Normalised, originalSpan } from './normalise'
import { allMatches, type PersonalSpan } from './spans'

const HAN = '\\u4e00-\\u9fa5'
const SURNAMES_COMPOUND = '欧阳|司马|诸葛|上官|东方|皇甫|尉迟|公孙|慕容|令狐|司徒|夏侯'
const SURNAMES_SINGLE =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤温康施牛樊葛邢伍庞颜倪庄聂章鲁岳翟殷詹申欧耿焦俞左柳祝尚符舒阮柯纪梅童凌毕季裴霍涂苗盛翁冉骆蓝辛靳柴蒙鲍喻祁蒲滕屈饶牟艾尤阳穆农卓缪项芦麦褚娄窦戚岑景宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬仇栾隋刁沙荣巫寇桑郎甄丛仲虞敖巩佘苑迟邝'
const SURNAME = `(?:${SURNAMES_COMPOUND}|[${SURNAMES_SINGLE}])`
/** A character of a given name: not a word that usually follows a name (我叫王明，住在…). */
const GIVEN = `(?:(?![住在是的了和与跟电话手机号我你他她今年岁想要说请找也都就还，。、])[${HAN}])`
const FULL_NAME = `${SURNAME}${GIVEN}{1,2}`

/** What people call each other by: 王大妈, 周经理, 张建国同志. */
const TITLES =
  '先生|女士|小姐|师傅|阿姨|大爷|大妈|大娘|大姐|大哥|大叔|大伯|婶子|奶奶|爷爷|老师|书记|主任|经理|同志|医生|警官|队长|组长|会计|老板'
/** Words after which a name follows: 我叫…, 联系人…. */
const NAME_CUES = '我叫|我的名字叫|我的名字是|名字叫|名叫|本人|联系人|姓名|户主|申请人|反映人|签名'
const RELATION_CUES = '邻居|村民|居民|业主|住户|租户|房东|房客|儿子|女儿|丈夫|妻子|老伴|父亲|母亲|网格员|楼长|保洁员|保安'
const PUNCT_AFTER = '[:：是为]?'

/** Words that start with a surname and come before a title, yet are no name: 许多大爷. */
const NOT_NAMES = /^(?:卫生|康复|许多|周边|周围|周末|马上|白天|高龄|方便|万一|江边|任何|常年|多位|全体|各位|这位|那位|每位|部分|同样|其他|几位)/

interface Pattern {
  re: RegExp
  /** the span is only the surname: masked as 某 (王大妈 → 某大妈, 姓孙 → 姓某) */
  surnameOnly?: boolean
}

const PATTERNS: Pattern[] = [
  { re: new RegExp(`(?:${NAME_CUES})${PUNCT_AFTER}(${FULL_NAME})`, 'g') },
  { re: new RegExp(`(?:我叫|名叫|名字叫)(${GIVEN}{2,3})`, 'g') },
  { re: new RegExp(`(?:${RELATION_CUES})(${FULL_NAME})`, 'g') },
  { re: new RegExp(`(${SURNAME}${GIVEN}{1,2}?)(?:${TITLES})`, 'g') },
  { re: new RegExp(`我是(${FULL_NAME})(?=[，,。.！!？?；;、]|$)`, 'g') },
  { re: new RegExp(`(${SURNAME})(?:${TITLES})`, 'g'), surnameOnly: true },
  { re: new RegExp(`姓(${SURNAME})(?!名)`, 'g'), surnameOnly: true },
  { re: new RegExp(`[老小](${SURNAME})(?=[^${HAN}]|$|家|说|的|和|跟|也|都|他|她)`, 'g'), surnameOnly: true },
]

/** Names given as such; `keep` are names that stay (the answering cadre's, a public official's). */
export function findNames(n: Normalised, keep: readonly string[]): PersonalSpan[] {
  const spans: PersonalSpan[] = []
  for (const { re, surnameOnly } of PATTERNS) {
    for (const m of allMatches(re, n.text)) {
      const name = m[1]
      const at = m.index + m[0].indexOf(name)
      if (NOT_NAMES.test(n.text.slice(at))) continue
      if (keep.some((k) => (surnameOnly ? k.startsWith(name) : k === name || k.startsWith(name) || name.startsWith(k)))) continue
      const [start, end] = originalSpan(n, at, at + name.length)
      spans.push(surnameOnly ? { start, end, kind: 'name', value: '', mask: '某' } : { start, end, kind: 'name', value: name })
    }
  }
  return spans
}

/** Where a name appears, and its given name alone when that is two characters or more (大家叫我桂芳). */
export function findNamed(n: Normalised, name: string): PersonalSpan[] {
  const surname = new RegExp(`^${SURNAME}`).exec(name)?.[0] ?? ''
  const given = name.slice(surname.length)
  const wanted = surname && Array.from(given).length >= 2 ? [name, given] : [name]
  const spans: PersonalSpan[] = []
  for (const w of wanted) {
    for (let at = n.text.indexOf(w); at >= 0; at = n.text.indexOf(w, at + w.length)) {
      const [start, end] = originalSpan(n, at, at + w.length)
      spans.push({ start, end, kind: 'name', value: name })
    }
  }
  return spans
}
