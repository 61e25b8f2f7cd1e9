/**
 * Demo 包片: 新东社区说事点 (xd01) divided into three areas given to its three cadres, set up
 * three months ago, each with 12–15 households (a few 困难, some moved in this month, one
 * moved out, one newly 困难); 桃源村 (ty01) and 南门社区 (nm01) have areas too. The demo
 * diary's addresses are among these homes, so its entries go to them (seed-visits.ts).
 * Dated from the seeding day, whatever day it is.
 */
import { addressClaimId } from '../cloudfunctions/areas/household-change'
import type { DatabasePort } from '../cloudfunctions/kernel/port'
import type { AreaRecord, HouseholdRecord } from '../cloudfunctions/kernel/records'
import type { HouseholdChange, HouseholdFlag } from '../domain/areas/households'
import { householdKey } from '../domain/diary/visits'
import { chinaWallClock, fromChinaWallClock } from '../domain/kernel/time'
import { ensure } from './seed-ensure'

/** address | 户主 | members | flags (comma) | note | event: `in` moved in this month, `out` moved out, `hard` newly 困难 */
type Row = string
interface DemoArea {
  id: string
  pointCode: string
  name: string
  units: string[]
  cadre: string
  homes: Row[]
}

const AREAS: DemoArea[] = [
  {
    id: 'demo-area-xd01-1',
    pointCode: 'xd01',
    name: '幸福路片',
    units: ['幸福路10号', '幸福路12号', '幸福路14号', '幸福路16号'],
    cadre: 'demo-cadre-1',
    homes: [
      '幸福路12号3单元501|王德福|2|aloneElderly|儿女在外地，老两口相互照应|',
      '幸福路14号1单元302|刘秀兰|1|aloneElderly,disability|白内障术后，行动慢|',
      '幸福路10号1单元101|赵国强|4|||',
      '幸福路10号1单元202|钱玉梅|3|activist|楼道长，热心帮邻居|',
      '幸福路10号2单元301|孙志刚|5|hardship,dibao|丈夫因病不能工作，两个孩子上学|',
      '幸福路12号1单元102|周丽娟|3|||',
      '幸福路12号2单元401|吴建平|2|migrant|外地来务工，租住|in',
      '幸福路12号3单元602|郑春花|1|aloneElderly|每周社区志愿者上门|',
      '幸福路14号2单元201|冯晓东|4|||',
      '幸福路14号3单元502|陈海燕|3|hardship|今年失业，正在找工作|hard',
      '幸福路16号1单元301|褚明|2|migrant|新搬来的小两口|in',
      '幸福路16号2单元402|卫国华|3|keyPerson|社区矫正期间，每月谈话|',
      '幸福路16号3单元101|蒋桂英|2||已随子女迁往外地|out',
    ],
  },
  {
    id: 'demo-area-xd01-2',
    pointCode: 'xd01',
    name: '新东小区4–6栋',
    units: ['4栋', '5栋', '6栋'],
    cadre: 'demo-cadre-2',
    homes: [
      '新东小区5栋2单元301|赵翠兰|2|aloneElderly|老伴卧床|',
      '新东小区4栋1单元101|沈立新|3|||',
      '新东小区4栋1单元502|韩梅|4|activist|小区志愿者队长|',
      '新东小区4栋2单元201|杨帆|3|migrant||in',
      '新东小区4栋2单元602|朱永贵|1|hardship,dibao,disability|肢体残疾，独自生活|',
      '新东小区5栋1单元402|秦晓燕|3|||',
      '新东小区5栋2单元101|尤建军|2|||',
      '新东小区5栋3单元302|许文静|4|||',
      '新东小区6栋1单元201|何淑珍|1|aloneElderly|耳背，敲门要大声|',
      '新东小区6栋1单元601|吕强|3|migrant||in',
      '新东小区6栋2单元302|施红|2|hardship|孩子重病，医疗费负担重|',
      '新东小区6栋3单元401|张宏伟|5|||',
      '新东小区6栋3单元502|孔祥云|2|activist|退休教师，愿意给孩子辅导功课|',
      '新东小区4栋3单元301|曹丽|3|||',
    ],
  },
  {
    id: 'demo-area-xd01-3',
    pointCode: 'xd01',
    name: '老街片（和平路）',
    units: ['和平路1–5号', '和平路7–9号'],
    cadre: 'demo-cadre-3',
    homes: [
      '和平路3号2单元101|孙福生|3||下水道问题已解决|',
      '和平路5号1单元402|周敏|4|||',
      '和平路7号3单元201|陈长青|1|aloneElderly,disability|腿脚不便，在关爱名单上|',
      '和平路9号2单元602|吴志明|3|||',
      '和平路9号2单元702|郑晓红|3||正在装修|in',
      '和平路1号1单元101|严金花|2|hardship,dibao||',
      '和平路1号2单元301|华建设|4|||',
      '和平路3号1单元202|金玉兰|1|aloneElderly||',
      '和平路5号2单元101|魏东|2|migrant|开早点铺|',
      '和平路5号3单元301|陶建新|3|activist|老街理事会成员|',
      '和平路7号1单元102|姜红梅|3|||',
      '和平路7号2单元401|戚永强|2|keyPerson||',
      '和平路9号1单元301|谢春燕|4|||',
      '和平路9号3单元202|邹国庆|2|hardship|老伴住院|hard',
    ],
  },
  {
    id: 'demo-area-ty01-1',
    pointCode: 'ty01',
    name: '一组、二组',
    units: ['一组', '二组'],
    cadre: 'demo-cadre-ty',
    homes: [
      '桃源村一组3号|林木生|4|||',
      '桃源村一组5号|林桂香|1|aloneElderly||',
      '桃源村一组8号|陈水根|5|hardship,dibao|种茶为生，去年受灾|',
      '桃源村二组2号|黄春生|3|activist|村民代表|',
      '桃源村二组6号|黄秀英|2|disability||',
      '桃源村二组9号|何建明|4|migrant|来承包果园|in',
    ],
  },
  {
    id: 'demo-area-nm01-1',
    pointCode: 'nm01',
    name: '南门小区1–2栋',
    units: ['1栋', '2栋'],
    cadre: 'demo-cadre-nm',
    homes: [
      '南门小区1栋101|徐建国|3|||',
      '南门小区1栋302|马玉珍|1|aloneElderly||',
      '南门小区2栋201|高强|2|hardship|失业后靠低保|',
      '南门小区2栋502|罗丽|3|migrant||in',
    ],
  },
]

const DAY = 86_400_000

function householdsOf(a: DemoArea, setUp: Date, now: Date): HouseholdRecord[] {
  const monthStart = fromChinaWallClock(chinaWallClock(now).startOf('month'))
  // this month's events: a few days ago, but never before the month began
  const thisMonth = (daysAgo: number) => new Date(Math.max(monthStart.getTime(), now.getTime() - daysAgo * DAY))
  return a.homes.map((row, i) => {
    const [address, head, members, flagText, note, event] = row.split('|')
    const flags = (flagText ? flagText.split(',') : []) as HouseholdFlag[]
    const at = thisMonth(2 + (i % 5))
    const changes: HouseholdChange[] =
      event === 'in' ? [{ kind: 'movedIn', at }] : event === 'out' ? [{ kind: 'movedOut', at }] : event === 'hard' ? [{ kind: 'flagOn', flag: 'hardship', at }] : []
    return {
      _id: `${a.id}-h${i + 1}`,
      pointCode: a.pointCode,
      area: a.id,
      address,
      householdKey: householdKey(address),
      head,
      members: Number(members),
      flags,
      note: note ?? '',
      status: event === 'out' ? 'movedOut' : 'active',
      changes,
      createdAt: event === 'in' ? at : setUp,
      createdBy: a.cadre,
      updatedAt: changes.length ? at : setUp,
    }
  })
}

/** The demo household of xd01 at this address, if any (the diary's demo entries go to it). */
export function demoHouseholdAt(address: string): string | undefined {
  const key = householdKey(address)
  for (const a of AREAS) {
    const i = a.homes.findIndex((row) => householdKey(row.split('|')[0]) === key && !row.endsWith('|out'))
    if (i >= 0) return `${a.id}-h${i + 1}`
  }
  return undefined
}

/** The demo's areas were drawn a quarter ago. */
const setUpOf = (now: Date) => new Date(now.getTime() - 90 * DAY)

/** Every demo household as written (the ledger's demo plans and visits pick from these). */
export const demoHouseholds = (now: Date): HouseholdRecord[] => AREAS.flatMap((a) => householdsOf(a, setUpOf(now), now))

/** Writes what is missing; returns how many records it created. */
export async function seedAreasDemo(db: DatabasePort, now: Date): Promise<number> {
  const setUp = setUpOf(now)
  let created = 0
  for (const a of AREAS) {
    const area: AreaRecord = { _id: a.id, pointCode: a.pointCode, name: a.name, units: a.units, cadre: a.cadre, active: true, createdAt: setUp, updatedAt: setUp }
    created += await ensure(db, 'areas', area)
    for (const h of householdsOf(a, setUp, now)) {
      created += await ensure(db, 'households', h)
      // the address's claim, as the write path takes it (cloudfunctions/areas/household-change.ts)
      if (h.status === 'active') created += await ensure(db, 'settings', { _id: addressClaimId(h.pointCode, h.householdKey), household: h._id, pointCode: h.pointCode, householdKey: h.householdKey, updatedAt: setUp } as { _id: string })
    }
  }
  return created
}
