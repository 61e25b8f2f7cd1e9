/**
 * 数字 (figures, 走访 figures): leaders see their own points', admins every point's.
 * `figuresScope` is the same rule as a query over a point's records.
 *
 * A node of the organisation tree (county, township, village): a deployment admin (an admin
 * holding no point and no node) reads every node; a leader or admin whose role is held at
 * the node or at a node above it reads it, and nothing beside it (a sibling township's
 * leader is refused). `mayReadNode` is the tree's own rule; it lives here until the tree's
 * policy in domain/orgs takes it over.
 */
import { managedPointsScope } from '../points/policy'
import { holds, isAdmin, LEADS, managedPoints, managesPoint, type Caller } from '../points/roles'

export const mayReadFigures = (c: Caller) => holds(c, LEADS)
export const mayReadFiguresOf = (c: Caller, record: { readonly pointCode: string }) => managesPoint(c, record.pointCode)

/** The points whose figures the caller reads: null = every point. */
export const figurePoints = (c: Caller) => managedPoints(c)

/** `mayReadFiguresOf` as a query over a point's records (null: none). */
export const figuresScope = managedPointsScope

/** A caller as the tree sees them: the nodes where their roles are held. */
export type NodeCaller = Caller & { readonly nodes?: readonly string[] }

/** A node of the tree: its code and its ancestors' codes, root first. */
export interface NodeRef {
  readonly code: string
  readonly path: readonly string[]
}

const heldNodes = (c: NodeCaller) => c.nodes ?? []

/** An admin of the whole deployment: holds no point and no node. */
export const isDeploymentAdmin = (c: NodeCaller) => isAdmin(c) && c.points.length === 0 && heldNodes(c).length === 0

/** Deployment admin, or a role held at the node or an ancestor. */
export const mayReadNode = (c: NodeCaller, node: NodeRef) =>
  isDeploymentAdmin(c) || (c.active && heldNodes(c).some((n) => n === node.code || node.path.includes(n)))

/** A node's 数字: a leader or admin who reaches the node. */
export const mayReadNodeFigures = (c: NodeCaller, node: NodeRef) => mayReadFigures(c) && mayReadNode(c, node)
