import { describe, it } from 'vitest'
import { AT_EACH_POINT, expectAgreement, expectHolders, HERE, NOBODY, THERE, expectTreeAgreement, expectTreeHolders } from '../points/policy-table'
import {
  mayAttend,
  mayConvene,
  mayPlanTrip,
  mayReadMeeting,
  mayReadMeetings,
  mayRecordMeeting,
  mayCollectOpinions,
  mayRecordTrip,
  mayTakeOnTrip,
  mayWeighMatter,
  meetingListScope,
  tripMattersScope,
  waitingScope,
} from './policy'

const item = (_id: string, pointCode: string, assignee: string) => ({ _id, pointCode, assignee: { openid: assignee } })
const ITEMS = [item('here-cadre', HERE, 'cadre-here'), item('here-deputy', HERE, 'deputy'), item('there-cadre', THERE, 'cadre-there')]

describe('集中议事 and 代理办事', () => {
  it('meetings and trips: the read rule and the list agree', () => {
    expectAgreement(AT_EACH_POINT, mayReadMeeting, (c) => meetingListScope(c), {
      ...NOBODY,
      leaderHere: ['here'],
      leaderThere: ['there'],
      cadreHere: ['here'],
      cadreThere: ['there'],
    })
  })

  it('待议事: the matters a leader weighs and the list of them agree', () => {
    expectAgreement(AT_EACH_POINT, mayWeighMatter, (c) => waitingScope(c), { ...NOBODY, leaderHere: ['here'], leaderThere: ['there'], cadreHere: [], cadreThere: [] })
  })

  it('matters to take on a trip: the rule and the pending list agree', () => {
    expectAgreement(ITEMS, mayTakeOnTrip, (c) => tripMattersScope(c), {
      ...NOBODY,
      leaderHere: ['here-cadre', 'here-deputy'],
      leaderThere: ['there-cadre'],
      cadreHere: ['here-cadre'],
      cadreThere: ['there-cadre'],
    })
  })

  it('convening, recording, attending, planning', () => {
    expectHolders(mayReadMeetings, ['leaderHere', 'leaderThere', 'cadreHere', 'cadreThere'])
    expectHolders((c) => mayConvene(c, HERE), ['leaderHere'])
    expectHolders((c) => mayRecordMeeting(c, { pointCode: HERE }), ['leaderHere'])
    // 座谈会: its point's cadres and leaders record the opinions and turn them into matters
    expectHolders((c) => mayCollectOpinions(c, { pointCode: HERE }), ['leaderHere', 'cadreHere'])
    expectTreeHolders((c) => mayCollectOpinions(c, { pointCode: HERE }), ['leaderAbove', 'cadreAbove'])
    expectHolders((c) => mayAttend(c, HERE), ['leaderHere', 'cadreHere', 'deputy'])
    expectHolders((c) => mayPlanTrip(c, HERE), ['leaderHere', 'cadreHere'])
    expectHolders((c) => mayRecordTrip(c, { pointCode: HERE, plannedBy: 'cadre-here' }), ['leaderHere', 'cadreHere'])
    expectHolders((c) => mayRecordTrip(c, { pointCode: HERE, plannedBy: 'deputy' }), ['leaderHere'])
  })
})

describe('集中议事 and 代理办事 down the tree', () => {
  it('a township’s leader convenes, records and plans at its points; the sibling township’s leader and the admins do not', () => {
    const mine = { leaderAbove: ['here'], leaderSibling: ['there'], cadreAbove: ['here'], adminAbove: [], adminSibling: [], deploymentAdmin: [] }
    expectTreeAgreement(AT_EACH_POINT, mayReadMeeting, (c) => meetingListScope(c), mine)
    expectTreeAgreement(AT_EACH_POINT, mayWeighMatter, (c) => waitingScope(c), { ...mine, cadreAbove: [] })
    expectTreeHolders((c) => mayConvene(c, HERE), ['leaderAbove'])
    expectTreeHolders((c) => mayRecordMeeting(c, { pointCode: HERE }), ['leaderAbove'])
    expectTreeHolders((c) => mayPlanTrip(c, HERE), ['leaderAbove', 'cadreAbove'])
  })
})
