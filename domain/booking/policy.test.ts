import { describe, expect, it } from 'vitest'
import { AT_EACH_POINT, CALLERS, expectAgreement, expectHolders, HERE, POINT_STAFF_SEE, THERE, expectTreeAgreement, expectTreeHolders, TREE_CALLERS } from '../points/policy-table'
import {
  deskScope,
  homeVisitScope,
  mayArrangeHomeVisits,
  mayCancelBooking,
  mayCancelBookingAtAll,
  mayHandleBooking,
  mayHandleHomeVisit,
  mayKeepDesk,
  mayMarkHomeVisitDone,
  seesHomeVisitContact,
} from './policy'

describe('值班台 and 上门走访: each record’s rule and its list', () => {
  it('bookings at the desk: the predicate and the desk’s query agree', () => {
    expectAgreement(AT_EACH_POINT, mayHandleBooking, (c) => deskScope(c), POINT_STAFF_SEE)
  })

  it('a desk asked for one point lists only that point, if it is the caller’s', () => {
    expect(deskScope(CALLERS.cadreHere, [HERE])).toEqual({ pointCode: { $in: [HERE] } })
    expect(deskScope(CALLERS.cadreHere, [THERE])).toEqual({ pointCode: { $in: [] } })
  })

  it('home-visit requests: the predicate and the list agree', () => {
    expectAgreement(AT_EACH_POINT, mayHandleHomeVisit, (c) => homeVisitScope(c), POINT_STAFF_SEE)
  })

  it('the desk, cancelling, and a household’s contact', () => {
    expectHolders(mayKeepDesk, ['leaderHere', 'leaderThere', 'cadreHere', 'cadreThere', 'deputy'])
    expectHolders(mayArrangeHomeVisits, ['leaderHere', 'leaderThere', 'cadreHere', 'cadreThere', 'deputy'])
    expectHolders(mayCancelBookingAtAll, ['admin', 'leaderHere', 'leaderThere', 'cadreHere', 'cadreThere', 'deputy'])
    expectHolders((c) => mayCancelBooking(c, { pointCode: HERE }), ['admin', 'leaderHere', 'cadreHere', 'deputy'])
    const visit = { pointCode: HERE, cadre: { openid: 'cadre-here' } }
    expectHolders((c) => seesHomeVisitContact(c, visit), ['leaderHere', 'cadreHere'])
    expectHolders((c) => mayMarkHomeVisitDone(c, { pointCode: HERE, cadre: null }), ['leaderHere'])
  })
})

describe('值班台 and 上门走访 down the tree', () => {
  it('a township’s leader keeps its points’ desks and home visits; its admin cancels bookings there; the sibling township’s do neither', () => {
    const staff = { leaderAbove: ['here'], leaderSibling: ['there'], cadreAbove: ['here'], adminAbove: [], adminSibling: [], deploymentAdmin: [] }
    expectTreeAgreement(AT_EACH_POINT, mayHandleBooking, (c) => deskScope(c), staff)
    expectTreeAgreement(AT_EACH_POINT, mayHandleHomeVisit, (c) => homeVisitScope(c), staff)
    expectTreeHolders((c) => mayCancelBooking(c, { pointCode: HERE }), ['leaderAbove', 'cadreAbove', 'adminAbove', 'deploymentAdmin'])
    expectTreeHolders((c) => seesHomeVisitContact(c, { pointCode: HERE, cadre: { openid: TREE_CALLERS.cadreAbove.openid } }), ['leaderAbove', 'cadreAbove'])
  })
})
