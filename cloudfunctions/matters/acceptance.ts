/**
 * 受理 and 当场答复 as changes to a matter: what accepting writes, and accepting and replying
 * at once. Shared by the matter page (handle.ts) and registration at the desk (register-write.ts).
 */
import { dueDateFor, IMPORTANCE_LABELS } from '../../domain/matters/deadlines'
import { DECIDING_BODY, TIER_LABELS, TRACK_LABELS } from '../../domain/matters/handling'
import type { AnswerOnSpot } from '../../domain/matters/schemas'
import { formatChinaDateTime } from '../../domain/kernel/time'
import type { ItemRecord, StaffRecord } from '../kernel/records'
import type { StaffContext } from '../kernel/staff-context'
import { entry } from './item-ops'

/** What 受理 writes on a matter, and the timeline's words for it. */
export function acceptance(ctx: StaffContext, input: Pick<AnswerOnSpot, 'track' | 'importance' | 'tier'>) {
  const dueAt = dueDateFor(ctx.now, input.importance)
  const body = DECIDING_BODY[input.tier]
  const text =
    `已受理：${TRACK_LABELS[input.track]}，${IMPORTANCE_LABELS[input.importance]}件，` +
    `${formatChinaDateTime(dueAt)} 前答复` +
    (body ? `；此事${TIER_LABELS[input.tier]}，将提交${body}研究决定` : '')
  return {
    fields: {
      track: input.track,
      importance: input.importance,
      tier: input.tier,
      acceptedAt: ctx.now,
      dueAt,
    },
    text,
  }
}

/**
 * 当场答复: accepted and replied at once. The change is shared by the matter page and by
 * registration at the desk (matters/item-change.ts checks it the same way for both).
 */
export function replyOnSpotChange(ctx: StaffContext, input: AnswerOnSpot) {
  const { fields } = acceptance(ctx, input)
  return (item: ItemRecord, staff: StaffRecord): ItemRecord => ({
    ...item,
    ...fields,
    repliedAt: ctx.now,
    reply: { answer: input.answer, unit: input.unit, handler: input.handler, by: staff.openid, at: ctx.now },
    timeline: [
      ...item.timeline,
      entry(ctx, staff, 'accept', `当场受理（${TRACK_LABELS[input.track]}）`),
      entry(ctx, staff, 'reply', `当场答复：${input.answer}（办理单位：${input.unit}，经办人：${input.handler}）`),
    ],
  })
}
