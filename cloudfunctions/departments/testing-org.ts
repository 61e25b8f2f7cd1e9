/**
 * A county for the 交办 tests, in the shared org model: county QX, townships QX-A and QX-B,
 * a village in each with one point; departments at QX-A (民政) and QX (住建); leaders at
 * the townships and the county (stored with both `nodes` and the points under them), the
 * departments' staff, and an escalated matter at the point of QX-A.
 * Each call makes fresh codes, so tests do not share state.
 */
import { afterAll, beforeAll, beforeEach } from 'vitest'
import { acceptEvent, fresh, startWorld, type World } from '../testing'

export interface County {
  county: string
  townA: string
  townB: string
  pointA: string
  pointB: string
  cadreA: string
  leaderA: string
  leaderB: string
  countyLeader: string
  deptA: string
  deptCounty: string
  staffA: string
  staffCounty: string
}

const node = (code: string, name: string, level: string, path: string[]) => ({ code, name, level, parent: path.at(-1) ?? null, path, active: true })

export async function makeCounty(w: World): Promise<County> {
  const tag = fresh('C').replace(/[^A-Za-z0-9]/g, '').toUpperCase().slice(-8)
  const county = `QX${tag}`
  const [townA, townB] = [`${county}-A`, `${county}-B`]
  const [villageA, villageB] = [`${townA}1`, `${townB}1`]
  const orgs = [
    node(county, '青溪县', 'county', []),
    node(townA, '青溪镇', 'township', [county]),
    node(townB, '石门乡', 'township', [county]),
    node(villageA, '新东村', 'village', [county, townA]),
    node(villageB, '石门村', 'village', [county, townB]),
  ]
  for (const o of orgs) await w.db().collection('orgs').doc(o.code).set({ data: o })
  const a = await w.addPoint({ orgPath: [county, townA, villageA], org: villageA } as object)
  const b = await w.addPoint({ orgPath: [county, townB, villageB], org: villageB } as object)
  const leaderA = await w.addStaff({ name: '镇领导', roles: ['leader'], points: [a.code], nodes: [townA] } as object)
  const leaderB = await w.addStaff({ name: '乡领导', roles: ['leader'], points: [b.code], nodes: [townB] } as object)
  const countyLeader = await w.addStaff({ name: '县领导', roles: ['leader'], points: [a.code, b.code], nodes: [county] } as object)
  const deptA = `${townA}-MZ`
  const deptCounty = `${county}-ZJ`
  await w.db().collection('departments').doc(deptA).set({ data: { code: deptA, name: '镇民政办', node: townA, nodePath: [county, townA], active: true } })
  await w.db().collection('departments').doc(deptCounty).set({ data: { code: deptCounty, name: '县住建局', node: county, nodePath: [county], active: true } })
  const staffA = await w.addStaff({ name: '民政办李', roles: ['department'], points: [], departments: [deptA] })
  const staffCounty = await w.addStaff({ name: '住建局王', roles: ['department'], points: [], departments: [deptCounty] })
  return { county, townA, townB, pointA: a.code, pointB: b.code, cadreA: a.lead, leaderA, leaderB, countyLeader, deptA, deptCounty, staffA, staffCounty }
}

/** A resident's matter at the county's point A, accepted as 上报上级 by its cadre. */
export async function escalatedMatter(w: World, c: County, owner = fresh('resident')): Promise<string> {
  const id = await w.submit({ pointCode: c.pointA, owner })
  const r = await w.staff(c.cadreA, acceptEvent(id, { track: 'escalate' }))
  if (!r.ok) throw new Error(JSON.stringify(r))
  return id
}

export const assignEvent = (id: string, department: string, extra: object = {}) => ({
  action: 'item.assign',
  id,
  department,
  dueAt: '2026-02-10',
  request: '请核实该户低保申请条件并答复',
  requestId: fresh('assign'),
  ...extra,
})

/** A test file's world and county: started before its tests, its clock back at `start` before each. */
export function countyWorld(start: string): { w: World; c: County } {
  const t = {} as { w: World; c: County }
  beforeAll(async () => {
    t.w = await startWorld(start)
    t.c = await makeCounty(t.w)
  })
  afterAll(async () => {
    await t.w?.stop()
  })
  beforeEach(() => {
    t.w.clock.set(start)
  })
  return t
}
