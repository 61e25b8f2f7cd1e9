import { describe, expect, it } from 'vitest'
import { expectAgreement, expectHolders, expectTreeAgreement, expectTreeHolders, HERE, listed, MANAGERS_SEE, THERE, TREE_MANAGERS, TREE_MANAGERS_SEE } from '../points/policy-table'
import { isPublic, mayEditNotice, mayWriteAnyNotices, mayWriteNotices, publicNoticeScope, staffNoticeScope } from './policy'
import type { NoticeStatus } from './notices'

const notice = (_id: string, pointCode: string, status: NoticeStatus) => ({ _id, pointCode, status })
const NOTICES = [notice('here', HERE, 'draft'), notice('there', THERE, 'published')]
const MIXED = [notice('draft', HERE, 'draft'), notice('out', HERE, 'published'), notice('gone', HERE, 'withdrawn'), notice('far', THERE, 'published')]

describe('notices: who may do what', () => {
  it('a point’s notices are written by its leaders and its admins, and nobody else', () => {
    expectHolders((c) => mayWriteNotices(c, HERE), ['admin', 'leaderHere'])
    expectHolders(mayWriteAnyNotices, ['admin', 'leaderHere', 'leaderThere'])
    expectTreeHolders((c) => mayWriteNotices(c, HERE), TREE_MANAGERS)
  })

  it('the staff list shows what the editor opens: every status, at the caller’s managed points', () => {
    expectAgreement(NOTICES, mayEditNotice, staffNoticeScope, MANAGERS_SEE)
    expectTreeAgreement(NOTICES, mayEditNotice, staffNoticeScope, TREE_MANAGERS_SEE)
  })

  it('residents see a point’s published notices only: no draft, nothing withdrawn, nothing of another point', () => {
    expect(MIXED.filter(isPublic).map((n) => n._id)).toEqual(['out', 'far'])
    expect(listed(publicNoticeScope(HERE), MIXED)).toEqual(['out'])
    expect(listed(publicNoticeScope(THERE), MIXED)).toEqual(['far'])
  })
})
