/**
 * 数字 of a node of the organisation tree (county → township → village → its points): the
 * sum of its points' figures (`sumFigures`, domain/figures/rollups.ts). Counts are added; every rate is worked out again from the
 * added counts (never an average of the points' rates, which would weigh a point of 3
 * matters like one of 300), so the minimum sample holds for the node as for a point.
 *
 * The children of a node are ranked by 反馈办结率 and by 满意率; a child whose rate stands
 * on fewer than FIGURES.minSample matters is listed apart, 样本不足，不排名, never ranked.
 */
import type { MatterFigures, Rate } from './figures'

/** The rates children are ranked by. */
export const RANKED_BY = ['feedbackRate', 'satisfaction'] as const
export type RankedBy = (typeof RANKED_BY)[number]

export const RANKING_TITLES: Record<RankedBy, string> = { feedbackRate: '反馈办结率', satisfaction: '满意率' }

/** What is said of a child left out of a ranking. */
export const UNRANKED_NOTE = '样本不足，不排名'

export interface RankedChild {
  code: string
  name: string
  /** 1 is best; equal rates share a place (1, 2, 2, 4) */
  rank: number
  /** the percentage, one decimal */
  value: number
  count: number
  of: number
}

export interface UnrankedChild {
  code: string
  name: string
  /** the matters the rate would stand on, fewer than the minimum sample */
  n: number
}

export interface Ranking {
  by: RankedBy
  title: string
  ranked: RankedChild[]
  unranked: UnrankedChild[]
  /** 样本不足，不排名: said of every child in `unranked` */
  note: string
}

export interface Rankable {
  code: string
  name: string
  figures: Pick<MatterFigures, RankedBy>
}

/** The children by one rate, best first (ties by code, so the order is stable); the small samples apart. */
export function rankBy(children: readonly Rankable[], by: RankedBy): Ranking {
  const ranked: Omit<RankedChild, 'rank'>[] = []
  const unranked: UnrankedChild[] = []
  for (const c of children) {
    const r: Rate = c.figures[by]
    if ('insufficient' in r) unranked.push({ code: c.code, name: c.name, n: r.n })
    else ranked.push({ code: c.code, name: c.name, value: r.value, count: r.count, of: r.of })
  }
  // compare the exact fractions, not the rounded percentages: 2/3 ranks above 666/1000
  ranked.sort((x, y) => y.count * x.of - x.count * y.of || (x.code < y.code ? -1 : 1))
  const places: RankedChild[] = []
  ranked.forEach((c, i) => {
    const prev = places[i - 1]
    const tie = prev && prev.count * c.of === c.count * prev.of
    places.push({ ...c, rank: tie ? prev.rank : i + 1 })
  })
  unranked.sort((x, y) => (x.code < y.code ? -1 : 1))
  return { by, title: RANKING_TITLES[by], ranked: places, unranked, note: UNRANKED_NOTE }
}

/** Both rankings of a node's children. */
export const rankChildren = (children: readonly Rankable[]): Ranking[] => RANKED_BY.map((by) => rankBy(children, by))
