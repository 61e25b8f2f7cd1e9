/**
 * 消息: a message box is its recipient's alone (residents and staff alike, each box its own
 * templates); the outbox of messages to WeChat is the admin's to inspect and retry.
 */
import { inList, type Scope } from '../kernel/scope'
import { isDeploymentAdmin, type Caller } from '../points/roles'

type Reader = Pick<Caller, 'openid'>

export const mayReadMessage = (c: Reader, m: { readonly recipient: string; readonly template: string }, box: readonly string[]) =>
  m.recipient === c.openid && box.includes(m.template)

/** The same rule as a query. */
export const messageBoxScope = (c: Reader, box: readonly string[]): Scope => ({ recipient: c.openid, template: inList(box) })

/** The outbox holds every point's messages: the deployment admin's alone. */
export const mayManageOutbox = (c: Caller) => isDeploymentAdmin(c)
