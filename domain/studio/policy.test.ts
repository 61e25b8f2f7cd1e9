import { describe, it } from 'vitest'
import { AT_EACH_POINT, CALLERS, expectAgreementOver, expectHolders, HERE } from '../points/policy-table'
import type { Caller } from '../points/roles'
import { atStudio, mayKeepStudio, mayWorkAtStudio, studioRecordsScope } from './policy'

const LIAISON = { openid: 'liaison', roles: ['liaison'], points: [HERE], nodes: [], active: true } as const satisfies Caller
const GONE_LIAISON = { ...LIAISON, openid: 'gone-liaison', active: false } as const satisfies Caller
const WITH_LIAISONS = { ...CALLERS, liaison: LIAISON, goneLiaison: GONE_LIAISON }

describe('studio: who may do what', () => {
  it('the plan and the suggestions’ steps: the liaison, the point’s leaders and admins', () => {
    expectHolders((c) => mayKeepStudio(c, HERE), ['admin', 'leaderHere'])
    expectAgreementOver({ liaison: LIAISON, goneLiaison: GONE_LIAISON }, AT_EACH_POINT, (c, r) => mayKeepStudio(c, r.pointCode), studioRecordsScope, { liaison: ['here'], goneLiaison: [] })
  })

  it('working at the studio (read the plan, record and list suggestions, read 评议): also its deputies; the list agrees', () => {
    expectHolders((c) => mayWorkAtStudio(c, HERE), ['admin', 'leaderHere', 'deputy'])
    expectAgreementOver(WITH_LIAISONS, AT_EACH_POINT, atStudio, studioRecordsScope, {
      admin: ['here', 'there'],
      leaderHere: ['here'],
      leaderThere: ['there'],
      cadreHere: [],
      cadreThere: [],
      representative: [],
      deputy: ['here'],
      inactive: [],
      resident: [],
      liaison: ['here'],
      goneLiaison: [],
    })
  })
})
