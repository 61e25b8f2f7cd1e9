/** A resident's 消息 box and subscription choices. */
import type { MessageResidentEvent } from '../../domain/messages/schemas'
import { RESIDENT_TEMPLATES } from '../../domain/messages/templates'
import { listMessages, markRead, recordSubscriptions } from './message-box'
import type { ResidentContext } from '../kernel/resident-context'

export const messagesList = (input: MessageResidentEvent<'messages.list'>, ctx: ResidentContext) => listMessages(ctx.db, ctx.openid(), RESIDENT_TEMPLATES, input)

export const messagesMarkRead = (input: MessageResidentEvent<'messages.markRead'>, ctx: ResidentContext) =>
  markRead(ctx.db, ctx.openid(), RESIDENT_TEMPLATES, input, ctx.now)

export const subscriptionsRecord = (input: MessageResidentEvent<'subscriptions.record'>, ctx: ResidentContext) =>
  recordSubscriptions(ctx.db, ctx.openid(), input.results, ctx.now)
