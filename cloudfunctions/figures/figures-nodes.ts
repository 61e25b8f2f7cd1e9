/**
 * 数字 of a node (county, township, village): each point's figures, read from the same
 * month roll-ups as a point's own page (figures-points.ts), then added up (domain/figures/rollup.ts):
 * a child's figures are the sum of its points', the node's the sum of all of them, and the
 * children are ranked with the small samples apart. Rights first: the caller's role, then
 * the node they ask for, before any matter is read.
 */
import type { ChildFigures, NodeHead, NodeLevel } from '../../domain/figures/api'
import type { MatterFigures } from '../../domain/figures/figures'
import { mayReadFigures, mayReadNodeFigures, type NodeCaller } from '../../domain/figures/policy'
import { isDeploymentAdmin } from '../../domain/points/roles'
import { rankChildren, type Ranking } from '../../domain/figures/rollup'
import { sumFigures } from '../../domain/figures/rollups'
import { requireRight } from '../kernel/access'
import type { DatabasePort } from '../kernel/port'
import { AppError } from '../kernel/respond'
import type { FigureScope } from './figures-read'
import { figuresOfPoints, matterFigures } from './figures-points'
import { nodeHead, readChildNodes, readNode, readPointsUnder, type PointUnder } from './figures-tree'

export const NODE_REFUSAL = '您只能查看本级和下级组织的数字'

export interface NodeRollup {
  node: NodeHead
  /** every point under the node */
  pointCodes: string[]
  figures: MatterFigures
  children: ChildFigures[]
  rankings: Ranking[]
}

/** Points read at once: a few, so a county's points do not all hit the database together. */
const AT_ONCE = 4

/**
 * Each point's matter figures: all points at once from their month roll-ups and unsettled
 * matters (figures-points.ts); a cadre's figures, which roll-ups do not keep, a few points at a time.
 */
export async function pointFigures(
  db: DatabasePort,
  codes: readonly string[],
  scope: Omit<FigureScope, 'pointCodes'>,
  now: Date,
  outOfTime?: () => boolean,
): Promise<Map<string, MatterFigures>> {
  if (!scope.cadre) return figuresOfPoints(db, [...codes], scope.start, scope.end, now, outOfTime)
  const out = new Map<string, MatterFigures>()
  for (let i = 0; i < codes.length; i += AT_ONCE) {
    const batch = codes.slice(i, i + AT_ONCE)
    const figures = await Promise.all(batch.map((code) => matterFigures(db, { ...scope, pointCodes: [code] }, now, outOfTime)))
    batch.forEach((code, k) => out.set(code, figures[k]))
  }
  return out
}

function childView(code: string, name: string, level: NodeLevel | 'point', points: number, f: MatterFigures): ChildFigures {
  const { counts } = f
  return {
    code,
    name,
    level,
    points,
    collected: counts.collected,
    withdrawn: counts.withdrawn,
    answeredClosed: counts.answeredClosed,
    overdueNow: counts.overdueNow,
    responded24h: f.responded24h,
    onTime: f.onTime,
    feedbackRate: f.feedbackRate,
    solved: f.solved,
    satisfaction: f.satisfaction,
  }
}

interface Child {
  code: string
  name: string
  level: NodeLevel | 'point'
  points: PointUnder[]
}

/** A village's children are its points; a county's or a township's, the nodes right below. */
async function childrenOf(db: DatabasePort, code: string, level: NodeLevel, points: PointUnder[]): Promise<Child[]> {
  if (level === 'village') return points.map((p) => ({ code: p.code, name: p.name, level: 'point', points: [p] }))
  const nodes = await readChildNodes(db, code)
  return nodes.map((n) => ({ code: n.code, name: n.name, level: n.level, points: points.filter((p) => p.orgPath.includes(n.code)) }))
}

/** The caller may read the node: checked before anything under it is read. */
export async function requireNode(db: DatabasePort, caller: NodeCaller, code: string) {
  requireRight(mayReadFigures(caller))
  const node = await readNode(db, code)
  if (!node) {
    // only someone who reaches every node is told that one does not exist
    requireRight(isDeploymentAdmin(caller), NODE_REFUSAL)
    throw new AppError('NOT_FOUND', '没有这个组织')
  }
  requireRight(mayReadNodeFigures(caller, node), NODE_REFUSAL)
  return node
}

/** A node's figures: the sum of its points', each child's beside them, and the children ranked. */
export async function nodeRollup(
  db: DatabasePort,
  caller: NodeCaller,
  code: string,
  scope: Omit<FigureScope, 'pointCodes'>,
  now: Date,
  outOfTime?: () => boolean,
): Promise<NodeRollup> {
  const node = await requireNode(db, caller, code)
  const points = await readPointsUnder(db, node.code)
  const [head, children, perPoint] = await Promise.all([
    nodeHead(db, node, caller),
    childrenOf(db, node.code, node.level, points),
    pointFigures(db, points.map((p) => p.code), scope, now, outOfTime),
  ])
  const figuresOf = (ps: PointUnder[]) => sumFigures(ps.map((p) => perPoint.get(p.code)).filter((f): f is MatterFigures => f !== undefined))
  const summed = children.map((c) => ({ ...c, figures: figuresOf(c.points) }))
  return {
    node: head,
    pointCodes: points.map((p) => p.code),
    figures: figuresOf(points),
    children: summed.map((c) => childView(c.code, c.name, c.level, c.points.length, c.figures)),
    rankings: rankChildren(summed),
  }
}
