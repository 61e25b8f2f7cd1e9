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
import { holds, LEADS, managesPoint, type Caller } from '../points/roles'
import { mayReadNode } from '../orgs/policy'
import type { OrgNode } from '../orgs/tree'

export const mayReadFigures = (c: Caller) => holds(c, LEADS)
export const mayReadFiguresOf = (c: Caller, record: { readonly pointCode: string }) => managesPoint(c, record.pointCode)

/** `mayReadFiguresOf` as a query over a point's records (null: none): figures.get and figures.items read through it. */
export const figuresScope = managedPointsScope

/** A caller as the tree sees them (every Caller carries the nodes its roles are held at). */
export type NodeCaller = Caller

/** A node of the tree: its code and its ancestors' codes, root first. */
export type NodeRef = Pick<OrgNode, 'code' | 'path'>

/** A node's 数字: a leader or admin who reaches the node (domain/orgs/policy.ts `mayReadNode`). */
export const mayReadNodeFigures = (c: Caller, node: NodeRef) => mayReadFigures(c) && mayReadNode(c, node)
