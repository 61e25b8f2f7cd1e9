/**
 * The studio's page for residents: the month's published plan with the deputies on duty
 * (studio.plan), 评议 of the studio once a quarter (studio.rate) and a suggestion raised in
 * the app (studio.suggest), which the studio then follows like any it collects.
 */
import type { PublicPlanView, StudioResidentResponses } from '../../domain/studio/api'
import { quarterName } from '../../domain/studio/ratings'
import type { StudioResidentEvent } from '../../domain/studio/schemas'
import { stableId } from '../kernel/ids'
import type { ResidentContext } from '../kernel/resident-context'
import { AppError } from '../kernel/respond'
import { runTransactionWithRetry } from '../kernel/transaction'
import { asRating, type StudioRatingRecord } from './records'
import { recordSuggestion } from './suggestion-change'
import { deputiesOf, entryViews, findStudio, readPlan } from './studio-reads'

const ratingId = (code: string, quarter: string, openid: string) => `${code}-${quarter}-${openid}`

export async function residentStudioPlan(input: StudioResidentEvent<'studio.plan'>, ctx: ResidentContext): Promise<PublicPlanView> {
  const openid = ctx.openid()
  const point = await findStudio(ctx.db, input.pointCode)
  const plan = await readPlan(ctx.db, point.code, input.month)
  const entries = plan?.published ? entryViews(plan.entries, await deputiesOf(ctx.db, point.code)) : []
  const quarter = quarterName(ctx.now)
  const mine = asRating((await ctx.db.collection('studioRatings').doc(ratingId(point.code, quarter, openid)).get()).data)
  return { pointCode: point.code, pointName: point.name, month: input.month, entries, quarter, myRating: mine ? { level: mine.level, opinion: mine.opinion } : null }
}

/** Once a quarter per resident: a second rating answers the first, never overwrites it. */
export async function residentStudioRate(input: StudioResidentEvent<'studio.rate'>, ctx: ResidentContext): Promise<StudioResidentResponses['studio.rate']> {
  const openid = ctx.openid()
  if (input.quarter !== quarterName(ctx.now)) throw new AppError('INVALID_INPUT', '只能评议本季度')
  const point = await findStudio(ctx.db, input.pointCode)
  const id = ratingId(point.code, input.quarter, openid)
  const kept = await runTransactionWithRetry(
    ctx.db,
    async (tx) => {
      const ref = tx.collection('studioRatings').doc(id)
      const found = asRating((await ref.get()).data)
      if (found) return found
      const record: Omit<StudioRatingRecord, '_id'> = { pointCode: point.code, quarter: input.quarter, openid, level: input.level, opinion: input.opinion ?? '', at: ctx.now }
      await ref.set({ data: record })
      return { _id: id, ...record }
    },
    ctx.options.retry,
  )
  return { quarter: kept.quarter, level: kept.level, opinion: kept.opinion }
}

export async function residentStudioSuggest(input: StudioResidentEvent<'studio.suggest'>, ctx: ResidentContext): Promise<{ id: string }> {
  const openid = ctx.openid()
  const point = await findStudio(ctx.db, input.pointCode)
  const s = await recordSuggestion(
    ctx.db,
    {
      _id: stableId('suggestion', openid, input.requestId),
      pointCode: point.code,
      content: input.content,
      raisedBy: '居民（小程序）',
      raisers: [openid],
      state: 'collected',
      route: null,
      progress: [],
      feedback: null,
      createdAt: ctx.now,
      createdBy: openid,
    },
    ctx.options.retry,
  )
  return { id: s._id }
}
