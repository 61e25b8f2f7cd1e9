/** 意见建议 the studio collects (studio.suggest) and their list (studio.suggestions). */
import type { SuggestionView } from '../../domain/studio/api'
import { mayWorkAtStudio, studioRecordsScope } from '../../domain/studio/policy'
import type { StudioStaffEvent } from '../../domain/studio/schemas'
import { narrowPoints, pointsOfScope, requireRight, requireScope } from '../kernel/access'
import { stableId } from '../kernel/ids'
import type { StaffContext } from '../kernel/staff-context'
import { asSuggestions } from './records'
import { recordSuggestion } from './suggestion-change'
import { suggestionView } from './suggestion-view'
import { findStudio } from './studio-reads'

const REFUSED = '您不是这个两代表工作室的工作人员'

export async function studioSuggest(input: StudioStaffEvent<'studio.suggest'>, ctx: StaffContext): Promise<SuggestionView> {
  const me = await ctx.caller()
  requireRight(mayWorkAtStudio(me, input.pointCode), REFUSED)
  const point = await findStudio(ctx.db, input.pointCode)
  const s = await recordSuggestion(
    ctx.db,
    {
      _id: stableId('suggestion', me.openid, input.requestId),
      pointCode: point.code,
      content: input.content,
      raisedBy: input.raisedBy,
      raisers: [],
      state: 'collected',
      route: null,
      progress: [],
      feedback: null,
      createdAt: ctx.now,
      createdBy: me.openid,
    },
    ctx.options.retry,
  )
  return suggestionView(s)
}

export async function studioSuggestions(input: StudioStaffEvent<'studio.suggestions'>, ctx: StaffContext): Promise<{ suggestions: SuggestionView[] }> {
  const me = await ctx.caller()
  // the list's rule narrowed to the studio asked for: refused when it does not cover it
  narrowPoints(pointsOfScope(requireScope(studioRecordsScope(me), REFUSED)), input.pointCode, REFUSED)
  const { data } = await ctx.db
    .collection('suggestions')
    .where({ pointCode: input.pointCode })
    .orderBy('createdAt', 'desc')
    .limit(100)
    .get()
  return { suggestions: asSuggestions(data).map(suggestionView) }
}
