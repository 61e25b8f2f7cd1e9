/**
 * Generated addresses and names for the corpus (see corpus-personal.ts): addresses with
 * spaces, Chinese numerals and full-width digits, a floor said after a comma; names given
 * with 我叫 / 联系人 / 姓名, spaced out, or known from the contact. Test and bench only.
 */
import fc from 'fast-check'
import { digitString, pick } from './corpus-personal'

const STREETS = ['幸福路', '建设路', '人民大道', '东风巷', '和平里', '解放街', '青年路', '光明路', '团结路', '胜利街', '中山路', '长江路', '新华街', '朝阳路']
const ESTATES = ['阳光花园小区', '新东小区', '幸福里小区', '翠湖花园', '锦绣家园', '金色公寓', '桂花苑', '碧水新村']
const VILLAGES = ['张家村', '李庄村', '王家村', '石桥村', '大王庄']
const CHINESE_DIGITS = '零一二三四五六七八九'

/** A number as people write it in an address: 88, ８８, 八八 or 八十八. */
const numberWritten = (n: number) => {
  const tens = Math.floor(n / 10)
  const units = n % 10
  const spoken = n < 10 ? CHINESE_DIGITS[n] : n < 100 ? `${tens > 1 ? CHINESE_DIGITS[tens] : ''}十${units ? CHINESE_DIGITS[units] : ''}` : Array.from(String(n), (d) => CHINESE_DIGITS[Number(d)]).join('')
  const digitByDigit = Array.from(String(n), (d) => CHINESE_DIGITS[Number(d)]).join('')
  const full = Array.from(String(n), (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join('')
  return pick([String(n), String(n), full, spoken, digitByDigit])
}

interface Part {
  n: number
  unit: string
}
const part = (unit: string, max: number) => fc.integer({ min: 1, max }).map((n): Part => ({ n, unit }))

const SHAPES: [readonly string[], fc.Arbitrary<Part[]>][] = [
  [STREETS, fc.tuple(part('号', 300)).map((p) => p)],
  [STREETS, fc.tuple(part('弄', 400), part('号', 60))],
  [STREETS, fc.tuple(part('号', 200), part('单元', 6), part('室', 1200))],
  [ESTATES, fc.tuple(part('栋', 40), part('单元', 6), part('室', 1800))],
  [ESTATES, fc.tuple(part('号楼', 30), part('单元', 6))],
  [ESTATES, fc.tuple(part('幢', 30), part('室', 2200))],
  [VILLAGES, fc.tuple(part('组', 12), part('号', 90))],
]

/** 幸福路 88 弄 3 号，六楼 — and what of it must not survive: each numbered part as written and as digits. */
export const address = fc.integer({ min: 0, max: SHAPES.length - 1 }).chain((shape) => {
  const [places, parts] = SHAPES[shape]
  return fc.tuple(pick(places), parts, pick(['', ' ', '  ']), fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }), pick(['我住', '住在', '我家在', '地址：', '家住', '']))
    .chain(([place, ps, space, floor, cue]) =>
      fc.tuple(...ps.map((p) => numberWritten(p.n)), floor ? numberWritten(floor) : fc.constant('')).map((written) => {
        const floorText = floor ? `，${written[ps.length]}楼` : ''
        const item = `${cue}${place}${space}${ps.map((p, i) => `${written[i]}${space}${p.unit}`).join(space)}${floorText}`
        const words = ps.flatMap((p, i) => [`${p.n}${p.unit}`, `${written[i]}${p.unit}`])
        return { kind: 'address', item, digits: '', words }
      }),
    )
})

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗', '欧阳', '司马', '诸葛']
const GIVEN = ['小明', '建国', '桂芳', '秀英', '志强', '海涛', '美兰', '红梅', '国栋', '德明', '丽', '敏', '伟', '芳', '娜', '静', '磊', '洋', '勇', '军', '杰', '娟', '涛', '超', '霞', '刚', '玉兰', '淑珍', '春生', '文华']

/** 我叫王小明, 联系人：王 小 明, or a name the contact gives and the text just uses. */
export const name = fc.tuple(pick(SURNAMES), pick(GIVEN), pick(['', ' ', '\u3000']), pick(['我叫', '联系人：', '联系人', '姓名：', '我是', '本人', '申请人：', 'known', 'known-given'])).map(
  ([surname, given, space, cue]) => {
    const full = surname + given
    const spaced = Array.from(full).join(space)
    const words = given.length >= 2 ? [full, given] : [full]
    if (cue === 'known') return { kind: 'name', item: `${spaced}家里的情况`, digits: '', words, known: { name: full } }
    if (cue === 'known-given') return { kind: 'name', item: `大家都叫我${given.length >= 2 ? given : full}`, digits: '', words, known: { name: full } }
    const item = cue === '我是' ? `我是${spaced}，` : `${cue}${spaced}，`
    return { kind: 'name', item, digits: '', words }
  },
)

export const plainDigits = digitString
