/**
 * The demo county's tree, as small as the year of history needs it: 青溪县 (QX), two
 * townships, six villages or communities, a dozen points, a cadre per village, a leader
 * per township and one for the county. Written only where the county is not there yet;
 * the tree's own seed, when present, comes first and this adds nothing.
 */
import type { DatabasePort } from '../cloudfunctions/kernel/port'

export const COUNTY = {
  code: 'QX',
  countyLeader: 'demo-county-leader',
  townshipLeaderA: 'demo-township-leader-a',
  townshipLeaderB: 'demo-township-leader-b',
} as const

const TOWNSHIPS = [
  { code: 'QX-A', name: '东岭镇', leader: { openid: COUNTY.townshipLeaderA, name: '郑镇长' } },
  { code: 'QX-B', name: '西河街道', leader: { openid: COUNTY.townshipLeaderB, name: '冯主任' } },
]
const VILLAGES = [
  { code: 'QX-A1', parent: 'QX-A', name: '东岭村', cadre: '何建华' },
  { code: 'QX-A2', parent: 'QX-A', name: '石桥村', cadre: '罗春梅' },
  { code: 'QX-A3', parent: 'QX-A', name: '梅坞村', cadre: '高志远' },
  { code: 'QX-B1', parent: 'QX-B', name: '河西社区', cadre: '林晓燕' },
  { code: 'QX-B2', parent: 'QX-B', name: '柳岸社区', cadre: '徐国庆' },
  { code: 'QX-B3', parent: 'QX-B', name: '新桥社区', cadre: '马丽华' },
]

interface Doc {
  _id: string
  [field: string]: unknown
}

/** The two points of a village: its 说事点 and its 两代表工作室. */
const pointsOf = (v: (typeof VILLAGES)[number]) =>
  (['talk', 'studio'] as const).map((kind, i) => ({
    code: `${v.code.toLowerCase().replace('-', '')}0${i + 1}`,
    name: `${v.name}${kind === 'talk' ? '民情说事点' : '两代表工作室'}`,
    kind,
  }))

function treeDocs(): { orgs: Doc[]; points: Doc[]; staff: Doc[] } {
  const orgs: Doc[] = [{ _id: 'QX', code: 'QX', name: '青溪县', level: 'county', parent: null, path: [], active: true }]
  const staff: Doc[] = [{ _id: COUNTY.countyLeader, openid: COUNTY.countyLeader, name: '韩县长', roles: ['leader'], nodes: ['QX'], points: [], active: true }]
  const points: Doc[] = []
  for (const t of TOWNSHIPS) {
    orgs.push({ _id: t.code, code: t.code, name: t.name, level: 'township', parent: 'QX', path: ['QX'], active: true })
    staff.push({ _id: t.leader.openid, openid: t.leader.openid, name: t.leader.name, roles: ['leader'], nodes: [t.code], points: [], active: true })
  }
  for (const [n, v] of VILLAGES.entries()) {
    orgs.push({ _id: v.code, code: v.code, name: v.name, level: 'village', parent: v.parent, path: ['QX', v.parent], active: true })
    const cadre = `demo-village-cadre-${n + 1}`
    const mine = pointsOf(v)
    staff.push({ _id: cadre, openid: cadre, name: v.cadre, roles: ['cadre'], nodes: [v.code], points: [], active: true })
    for (const p of mine)
      points.push({
        _id: `point-${p.code}`,
        ...p,
        community: v.name,
        address: `${v.name}党群服务中心`,
        openHours: '每周三 9:00–12:00',
        leadCadre: cadre,
        routing: {},
        active: true,
        org: v.code,
        orgPath: ['QX', v.parent, v.code],
      })
  }
  // until the staff's reach follows their nodes, everyone holds every point under their nodes
  for (const s of staff) {
    const held = s.nodes as string[]
    s.points = points.filter((p) => (p.orgPath as string[]).some((n) => held.includes(n))).map((p) => p.code as string)
  }
  return { orgs, points, staff }
}

/** Writes the county where it is missing; returns how many documents it wrote. */
export async function seedCountyTree(db: DatabasePort): Promise<number> {
  if ((await db.collection('orgs').doc(COUNTY.code).get()).data) return 0
  const { orgs, points, staff } = treeDocs()
  const writes = [...orgs.map((d) => ['orgs', d] as const), ...points.map((d) => ['points', d] as const), ...staff.map((d) => ['staff', d] as const)]
  await Promise.all(
    writes.map(([collection, { _id, ...fields }]) => db.collection(collection).doc(_id).set({ data: fields })),
  )
  return writes.length
}
