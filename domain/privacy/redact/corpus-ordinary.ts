/**
 * Generated sentences about community matters that hold no personal data but plenty that
 * looks like it: floors, households, dates, times, sums, bus lines, years, percentages,
 * public places. Whatever the redaction masks here is masked wrongly. Test and bench only.
 */
import fc from 'fast-check'

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs)
const CN = '零一二三四五六七八九'
const cnSmall = (n: number) => (n < 10 ? CN[n] : `${n >= 20 ? CN[Math.floor(n / 10)] : ''}十${n % 10 ? CN[n % 10] : ''}`)

const count = fc.integer({ min: 2, max: 60 }).chain((n) => pick([String(n), cnSmall(n), `${cnSmall(n)}多`, '两', '几']))
const floor = fc.integer({ min: 1, max: 33 }).chain((n) => pick([`${n}楼`, `${cnSmall(n)}楼`, `${n}层`, `${cnSmall(n)}层`]))
const month = fc.integer({ min: 1, max: 12 })
const day = fc.integer({ min: 1, max: 28 })
const year = fc.integer({ min: 2019, max: 2027 })
const date = fc.tuple(year, month, day).chain(([y, m, d]) =>
  pick([
    `${y}年${m}月${d}日`,
    `${m}月${d}日`,
    `${m}月${d}号`,
    `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    `${y}.${m}.${d}`,
    `${y}/${m}/${d}`,
    `${y}年${m}月`,
    `${m}月${d}日至${m}月${Math.min(d + 7, 28)}日`,
    `${y}.${m}.${d}-${y}.${m}.${Math.min(d + 5, 28)}`,
    `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}至${y}-${String(m).padStart(2, '0')}-28`,
  ]),
)
const time = fc.tuple(fc.integer({ min: 7, max: 21 }), pick(['00', '30', '15'])).chain(([h, m]) =>
  pick([`${h}:${m}`, `下午${h > 12 ? h - 12 : h}点`, `上午${cnSmall(Math.min(h, 11))}点半`, `${h}:${m}-${Math.min(h + 2, 22)}:${m}`, `晚上${cnSmall(Math.min(h, 11))}点以后`]),
)
const money = fc.integer({ min: 5, max: 50000 }).chain((n) =>
  pick([`${n}元`, `${n.toLocaleString('en-US')}元`, `${(n / 100).toFixed(2)}元`, `${cnSmall(Math.min(n % 100, 99))}块钱`, `${Math.round(n / 1000)}千多元`, `每月${n % 1000}元`]),
)
const bus = fc.integer({ min: 1, max: 399 }).chain((n) => pick([`${n}路`, `K${n % 100}路`, `${n}路公交`, `${cnSmall(n % 60)}路车`]))
const percent = fc.integer({ min: 1, max: 100 }).chain((n) => pick([`${n}%`, `百分之${cnSmall(Math.min(n, 99))}`, `${n}.5%`]))
const age = fc.integer({ min: 60, max: 99 }).chain((n) => pick([`${n}岁`, `${cnSmall(Math.floor(n / 10) * 10)}多岁`]))
const place = pick([
  '社区一楼窗口', '党群服务中心二楼', '小区东门', '3号楼东侧空地', '卫生服务站', '社区活动室', '小区北门外', '村委会门口', '菜市场旁边',
  '12345热线', '110', '老年食堂', '楼道里', '地下车库', '2号楼前面的空地', '村口的石桥', '幸福路公交站', '社区服务中心三楼会议室',
])
const line = fc.integer({ min: 1, max: 19 }).chain((n) => pick([`${n}号线`, `${cnSmall(n)}号线`, `${n}号线${n + 1}号口`]))
const role = pick(['网格员', '社区书记', '物业', '居委会主任', '楼长', '志愿者', '社区医生', '街道办', '村委会'])

const TEMPLATES: ((x: Record<string, string>) => string)[] = [
  (x) => `楼里${x.count}户都反映${x.floor}的楼道灯不亮，${x.date}到现在还没修。`,
  (x) => `请到${x.place}办理，工作时间${x.time}。`,
  (x) => `我们这栋楼住了${x.count}户，${x.age}以上的老人有好几位，电梯${x.date}停了以后上下楼很难。`,
  (x) => `高龄补贴${x.money}，${x.date}以前发到卡里，这次晚了一个多月。`,
  (x) => `坐${x.bus}到${x.place}下车，站牌被撞坏了，希望尽快修复。`,
  (x) => `${x.year}年小区满意度只有${x.percent}，${x.role}说会改进。`,
  (x) => `${x.place}的健身器材坏了${x.count}个，${x.date}反映过，${x.role}说要等经费。`,
  (x) => `物业费从每平方米${x.money}涨到现在这样，${x.percent}的业主不同意，${x.date}开过会。`,
  (x) => `${x.floor}漏水，影响到楼下${x.count}户，${x.role}${x.time}来看过。`,
  (x) => `社区${x.date}组织体检，${x.age}以上免费，地点在${x.place}。`,
  (x) => `${x.role}说${x.date}前把${x.place}的垃圾清掉，到${x.time}还没动。`,
  (x) => `停车位一个月${x.money}，小区里${x.count}辆车没地方停，${x.percent}都停在路边。`,
  (x) => `${x.bus}改线以后，${x.age}的老人去医院要多走两站，希望${x.year}年恢复。`,
  (x) => `我们村${x.count}户种的菜被水淹了，损失大概${x.money}，${x.date}下的暴雨。`,
  (x) => `${x.time}以后${x.floor}还有人装修，噪音很大，${x.role}已经协调过${x.count}次。`,
  (x) => `电费${x.money}，比${x.year}年贵了${x.percent}，能不能帮忙问问供电所。`,
  (x) => `周末${x.time}，许多大爷大妈在${x.place}跳广场舞，${x.count}户都说声音太大。`,
  (x) => `老旧小区改造${x.year}年开始，${x.percent}的居民签了字，方便群众的事要抓紧。`,
  (x) => `地铁${x.line}开通以后，${x.bus}少了${x.count}个班次，${x.age}的老人等车要很久。`,
  (x) => `卫生服务站医生说${x.age}的老人每年体检一次，${x.date} ${x.time}开始在${x.place}预约。`,
]

export const ordinarySentence = fc
  .record({ line, count, floor, date, time, money, bus, percent, age, place, role, year: year.map(String), t: fc.integer({ min: 0, max: TEMPLATES.length - 1 }) })
  .map(({ t, ...x }) => TEMPLATES[t](x))
