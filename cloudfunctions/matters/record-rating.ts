/**
 * 回访 of a matter registered for a resident without WeChat (代登记: no owner openid): the
 * responsible cadre or a leader of the point records the rating the resident gave. It is
 * stored marked as recorded (who, and the day of the 回访), shown as 干部回访记录 and never
 * as the resident's own. It has the consequences of the resident's own rating, 不满意
 * reopening the matter for a second handling: the judgement is the resident's, the cadre
 * only carries it, and a matter the resident is unhappy with is not done.
 */
import { RATING_LABELS } from '../../domain/matters/handling'
import type { MatterStaffEvent } from '../../domain/matters/schemas'
import { clause } from '../../domain/kernel/text'
import { formatChinaDate } from '../../domain/kernel/time'
import { isFutureChinaDate } from '../../domain/matters/deadlines'
import { changeItem } from './item-change'
import { applyRating } from './rating'
import type { ItemRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { matterRelation } from '../../domain/matters/policy'
import type { StaffContext } from '../kernel/staff-context'
import { entry, view } from './item-ops'

export async function recordRating(input: MatterStaffEvent<'item.recordRating'>, ctx: StaffContext) {
  const staff = await ctx.caller()
  const note = input.note ?? ''
  const item = await changeItem(
    ctx.db,
    input.id,
    {
      action: 'recordRating',
      roleOf: (i) => matterRelation(staff, i),
      unsatisfied: input.level === 'unsatisfied',
      apply: (i: ItemRecord, to) => {
        if (i.ownerOpenid) throw new AppError('FORBIDDEN', '这件事由居民本人在小程序里评议，不能由干部代为记录')
        if (isFutureChinaDate(input.visitedAt, ctx.now)) throw new AppError('INVALID_INPUT', '回访日期不能晚于今天')
        if (i.repliedAt && input.visitedAt < formatChinaDate(i.repliedAt)) throw new AppError('INVALID_INPUT', '回访日期不能早于答复的日期')
        const rating = { level: input.level, solved: input.solved, opinion: note, at: ctx.now, recordedBy: staff.openid, recordedByName: staff.name, visitedAt: input.visitedAt }
        const said =
          `干部回访记录（${input.visitedAt}）：${RATING_LABELS[input.level]}，${input.solved ? '问题已解决' : '问题未解决'}` +
          (note ? `。居民的意见：${clause(note)}` : '')
        return applyRating(i, to, rating, entry(ctx, staff, 'rate', said), ctx.now)
      },
    },
    ctx.now,
    ctx.options.retry,
    ctx.queued,
  )
  return view(ctx, staff, item)
}
