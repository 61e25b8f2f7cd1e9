/**
 * 评议 results for the studio's staff (studio.ratings): counts by level; the opinions only
 * from STUDIO.opinionsShownFrom responses, each with personal data taken out (domain/privacy).
 */
import type { StudioRatingsView } from '../../domain/studio/api'
import { tally } from '../../domain/studio/ratings'
import { mayWorkAtStudio } from '../../domain/studio/policy'
import type { StudioStaffEvent } from '../../domain/studio/schemas'
import { STUDIO } from '../../domain/policy/defaults'
import { redact } from '../../domain/privacy/redact'
import { requireRight } from '../kernel/access'
import type { StaffContext } from '../kernel/staff-context'
import { asRatings } from './records'
import { findStudio } from './studio-reads'

export async function studioRatings(input: StudioStaffEvent<'studio.ratings'>, ctx: StaffContext): Promise<StudioRatingsView> {
  const me = await ctx.caller()
  requireRight(mayWorkAtStudio(me, input.pointCode), '您不是这个两代表工作室的工作人员')
  const point = await findStudio(ctx.db, input.pointCode)
  const { data } = await ctx.db.collection('studioRatings').where({ pointCode: point.code, quarter: input.quarter }).limit(1000).get()
  const ratings = asRatings(data)
  const shown = ratings.length >= STUDIO.opinionsShownFrom
  return {
    pointCode: point.code,
    quarter: input.quarter,
    total: ratings.length,
    counts: tally(ratings.map((r) => r.level)),
    opinions: shown ? ratings.filter((r) => r.opinion.trim()).map((r) => redact(r.opinion, {})) : [],
    opinionsFrom: STUDIO.opinionsShownFrom,
  }
}
