import { describe, expect, it } from 'vitest'
import { AT_EACH_POINT, CALLERS, expectAgreement, expectHolders, expectTreeHolders, HERE, NOBODY, THERE } from '../points/policy-table'
import type { Caller } from '../points/roles'
import { mayKeepSupport, mayReadPointSupport, pointSupportScope, supportReadAudited } from './policy'

const AREA = { pointCode: HERE, cadre: CALLERS.cadreHere.openid }

describe('帮扶: who may do what', () => {
  it('an area’s plans: its cadre and the point’s leaders, down the tree; the leaders’ reads audited', () => {
    expectHolders((c) => mayKeepSupport(c, AREA), ['leaderHere', 'cadreHere'])
    expectTreeHolders((c) => mayKeepSupport(c, AREA), ['leaderAbove'])
    expect(supportReadAudited(CALLERS.leaderHere, AREA)).toBe(true)
    expect(supportReadAudited(CALLERS.cadreHere, AREA)).toBe(false)
  })

  it('a point’s plans and figures: its leaders; the list agrees', () => {
    for (const [asked, leader] of [[HERE, 'leaderHere'], [THERE, 'leaderThere']] as const) {
      const may = (c: Caller, r: { pointCode: string }) => r.pointCode === asked && mayReadPointSupport(c, asked)
      expectAgreement(AT_EACH_POINT, may, (c) => pointSupportScope(c, asked), { ...NOBODY, [leader]: [asked === HERE ? 'here' : 'there'] })
    }
  })
})
