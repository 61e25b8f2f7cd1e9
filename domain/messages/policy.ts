/**
 * 消息: a message box is its recipient's alone (residents and staff alike); the outbox of
 * messages to WeChat is the admin's to inspect and retry.
 */
import type { Scope } from '../kernel/scope'
import { isAdmin, type Caller } from '../points/roles'

export const mayReadMessage = (c: Pick<Caller, 'openid'>, m: { readonly recipient: string }) => m.recipient === c.openid
export const messageBoxScope = (c: Pick<Caller, 'openid'>): Scope => ({ recipient: c.openid })

export const mayManageOutbox = (c: Caller) => isAdmin(c)
