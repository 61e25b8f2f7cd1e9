/** A cadre's, leader's or admin's 消息 box and subscription choices: active staff only. */
import type { MessageStaffEvent } from '../../domain/messages/schemas'
import { STAFF_TEMPLATES } from '../../domain/messages/templates'
import { listMessages, markRead, recordSubscriptions } from './message-box'
import type { StaffContext } from '../kernel/staff-context'

export async function messagesList(input: MessageStaffEvent<'messages.list'>, ctx: StaffContext) {
  const me = await ctx.caller()
  return listMessages(ctx.db, me.openid, STAFF_TEMPLATES, input)
}

export async function messagesMarkRead(input: MessageStaffEvent<'messages.markRead'>, ctx: StaffContext) {
  const me = await ctx.caller()
  return markRead(ctx.db, me.openid, STAFF_TEMPLATES, input, ctx.now)
}

export async function subscriptionsRecord(input: MessageStaffEvent<'subscriptions.record'>, ctx: StaffContext) {
  const me = await ctx.caller()
  return recordSubscriptions(ctx.db, me.openid, input.results, ctx.now)
}
