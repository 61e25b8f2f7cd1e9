/**
 * The demo county's organisation tree: 青溪县 with a town (青溪镇) and a sub-district
 * (城南街道), three villages or communities each, two points in each (新东社区 holds the
 * original xd01 and xd02), and staff held at nodes: a county admin, a leader per township
 * and a cadre per village. Each part is a plain list, so other demo data composes with it.
 */
import type { OrgRecord, PointRecord, StaffRecord } from '../cloudfunctions/kernel/records'
import { orgPathOf, pathUnder, type OrgLevel } from '../domain/orgs/tree'

export const DEMO_ORG = {
  county: 'QX',
  town: 'QX-A',
  district: 'QX-B',
  /** 新东社区: xd01 and xd02 */
  xindong: 'QX-A1',
  countyAdmin: 'demo-county-admin',
  townLeader: 'demo-town-leader',
  districtLeader: 'demo-district-leader',
} as const

const nodes: OrgRecord[] = []
function node(code: string, name: string, level: OrgLevel, parent: string | null): OrgRecord {
  const above = parent ? nodes.find((n) => n.code === parent)! : null
  const made: OrgRecord = { _id: code, code, name, level, parent, path: pathUnder(above), active: true }
  nodes.push(made)
  return made
}

node('QX', '青溪县', 'county', null)
node('QX-A', '青溪镇', 'township', 'QX')
node('QX-B', '城南街道', 'township', 'QX')
node('QX-A1', '新东社区', 'village', 'QX-A')
node('QX-A2', '桃源村', 'village', 'QX-A')
node('QX-A3', '石桥村', 'village', 'QX-A')
node('QX-B1', '南门社区', 'village', 'QX-B')
node('QX-B2', '河西社区', 'village', 'QX-B')
node('QX-B3', '柳湾村', 'village', 'QX-B')

export const demoOrgs: readonly OrgRecord[] = nodes

/** Where a demo point sits: its village and the village's path. */
export function placedIn(village: string): { org: string; orgPath: string[] } {
  return { org: village, orgPath: orgPathOf(nodes.find((n) => n.code === village)!) }
}

/** The points of the villages other than 新东社区, each with its village's cadre as lead cadre. */
const more: { code: string; name: string; kind: PointRecord['kind']; village: string; cadre: string }[] = [
  { code: 'ty01', name: '桃源村民情说事点', kind: 'talk', village: 'QX-A2', cadre: 'demo-cadre-ty' },
  { code: 'ty02', name: '桃源村两代表工作室', kind: 'studio', village: 'QX-A2', cadre: 'demo-cadre-ty' },
  { code: 'sq01', name: '石桥村民情说事点', kind: 'talk', village: 'QX-A3', cadre: 'demo-cadre-sq' },
  { code: 'sq02', name: '石桥村村口说事亭', kind: 'talk', village: 'QX-A3', cadre: 'demo-cadre-sq' },
  { code: 'nm01', name: '南门社区民情说事点', kind: 'talk', village: 'QX-B1', cadre: 'demo-cadre-nm' },
  { code: 'nm02', name: '南门社区两代表工作室', kind: 'studio', village: 'QX-B1', cadre: 'demo-cadre-nm' },
  { code: 'hx01', name: '河西社区民情说事点', kind: 'talk', village: 'QX-B2', cadre: 'demo-cadre-hx' },
  { code: 'hx02', name: '河西社区老街说事点', kind: 'talk', village: 'QX-B2', cadre: 'demo-cadre-hx' },
  { code: 'lw01', name: '柳湾村民情说事点', kind: 'talk', village: 'QX-B3', cadre: 'demo-cadre-lw' },
  { code: 'lw02', name: '柳湾村两代表工作室', kind: 'studio', village: 'QX-B3', cadre: 'demo-cadre-lw' },
]

const villageName = (code: string) => nodes.find((n) => n.code === code)!.name

export const demoTreePoints: readonly PointRecord[] = more.map((p) => ({
  _id: `point-${p.code}`,
  code: p.code,
  name: p.name,
  kind: p.kind,
  community: villageName(p.village),
  address: `${villageName(p.village)}党群服务中心`,
  openHours: p.kind === 'studio' ? '每周五上午 9:00–12:00，代表轮流值班' : '每周三说事日 9:00–12:00',
  leadCadre: p.cadre,
  routing: {},
  active: true,
  ...placedIn(p.village),
}))

const cadreNames: Record<string, string> = {
  'demo-cadre-ty': '林春燕',
  'demo-cadre-sq': '黄德明',
  'demo-cadre-nm': '徐丽华',
  'demo-cadre-hx': '马建军',
  'demo-cadre-lw': '胡小梅',
}

const person = (openid: string, name: string, roles: StaffRecord['roles'], nodes: string[], points: string[] = []): StaffRecord => ({
  _id: openid,
  openid,
  name,
  roles,
  points,
  nodes,
  active: true,
})

/** Held at nodes: the county's admin, a leader per township, a cadre per village (who also works at its points). */
export const demoTreeStaff: readonly StaffRecord[] = [
  person(DEMO_ORG.countyAdmin, '周县管理员', ['admin'], [DEMO_ORG.county]),
  person(DEMO_ORG.townLeader, '吴镇长', ['leader'], [DEMO_ORG.town]),
  person(DEMO_ORG.districtLeader, '郑主任', ['leader'], [DEMO_ORG.district]),
  ...Object.entries(cadreNames).map(([openid, name]) => {
    const mine = more.filter((p) => p.cadre === openid)
    return person(openid, name, ['cadre'], [mine[0].village], mine.map((p) => p.code))
  }),
]
