import { describe, expect, it } from 'vitest'
import { CALLERS, expectAgreement, expectHolders, expectTreeAgreement, expectTreeHolders, HERE, NOBODY, THERE } from '../points/policy-table'
import { areaListScope, householdListScope, inAreaList, isAreaCadre, mayManageAreas, mayOpenAreas, mayReadArea, mayTakeArea, readIsAudited } from './policy'

const area = (_id: string, pointCode: string, cadre: string, active = true) => ({ _id, pointCode, cadre, active })
const AREAS = [
  area('cadre-here', HERE, 'cadre-here'),
  area('leader-here', HERE, 'leader-here'),
  area('cadre-there', THERE, 'cadre-there'),
  // the cadre worked there once: no longer theirs to read
  area('cadre-here-there', THERE, 'cadre-here'),
  area('retired', HERE, 'cadre-here', false),
  area('gone', HERE, 'gone'),
  // the township's cadre-v1 of the tree callers
  area('v1', HERE, 'cadre-v1'),
]
const HOUSEHOLDS = AREAS.map((a) => ({ _id: `h-${a._id}`, area: a._id }))

describe('包片: who manages, reads and is audited', () => {
  it('a point’s leader divides it; the cadre given an area must work at its point', () => {
    expectHolders((c) => mayManageAreas(c, HERE), ['leaderHere'])
    expectHolders((c) => mayTakeArea(c, HERE), ['leaderHere', 'cadreHere'])
    expectHolders(mayOpenAreas, ['leaderHere', 'leaderThere', 'cadreHere', 'cadreThere'])
    expectTreeHolders((c) => mayManageAreas(c, HERE), ['leaderAbove'])
  })

  it('an area: its cadre and its point’s leaders; every read by others than its cadre is audited', () => {
    const here = AREAS[0]
    expectHolders((c) => mayReadArea(c, here), ['leaderHere', 'cadreHere'])
    expectHolders((c) => isAreaCadre(c, here), ['cadreHere'])
    expectHolders((c) => mayReadArea(c, here) && readIsAudited(c, here), ['leaderHere'])
    // admins, deputies and representatives of the point never read households
    expect([CALLERS.admin, CALLERS.deputy, CALLERS.representative, CALLERS.inactive].some((c) => mayReadArea(c, here))).toBe(false)
  })

  it('the area list of a point agrees with the page, caller by caller', () => {
    const at = (pointCode: string) => ({
      may: (c: Parameters<typeof inAreaList>[0], a: (typeof AREAS)[number]) => inAreaList(c, pointCode, a),
      scope: (c: Parameters<typeof areaListScope>[0]) => areaListScope(c, pointCode),
    })
    expectAgreement(AREAS, at(HERE).may, at(HERE).scope, { ...NOBODY, leaderHere: ['cadre-here', 'leader-here', 'gone', 'v1'], cadreHere: ['cadre-here'] })
    expectAgreement(AREAS, at(THERE).may, at(THERE).scope, { ...NOBODY, leaderThere: ['cadre-there', 'cadre-here-there'], cadreThere: ['cadre-there'] })
    expectTreeAgreement(AREAS, at(HERE).may, at(HERE).scope, {
      leaderAbove: ['cadre-here', 'leader-here', 'gone', 'v1'],
      leaderSibling: [],
      cadreAbove: ['v1'],
      adminAbove: [],
      adminSibling: [],
      deploymentAdmin: [],
    })
  })

  it('an area’s households are listed for exactly those who may read the area', () => {
    for (const a of AREAS) {
      const may = (c: Parameters<typeof mayReadArea>[0], h: { area: string }) => h.area === a._id && mayReadArea(c, a)
      const expected = Object.fromEntries(Object.entries(CALLERS).map(([n, c]) => [n, mayReadArea(c, a) ? [`h-${a._id}`] : []]))
      expectAgreement(HOUSEHOLDS, may, (c) => householdListScope(c, a), expected as unknown as typeof NOBODY)
    }
  })
})
