import { describe, it } from 'vitest'
import { expectAgreement, expectHolders, NOBODY, expectTreeHolders } from '../points/policy-table'
import { mayManageOutbox, mayReadMessage, messageBoxScope } from './policy'

const BOX = ['itemAccepted', 'itemReplied']
const MESSAGES = [
  { _id: 'to-cadre', recipient: 'cadre-here', template: 'itemAccepted' },
  { _id: 'to-cadre-other-box', recipient: 'cadre-here', template: 'dutyReminder' },
  { _id: 'to-resident', recipient: 'resident', template: 'itemReplied' },
]

describe('消息', () => {
  it('a box is its recipient’s: the rule and the query agree', () => {
    expectAgreement(MESSAGES, (c, m) => mayReadMessage(c, m, BOX), (c) => messageBoxScope(c, BOX), { ...NOBODY, cadreHere: ['to-cadre'], resident: ['to-resident'] })
  })

  it('the outbox is the admin’s', () => {
    expectHolders(mayManageOutbox, ['admin'])
  })
})

describe('消息 down the tree', () => {
  it('the outbox holds every point’s messages: no node admin inspects it', () => {
    expectTreeHolders(mayManageOutbox, ['deploymentAdmin'])
  })
})
