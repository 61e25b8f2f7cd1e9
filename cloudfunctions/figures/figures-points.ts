/**
 * The matter figures of points over a period, from roll-ups and the matters still open.
 *
 * A period is split into whole China months and the days of a month it cuts
 * (domain/figures/rollups.ts). For the whole months the settled matters come summed
 * from their points' roll-ups (one request per 1,000 point-months) and only the
 * unsettled matters are read one by one (index `status_point_created`); the cut days are
 * read matter by matter as before. So a county's quarter costs a few requests however
 * many matters are stored, and the answer is exactly the matter-by-matter one
 * (`npm run check:rollups`, figures/rollups.test.ts).
 */
import { emptyCounts, ratesOf, tally, type MatterCounts, type MatterFigures } from '../../domain/figures/figures'
import { addCounts, splitByMonths, sumFigures, UNSETTLED } from '../../domain/figures/rollups'
import type { DatabasePort, QueryCondition } from '../kernel/port'
import { liveFigures, readFacts, type FigureScope } from './figures-read'
import { asRollups, ROLLUPS } from './rollup-write'

const PAGE = 1000

/** The roll-ups of the points' whole months. */
async function readRollups(db: DatabasePort, pointCodes: string[] | null, months: string[], into: (point: string, c: MatterCounts) => void) {
  const _ = db.command
  const where: QueryCondition = { month: _.gte(months[0]).and(_.lte(months[months.length - 1])) }
  if (pointCodes) where.pointCode = pointCodes.length === 1 ? pointCodes[0] : _.in(pointCodes)
  for (let skip = 0; ; skip += PAGE) {
    const { data } = await db.collection(ROLLUPS).where(where).orderBy('_id', 'asc').skip(skip).limit(PAGE).get()
    for (const r of asRollups(data)) into(r.pointCode, r.counts)
    if (data.length < PAGE) return
  }
}

/**
 * Each point's matter figures for the matters registered in [from, to) (instants, as
 * `periodInstants` gives them), judged at `now`. `pointCodes` null: every point that has
 * matters; otherwise every point asked for, with zeros where it has none.
 */
export async function figuresOfPoints(
  db: DatabasePort,
  pointCodes: string[] | null,
  from: Date,
  to: Date,
  now: Date,
  outOfTime?: () => boolean,
): Promise<Map<string, MatterFigures>> {
  const counts = new Map<string, MatterCounts>((pointCodes ?? []).map((p) => [p, emptyCounts()]))
  const of = (point: string) => counts.get(point) ?? counts.set(point, emptyCounts()).get(point)!
  if (!pointCodes || pointCodes.length > 0) {
    const split = splitByMonths(from, to)
    const live = async (start: Date, end: Date, statuses?: typeof UNSETTLED) => {
      const scope: FigureScope = { pointCodes, cadre: null, start, end }
      for await (const page of readFacts(db, scope, { outOfTime, statuses })) for (const f of page) tally(of(f.pointCode), f, now)
    }
    if (split.whole) {
      await readRollups(db, pointCodes, split.months, (point, c) => counts.set(point, addCounts(of(point), c)))
      await live(split.whole.start, split.whole.end, UNSETTLED)
    }
    for (const p of split.partial) await live(p.start, p.end)
  }
  return new Map([...counts].map(([point, c]) => [point, ratesOf(c)]))
}

/**
 * The matter figures of a scope: the one computation behind 数字, the quarter's report and
 * the board's headline, so no two of them can disagree. A cadre's own figures are read
 * matter by matter (roll-ups are per point; a cadre's matters are few).
 */
export async function matterFigures(db: DatabasePort, scope: FigureScope, now: Date, outOfTime?: () => boolean): Promise<MatterFigures> {
  if (scope.cadre) return liveFigures(db, scope, now, outOfTime)
  return sumFigures((await figuresOfPoints(db, scope.pointCodes, scope.start, scope.end, now, outOfTime)).values())
}
