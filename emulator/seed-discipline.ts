/**
 * Demo data of 违纪线索 on the org seed's county (seed-org.ts: 青溪县 QX, 青溪镇 QX-A): a
 * committee contact (上级党委联系人) at the township and one at the county, and three clues
 * in different states: the demo resident's about xd01, answered by the township; a cadre's
 * about xd01, waiting to be received; and one about the township's own leader, gone up to
 * the county and received there. Only for the demo cloud, like the 交办 seed.
 */
import type { ClueRecord } from '../cloudfunctions/discipline/clue-records'
import type { DatabasePort } from '../cloudfunctions/kernel/port'
import type { StaffRecord } from '../cloudfunctions/kernel/records'
import { ensure } from './seed-ensure'

const DAY_MS = 86_400_000
export const DISCIPLINE_DEMO = {
  town: 'demo-committee-town',
  county: 'demo-committee-county',
  answered: 'demo-clue-answered',
  filed: 'demo-clue-filed',
  county_clue: 'demo-clue-county',
} as const

const STAFF: StaffRecord[] = [
  { _id: DISCIPLINE_DEMO.town, openid: DISCIPLINE_DEMO.town, name: '镇纪委 陈联系人', roles: ['committee'], points: [], nodes: ['QX-A'], active: true },
  { _id: DISCIPLINE_DEMO.county, openid: DISCIPLINE_DEMO.county, name: '县纪委 孙联系人', roles: ['committee'], points: [], nodes: ['QX'], active: true },
]

function clue(id: string, fields: Partial<ClueRecord> & Pick<ClueRecord, 'filer' | 'filedAs' | 'about' | 'content' | 'node' | 'nodeName'>, at: Date): ClueRecord {
  return {
    _id: id,
    requestId: `${id}-request`,
    filerName: null,
    pointCode: 'xd01',
    pointName: '新东社区民情说事点',
    photos: [],
    state: 'filed',
    reply: null,
    repliedAt: null,
    steps: [{ step: 'file', at, by: fields.filer, byName: fields.filerName ?? '居民' }],
    filedAt: at,
    updatedAt: at,
    ...fields,
  }
}

function clues(now: Date): ClueRecord[] {
  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS)
  const town = { node: 'QX-A', nodeName: '青溪镇' }
  const answered = clue(
    DISCIPLINE_DEMO.answered,
    {
      ...town,
      filer: 'demo-resident-a',
      filedAs: 'resident',
      about: { text: '社区网格员（姓名不详）' },
      content: '社区网格员上门登记困难补助时，要求每户先交 50 元“材料费”，说不交就不给办。',
      state: 'replied',
      reply: '已收到您反映的情况，镇纪委已约谈相关人员，收取的费用正在逐户退还。感谢您的监督。',
    },
    ago(12),
  )
  answered.steps.push(
    { step: 'ack', at: ago(11), by: DISCIPLINE_DEMO.town, byName: '镇纪委 陈联系人' },
    { step: 'reply', at: ago(4), by: DISCIPLINE_DEMO.town, byName: '镇纪委 陈联系人' },
  )
  answered.repliedAt = ago(4)
  const filed = clue(
    DISCIPLINE_DEMO.filed,
    { ...town, filer: 'demo-cadre-1', filedAs: 'staff', filerName: '张建国', about: { text: '物业公司项目经理（党员）' }, content: '办理路灯维修时，物业项目经理多次以“协调费”为名索要好处，居民反映强烈。' },
    ago(1),
  )
  const county = clue(
    DISCIPLINE_DEMO.county_clue,
    {
      node: 'QX',
      nodeName: '青溪县',
      filer: 'demo-resident-b',
      filedAs: 'resident',
      about: { staff: 'demo-township-leader', name: '刘镇长' },
      content: '镇里安排的道路硬化工程，由刘镇长亲属的施工队承包，质量差，村民多次反映无人理睬。',
      state: 'acknowledged',
    },
    ago(6),
  )
  county.steps.push({ step: 'ack', at: ago(5), by: DISCIPLINE_DEMO.county, byName: '县纪委 孙联系人' })
  return [answered, filed, county]
}

/** Only with the demo matters (the running demo and the browser tests that ask for them). Returns how many records it wrote. */
export async function seedDisciplineDemo(db: DatabasePort, now: Date, demoMatters = false): Promise<number> {
  if (!demoMatters) return 0
  let created = 0
  for (const s of STAFF) created += await ensure(db, 'staff', s)
  for (const c of clues(now)) created += await ensure(db, 'discipline', c)
  return created
}
