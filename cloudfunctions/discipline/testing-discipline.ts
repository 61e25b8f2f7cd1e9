/**
 * The county of the 交办 tests (departments/testing-org.ts) with the people a 违纪线索 is
 * asked of: committee contacts at township A and at the county, a plain cadre and the
 * leader of point A, an admin of township A and a deployment admin.
 */
import { afterAll, beforeAll, beforeEach } from 'vitest'
import { fresh, startWorld, type World } from '../testing'
import { makeCounty, type County } from '../departments/testing-org'

export interface Oversight extends County {
  committeeA: string
  committeeCounty: string
  committeeB: string
  /** the point's lead cadre, who is also its leader */
  pointLeader: string
  cadre: string
  townAdmin: string
  deploymentAdmin: string
}

export async function makeOversight(w: World): Promise<Oversight> {
  const c = await makeCounty(w)
  const add = (name: string, roles: string[], points: string[], nodes: string[]) => w.addStaff({ name, roles, points, nodes } as object)
  return {
    ...c,
    committeeA: await add('镇纪委李', ['committee'], [], [c.townA]),
    committeeCounty: await add('县纪委王', ['committee'], [], [c.county]),
    committeeB: await add('乡纪委赵', ['committee'], [], [c.townB]),
    pointLeader: c.cadreA,
    cadre: await add('村干部钱', ['cadre'], [c.pointA], []),
    townAdmin: await add('镇管理员', ['admin'], [], [c.townA]),
    deploymentAdmin: await add('总管理员', ['admin'], [], []),
  }
}

export const clueEvent = (pointCode: string, extra: object = {}) => ({
  action: 'discipline.file',
  requestId: fresh('clue').replace(/[^A-Za-z0-9_-]/g, ''),
  pointCode,
  about: '村委会某干部',
  content: '村干部在低保评定中优亲厚友，把名额给了自己的亲戚。',
  ...extra,
})

/** A test file's world and county: started before its tests, its clock back at `start` before each. */
export function oversightWorld(start: string): { w: World; o: Oversight } {
  const t = {} as { w: World; o: Oversight }
  beforeAll(async () => {
    t.w = await startWorld(start)
    t.o = await makeOversight(t.w)
  })
  afterAll(async () => t.w?.stop())
  beforeEach(() => t.w.clock.set(start))
  return t
}
