import type { OrgNodeView } from '../../../domain/orgs/api'
import { ORG_LEVELS, ORG_LEVEL_LABELS } from '../../../domain/orgs/tree'

/** One row of the tree as shown: a node, or a point under its village. */
export interface OrgRow {
  /** a node's code, or a point's */
  code: string
  name: string
  kind: 'node' | 'point'
  /** 0 for a county; a point one deeper than its village */
  depth: number
  /** 区/县, 乡镇/街道, 村/社区, 说事点 */
  note: string
  /** the node's view (for a point: its village; null for a point outside the tree) */
  node: OrgNodeView | null
}

/**
 * The tree's rows in order (orgs.tree answers parents before children), each village
 * followed by its points, named from `pointNames` (the code when a name is unknown).
 */
export function orgRows(nodes: readonly OrgNodeView[], pointNames: ReadonlyMap<string, string>): OrgRow[] {
  const codes = new Set(nodes.map((n) => n.code))
  const depthOf = new Map<string, number>()
  const rows: OrgRow[] = []
  for (const n of nodes) {
    // a subtree reached without its parent starts at the left
    const depth = n.parent && codes.has(n.parent) ? (depthOf.get(n.parent) ?? 0) + 1 : 0
    depthOf.set(n.code, depth)
    rows.push({ code: n.code, name: n.name, kind: 'node', depth, note: ORG_LEVEL_LABELS[n.level], node: n })
    for (const p of n.points) rows.push({ code: p, name: pointNames.get(p) ?? p, kind: 'point', depth: depth + 1, note: '说事点', node: n })
  }
  return rows
}

/** The nodes a node of `level` may sit under. */
export const parentsFor = (nodes: readonly OrgNodeView[], level: OrgNodeView['level']) =>
  nodes.filter((n) => ORG_LEVELS.indexOf(n.level) === ORG_LEVELS.indexOf(level) - 1)
