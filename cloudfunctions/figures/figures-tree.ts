/**
 * The organisation tree as the figures read it: a node (`orgs`, one document per node, its
 * id its code), the points under it (every point's `orgPath` lists the nodes above it) and
 * its children. A few small queries per node, whatever the number of matters.
 */
import type { NodeHead, NodeLevel, NodeSummary } from '../../domain/figures/api'
import type { NodeCaller } from '../../domain/figures/policy'
import { mayReadNode } from '../../domain/orgs/policy'
import { isDeploymentAdmin } from '../../domain/points/roles'
import type { DatabasePort } from '../kernel/port'
import { reader } from '../kernel/reads'

export interface OrgRow {
  _id: string
  code: string
  name: string
  level: NodeLevel
  parent: string | null
  /** the codes above it, root first */
  path: string[]
  active: boolean
}

export interface PointUnder {
  _id: string
  code: string
  name: string
  /** the village or community it belongs to */
  org: string
  /** that node's path and the node itself, root first */
  orgPath: string[]
}

const orgs = reader<OrgRow>('orgs', { code: 'string', name: 'string', level: 'string', parent: 'string?', path: 'array', active: 'boolean' })
const pointsUnder = reader<PointUnder>('points', { code: 'string', name: 'string', org: 'string', orgPath: 'array' })

/** A node and its way up (the ancestors' names); null when there is no such active node. */
export async function readNode(db: DatabasePort, code: string): Promise<OrgRow | null> {
  const node = orgs.one((await db.collection('orgs').doc(code).get()).data)
  return node && node.active ? node : null
}

const summary = (n: OrgRow): NodeSummary => ({ code: n.code, name: n.name, level: n.level })

/** The node with its ancestors as far up as the caller reaches (a township leader's way starts at the township). */
export async function nodeHead(db: DatabasePort, node: OrgRow, caller: NodeCaller): Promise<NodeHead> {
  const above = await Promise.all(node.path.map((code) => db.collection('orgs').doc(code).get()))
  const reached = above.map((r) => orgs.one(r.data)).filter((n): n is OrgRow => n !== null && mayReadNode(caller, n))
  return { ...summary(node), path: [...reached.map(summary), summary(node)] }
}

/** The active points under a node, by code. */
export async function readPointsUnder(db: DatabasePort, code: string): Promise<PointUnder[]> {
  const { data } = await db
    .collection('points')
    .where({ orgPath: code, active: true })
    .field({ code: true, name: true, org: true, orgPath: true })
    .orderBy('code', 'asc')
    .limit(1000)
    .get()
  return pointsUnder.some(data, ['code', 'name', 'org', 'orgPath'])
}

/** The active nodes right below a node, by code. */
export async function readChildNodes(db: DatabasePort, code: string): Promise<OrgRow[]> {
  const { data } = await db.collection('orgs').where({ parent: code, active: true }).orderBy('code', 'asc').limit(200).get()
  return orgs.all(data)
}

/** The highest nodes the caller reads: a deployment admin's roots; anyone else's held nodes, less those under another. */
export async function topNodes(db: DatabasePort, caller: NodeCaller): Promise<NodeSummary[]> {
  if (isDeploymentAdmin(caller)) {
    const { data } = await db.collection('orgs').where({ parent: null, active: true }).orderBy('code', 'asc').limit(200).get()
    return orgs.all(data).map(summary)
  }
  const held = await Promise.all((caller.nodes ?? []).map((code) => readNode(db, code)))
  const found = held.filter((n): n is OrgRow => n !== null)
  const codes = new Set(found.map((n) => n.code))
  return found
    .filter((n) => !n.path.some((c) => codes.has(c)))
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .map(summary)
}
