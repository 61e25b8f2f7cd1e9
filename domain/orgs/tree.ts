/**
 * 组织架构: county (区/县) → township (乡镇/街道) → village or community (村/社区) → its
 * points. Each node keeps its ancestors root-first (`path`), each point its village's path
 * and the village (`orgPath`), so "everything below a node" is one array-contains query.
 */

export const ORG_LEVELS = ['county', 'township', 'village'] as const
export type OrgLevel = (typeof ORG_LEVELS)[number]

export const ORG_LEVEL_LABELS: Record<OrgLevel, string> = { county: '区/县', township: '乡镇/街道', village: '村/社区' }

/** Upper-case letters, digits and '-', starting with a letter (point codes are lower case, so a code says which it is). */
export const ORG_CODE = /^[A-Z][A-Z0-9-]{0,19}$/

export interface OrgNode {
  readonly code: string
  readonly name: string
  readonly level: OrgLevel
  readonly parent: string | null
  /** ancestor codes, root first, not the node itself */
  readonly path: readonly string[]
  readonly active: boolean
}

/** The level a node's parent has (null: a county has none). */
export function parentLevel(level: OrgLevel): OrgLevel | null {
  const i = ORG_LEVELS.indexOf(level)
  return i === 0 ? null : ORG_LEVELS[i - 1]
}

/** The level of a node's children (null: a village's children are points). */
export function childLevel(level: OrgLevel): OrgLevel | null {
  return ORG_LEVELS[ORG_LEVELS.indexOf(level) + 1] ?? null
}

/** A node's path under `parent` (root: []). */
export const pathUnder = (parent: Pick<OrgNode, 'code' | 'path'> | null): string[] => (parent ? [...parent.path, parent.code] : [])

/** A point's `orgPath`: its village's path and the village, root first. */
export const orgPathOf = (village: Pick<OrgNode, 'code' | 'path'>): string[] => pathUnder(village)

/** The node and its ancestors: whoever holds a role at one of them reaches the node. */
export const lineOf = (node: Pick<OrgNode, 'code' | 'path'>): string[] => [...node.path, node.code]

/** Holds a role at the node or above it. */
export const reachesNode = (held: readonly string[], node: Pick<OrgNode, 'code' | 'path'>) => lineOf(node).some((c) => held.includes(c))

/** Why `child` cannot sit under `parent`, or null when it can. */
export function placementProblem(child: { code: string; level: OrgLevel }, parent: OrgNode | null): string | null {
  const wanted = parentLevel(child.level)
  if (!wanted) return parent ? `${ORG_LEVEL_LABELS.county}是最上一级，不能放在别的节点下面` : null
  if (!parent) return `${ORG_LEVEL_LABELS[child.level]}必须放在一个${ORG_LEVEL_LABELS[wanted]}下面`
  if (!parent.active) return `「${parent.name}」已撤销，不能在它下面添加或移入`
  if (parent.code === child.code || parent.path.includes(child.code)) return '不能把节点移到它自己或它的下级下面'
  if (parent.level !== wanted) return `${ORG_LEVEL_LABELS[child.level]}只能放在${ORG_LEVEL_LABELS[wanted]}下面，「${parent.name}」是${ORG_LEVEL_LABELS[parent.level]}`
  return null
}

/** Why a point cannot belong to `node`, or null when it can: points sit under a village or community. */
export function pointPlacementProblem(node: OrgNode | null): string | null {
  if (!node) return '请选择说事点所在的村/社区'
  if (node.level !== 'village') return `说事点只能放在村/社区下面，「${node.name}」是${ORG_LEVEL_LABELS[node.level]}`
  if (!node.active) return `「${node.name}」已撤销，不能在它下面添加说事点`
  return null
}

/** Why a node cannot be retired yet: it still has active children or points. */
export function retireProblem(node: OrgNode, activeChildren: number, activePoints: number): string | null {
  if (!node.active) return `「${node.name}」已经撤销了`
  if (activeChildren > 0) return `「${node.name}」下面还有 ${activeChildren} 个在用的下级，请先移走或撤销它们`
  if (activePoints > 0) return `「${node.name}」下面还有 ${activePoints} 个在用的说事点，请先移走或停用它们`
  return null
}

/**
 * A descendant's path once `moved` is under a new parent: the part from `moved` down stays,
 * what was above it becomes `movedPath` (the moved node's new path).
 */
export function pathAfterMove(path: readonly string[], moved: string, movedPath: readonly string[]): string[] {
  const at = path.indexOf(moved)
  return at < 0 ? [...path] : [...movedPath, ...path.slice(at)]
}

/** The nodes as a tree, roots first, each node's children by code. */
export function sortedTree<N extends { code: string; parent: string | null }>(nodes: readonly N[]): N[] {
  const byParent = new Map<string | null, N[]>()
  const codes = new Set(nodes.map((n) => n.code))
  for (const n of nodes) {
    const key = n.parent && codes.has(n.parent) ? n.parent : null
    byParent.set(key, [...(byParent.get(key) ?? []), n])
  }
  const out: N[] = []
  const walk = (parent: string | null) => {
    for (const n of (byParent.get(parent) ?? []).sort((a, b) => a.code.localeCompare(b.code))) {
      out.push(n)
      walk(n.code)
    }
  }
  walk(null)
  return out
}
