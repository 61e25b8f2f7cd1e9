/**
 * 组织架构: who reads a node and who changes it. A role held at a node reaches the node and
 * everything below it; the deployment admin (no point, no node) reaches every node.
 */
import { inList, type Scope } from '../kernel/scope'
import { holds, isAdmin, isDeploymentAdmin, type Caller } from '../points/roles'
import { reachesNode, type OrgNode } from './tree'

type Placed = Pick<OrgNode, 'code' | 'path'>

/** Reads a node (and its points in the tree): the deployment admin, or a role held at the node or above it. */
export const mayReadNode = (c: Caller, node: Placed) => isDeploymentAdmin(c) || (holds(c, c.roles) && reachesNode(c.nodes, node))

/** Adds under, renames, moves or retires a node: the deployment admin, or an admin held at the node or above it. */
export const mayManageNode = (c: Caller, node: Placed) => isDeploymentAdmin(c) || (isAdmin(c) && reachesNode(c.nodes, node))

/** A new county (a root): the deployment admin alone. */
export const mayAddRoot = (c: Caller) => isDeploymentAdmin(c)

/** The tree opens for every active member of staff: each sees what they reach (held at points only: no node). */
export const mayReadTree = (c: Caller) => holds(c, c.roles)

/** `mayReadNode` as a query over the orgs collection (null: none). */
export function nodeScope(c: Caller): Scope | null {
  if (isDeploymentAdmin(c)) return {}
  if (!mayReadTree(c)) return null
  return { $or: [{ code: inList(c.nodes) }, { path: inList(c.nodes) }] }
}
