/**
 * Test support: a small county written straight to a test world — two townships, three
 * villages, five points (one opened in October with a handful of matters), a leader held at
 * each level, a deployment admin, and a few hundred matters in every state made up by the
 * demo's generator. Staff hold their nodes and every point under them, so the tests pass
 * whether the caller's reach comes from their points or from their nodes.
 */
import { rebuildRollups } from './rollup-check'
import { historyMatters } from '../../emulator/seed-history-matters'
import type { World } from '../testing'

export const TREE_NOW = '2026-11-28T02:00:00Z'

export const PEOPLE = {
  county: 'tc-county-leader',
  townshipA: 'tc-township-a',
  townshipB: 'tc-township-b',
  village: 'tc-village-a1',
  root: 'tc-root-admin',
  cadre: 'tc-cadre',
} as const

const ORGS = [
  { code: 'TC', name: '测试县', level: 'county', parent: null, path: [] },
  { code: 'TC-A', name: '甲镇', level: 'township', parent: 'TC', path: ['TC'] },
  { code: 'TC-B', name: '乙街道', level: 'township', parent: 'TC', path: ['TC'] },
  { code: 'TC-A1', name: '一村', level: 'village', parent: 'TC-A', path: ['TC', 'TC-A'] },
  { code: 'TC-A2', name: '二村', level: 'village', parent: 'TC-A', path: ['TC', 'TC-A'] },
  { code: 'TC-B1', name: '三社区', level: 'village', parent: 'TC-B', path: ['TC', 'TC-B'] },
]

export const TREE_POINTS = [
  { code: 'tca101', org: 'TC-A1', weight: 1 },
  { code: 'tca102', org: 'TC-A1', weight: 1.5 },
  { code: 'tca103', org: 'TC-A1', weight: 0.04, since: new Date('2026-10-20T00:00:00Z') },
  { code: 'tca201', org: 'TC-A2', weight: 2 },
  { code: 'tcb101', org: 'TC-B1', weight: 1 },
]

const pathOf = (org: string) => [...(ORGS.find((o) => o.code === org)?.path ?? []), org]

/** The codes of the points under a node. */
export const pointsUnder = (node: string) => TREE_POINTS.filter((p) => pathOf(p.org).includes(node)).map((p) => p.code)

/** Writes the county into the world; returns the matters' statuses. */
export async function writeTestCounty(w: World): Promise<Set<string>> {
  const db = w.db()
  for (const o of ORGS) await db.collection('orgs').doc(o.code).set({ data: { ...o, active: true } })
  const cadre = await w.addStaff({ openid: PEOPLE.cadre, name: '测试干部', roles: ['cadre'], points: TREE_POINTS.map((p) => p.code) })
  for (const p of TREE_POINTS) await w.addPoint({ code: p.code, name: `${p.code}说事点`, leadCadre: cadre, org: p.org, orgPath: pathOf(p.org) } as object)
  const leader = (openid: string, nodes: string[]) => w.addStaff({ openid, name: openid, roles: ['leader'], nodes, points: nodes.flatMap(pointsUnder) } as object)
  await leader(PEOPLE.county, ['TC'])
  await leader(PEOPLE.townshipA, ['TC-A'])
  await leader(PEOPLE.townshipB, ['TC-B'])
  await leader(PEOPLE.village, ['TC-A1'])
  await w.addStaff({ openid: PEOPLE.root, name: '总管理员', roles: ['admin'], points: [] })
  const points = TREE_POINTS.map((p) => ({ code: p.code, name: `${p.code}说事点`, cadre: { openid: cadre, name: '测试干部' }, weight: p.weight, since: p.since }))
  const matters = historyMatters(points, new Date(TREE_NOW), 600, () => 0, 7)
  await Promise.all(matters.map(({ _id, ...fields }) => db.collection('items').doc(_id).set({ data: fields })))
  // written past the write path: their point-months' roll-ups built from them, as the seed does
  await rebuildRollups(db, new Date(TREE_NOW))
  return new Set(matters.map((m) => m.status))
}
