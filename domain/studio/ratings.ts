/**
 * 评议 of a 两代表工作室 by party members and residents, once a quarter each, like the
 * representatives' rating of a point's quarter. The studio's staff see counts; the opinions
 * only from STUDIO.opinionsShownFrom responses on (fewer could name who wrote them), and
 * always with personal data taken out (domain/privacy/redact). Pure.
 */
import { RATING_LEVELS, type RatingLevel } from '../matters/handling'
import { quarterOf } from '../kernel/periods'

/** `YYYY-Qn`. */
export const QUARTER = /^(20\d\d)-Q([1-4])$/

export const quarterName = (at: Date) => {
  const { year, quarter } = quarterOf(at)
  return `${year}-Q${quarter}`
}

export function quarterWords(quarter: string): string {
  const m = QUARTER.exec(quarter)
  return m ? `${m[1]} 年第 ${m[2]} 季度` : quarter
}

export type RatingCounts = Record<RatingLevel, number>

export function tally(levels: readonly RatingLevel[]): RatingCounts {
  const out = Object.fromEntries(RATING_LEVELS.map((l) => [l, 0])) as RatingCounts
  for (const l of levels) out[l]++
  return out
}
