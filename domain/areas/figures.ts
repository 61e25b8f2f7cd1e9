/**
 * Household counts for figures (a point, a township): nothing is shown of a scope with fewer
 * than HOUSEHOLD_AGGREGATE_MIN households, and a flag held by 1–9 of them is not counted
 * out, so no figure points at a home (DESIGN §7). Households that moved out are not counted.
 */
import { HOUSEHOLD_AGGREGATE_MIN, HOUSEHOLD_FLAGS, type HouseholdFlag, type HouseholdStatus } from './households'

export type HouseholdFigures =
  | { shown: false }
  /** `byFlag[f]` is null when 1 to (min − 1) households hold it: “不足 10 户” */
  | { shown: true; households: number; byFlag: Record<HouseholdFlag, number | null> }

export function householdFigures(
  households: readonly { flags: readonly HouseholdFlag[]; status: HouseholdStatus }[],
  min = HOUSEHOLD_AGGREGATE_MIN,
): HouseholdFigures {
  const living = households.filter((h) => h.status === 'active')
  if (living.length < min) return { shown: false }
  const count = (flag: HouseholdFlag) => living.filter((h) => h.flags.includes(flag)).length
  const byFlag = Object.fromEntries(HOUSEHOLD_FLAGS.map((f) => [f, count(f)]).map(([f, n]) => [f, n === 0 || (n as number) >= min ? n : null]))
  return { shown: true, households: living.length, byFlag: byFlag as Record<HouseholdFlag, number | null> }
}
