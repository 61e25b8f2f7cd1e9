import { describe, expect, it } from 'vitest'
import { CALLERS, expectAgreement, expectHolders, HERE, listed, THERE, expectTreeAgreement, expectTreeHolders, TREE_CALLERS } from '../points/policy-table'
import { isDeploymentAdmin, type Caller } from '../points/roles'
import { diaryListScope, mayAskDiaryOf, mayKeepDiary, mayReadDiary, mayReadDiaryOf, mayReadLeaderVisits, maySetLeader, mayWriteDiary, owesVisits, type DiaryEntry, mayKeepVisitQuota, type NodeCaller } from './policy'

const entry = (_id: string, author: string, pointCode: string): DiaryEntry & { _id: string } => ({ _id, author, pointCode })
const ENTRIES = [
  entry('cadre-here', 'cadre-here', HERE),
  entry('cadre-there', 'cadre-there', THERE),
  entry('leader-here', 'leader-here', HERE),
  // written at another point before the leader moved: still the author's
  entry('leader-here-before', 'leader-here', THERE),
  entry('deputy', 'deputy', HERE),
  entry('gone', 'gone', HERE),
]

describe('民情日记: who reads an entry, and every list of entries', () => {
  it('the read rule and the list query agree, caller by caller', () => {
    expectAgreement(ENTRIES, mayReadDiary, diaryListScope, {
      admin: [],
      leaderHere: ['cadre-here', 'leader-here', 'leader-here-before', 'deputy', 'gone'],
      leaderThere: ['cadre-there', 'leader-here-before'],
      cadreHere: ['cadre-here'],
      cadreThere: ['cadre-there'],
      representative: [],
      deputy: ['deputy'],
      inactive: [],
      resident: [],
    })
  })

  it('narrowed to one author (a leader reading a cadre), the list still keeps to the rule', () => {
    const ofAuthor = (author: string) => (scope: ReturnType<typeof diaryListScope>) => (scope ? { $and: [scope, { author }] } : null)
    expect(listed(ofAuthor('leader-here')(diaryListScope(CALLERS.leaderThere)), ENTRIES)).toEqual(['leader-here-before'])
    expect(listed(ofAuthor('cadre-here')(diaryListScope(CALLERS.cadreThere)), ENTRIES)).toEqual([])
  })

  it('writing, opening the diary, and reading a colleague’s', () => {
    expectHolders((c) => mayWriteDiary(c, HERE), ['leaderHere', 'cadreHere', 'deputy'])
    expectHolders(mayKeepDiary, ['leaderHere', 'leaderThere', 'cadreHere', 'cadreThere', 'deputy'])
    expectHolders((c) => mayAskDiaryOf(c, 'cadre-here'), ['leaderHere', 'leaderThere', 'cadreHere'])
    expectHolders((c) => mayReadDiaryOf(c, CALLERS.cadreHere), ['leaderHere', 'cadreHere'])
    expectHolders(owesVisits, ['cadreHere', 'cadreThere'])
  })
})

describe('民情日记 down the tree', () => {
  it('a township’s leader reads the diaries kept at its points, not the sibling township’s; quotas are its admin’s', () => {
    expectTreeAgreement(ENTRIES, mayReadDiary, diaryListScope, {
      leaderAbove: ['cadre-here', 'leader-here', 'deputy', 'gone'],
      leaderSibling: ['cadre-there', 'leader-here-before'],
      cadreAbove: [],
      adminAbove: [],
      adminSibling: [],
      deploymentAdmin: [],
    })
    expectTreeHolders((c) => mayReadDiaryOf(c, CALLERS.cadreHere), ['leaderAbove'])
    expectTreeHolders((c) => mayWriteDiary(c, HERE), ['leaderAbove', 'cadreAbove'])
    expectTreeHolders((c) => mayKeepVisitQuota(c, HERE), ['adminAbove', 'deploymentAdmin'])
    expect(mayReadDiaryOf(TREE_CALLERS.leaderSibling, CALLERS.cadreHere)).toBe(false)
  })
})

describe('挂点 leaders: who reads a node’s progress, who names a leader', () => {
  const TOWN_A = { code: 'QX-A', path: ['QX'] }
  const VILLAGE_A1 = { code: 'QX-A1', path: ['QX', 'QX-A'] }
  const at = (openid: string, roles: Caller['roles'], nodes: string[], points: string[] = []): NodeCaller => ({ openid, roles, points, nodes, active: true })
  const TREE = {
    county: at('county', ['leader'], ['QX'], ['a1', 'b1']),
    townA: at('town-a', ['leader'], ['QX-A'], ['a1']),
    townB: at('town-b', ['leader'], ['QX-B'], ['b1']),
    adminA: at('admin-a', ['admin'], ['QX-A'], ['a1']),
    cadreA: at('cadre-a', ['cadre'], ['QX-A'], ['a1']),
  }
  const holders = (right: (c: NodeCaller) => boolean) => [...Object.entries(CALLERS), ...Object.entries(TREE)].filter(([, c]) => right(c)).map(([n]) => n)

  it('a node’s figures: its leaders and admins and those above; a sibling township is refused', () => {
    expect(holders((c) => mayReadLeaderVisits(c, TOWN_A))).toEqual(['admin', 'county', 'townA', 'adminA'])
    expect(holders((c) => mayReadLeaderVisits(c, VILLAGE_A1))).toEqual(['admin', 'county', 'townA', 'adminA'])
    // without a node: their own reach, for any leader or admin
    expect(holders((c) => mayReadLeaderVisits(c, null))).toEqual(['admin', 'leaderHere', 'leaderThere', 'county', 'townA', 'townB', 'adminA'])
  })

  it('naming a leader: the deployment admin anywhere, an admin of a node within it', () => {
    const a1 = { code: 'a1', orgPath: ['QX', 'QX-A', 'QX-A1'] }
    const b1 = { code: 'b1', orgPath: ['QX', 'QX-B', 'QX-B1'] }
    expect(holders((c) => maySetLeader(c, a1))).toEqual(['admin', 'adminA'])
    expect(holders((c) => maySetLeader(c, b1))).toEqual(['admin'])
    expect(isDeploymentAdmin(TREE.adminA)).toBe(false)
  })
})
