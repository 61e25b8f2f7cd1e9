/**
 * The one write path of the organisation tree: add, rename, move, retire a node. Moving a
 * node rewrites the `path` of the nodes below it and the `orgPath` of the points below in
 * bounded operations: one batch update per level of nodes and one per village, then the
 * node itself last, so a move cut short is finished by asking for it again. Points keep
 * their codes (and so their matters) whatever happens to their village.
 */
import type { OrgEvent } from '../../domain/orgs/schemas'
import { mayAddRoot, mayManageNode } from '../../domain/orgs/policy'
import { pathUnder, placementProblem, retireProblem } from '../../domain/orgs/tree'
import type { Caller } from '../../domain/points/roles'
import { requireRight } from '../kernel/access'
import type { DatabasePort } from '../kernel/port'
import type { OrgRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { runTransactionWithRetry, type RetryOptions } from '../kernel/transaction'
import { asOrg } from '../kernel/reads'
import { readAll, readNode } from './reach'

const REFUSED = '您只能管理自己负责的组织节点'

/** The node, if the caller may manage it; a refusal either way tells nothing of whether it exists. */
async function managedNode(db: DatabasePort, c: Caller, code: string): Promise<OrgRecord> {
  const node = await readNode(db, code)
  requireRight(Boolean(node && mayManageNode(c, node)), REFUSED)
  return node!
}

/** The parent a node goes under (null: a county), checked for the caller and the level. */
async function parentFor(db: DatabasePort, c: Caller, child: { code: string; level: OrgRecord['level'] }, code: string | null | undefined) {
  if (!code) {
    requireRight(mayAddRoot(c), REFUSED)
    const problem = placementProblem(child, null)
    if (problem) throw new AppError('INVALID_INPUT', problem)
    return null
  }
  const parent = await managedNode(db, c, code)
  const problem = placementProblem(child, parent)
  if (problem) throw new AppError('INVALID_INPUT', problem)
  return parent
}

async function add(db: DatabasePort, c: Caller, input: OrgEvent<'orgs.save'>, retry?: RetryOptions): Promise<OrgRecord> {
  const level = input.level!
  const parent = await parentFor(db, c, { code: input.code, level }, input.parent)
  const node: OrgRecord = { _id: input.code, code: input.code, name: input.name!, level, parent: parent?.code ?? null, path: pathUnder(parent), active: true }
  return runTransactionWithRetry(
    db,
    async (tx) => {
      const ref = tx.collection('orgs').doc(input.code)
      const current = asOrg((await ref.get()).data)
      if (current) throw new AppError('CONFLICT', `编号 ${input.code} 已被「${current.name}」使用`)
      const { _id, ...fields } = node
      await ref.set({ data: fields })
      return node
    },
    retry,
  )
}

/** Rewrites the paths below `node` for its new path: its child nodes, then the points of each village below. */
async function rewriteBelow(db: DatabasePort, node: OrgRecord, path: string[]) {
  const villages: { code: string; path: string[] }[] = []
  if (node.level === 'village') villages.push({ code: node.code, path })
  else {
    const childPath = [...path, node.code]
    const children = await readAll(db, 'orgs', { parent: node.code }, { code: true, level: true })
    if (children.length) await db.collection('orgs').where({ parent: node.code }).update({ data: { path: childPath } })
    // a county's townships have villages of their own; counties do not move (placementProblem)
    for (const child of children) if (child.level === 'village') villages.push({ code: String(child.code), path: childPath })
  }
  for (const v of villages) await db.collection('points').where({ orgPath: v.code }).update({ data: { orgPath: [...v.path, v.code] } })
}

async function move(db: DatabasePort, c: Caller, input: OrgEvent<'orgs.save'>): Promise<OrgRecord> {
  const node = await managedNode(db, c, input.code)
  const parent = await parentFor(db, c, node, input.parent)
  const path = pathUnder(parent)
  await rewriteBelow(db, node, path)
  await db.collection('orgs').doc(node.code).update({ data: { parent: parent?.code ?? null, path } })
  return { ...node, parent: parent?.code ?? null, path }
}

async function retire(db: DatabasePort, c: Caller, code: string): Promise<OrgRecord> {
  const node = await managedNode(db, c, code)
  const [children, points] = await Promise.all([
    db.collection('orgs').where({ parent: code, active: true }).count(),
    db.collection('points').where({ orgPath: code, active: true }).count(),
  ])
  const problem = retireProblem(node, children.total, points.total)
  if (problem) throw new AppError('INVALID_INPUT', problem)
  await db.collection('orgs').doc(code).update({ data: { active: false } })
  return { ...node, active: false }
}

/** Applies one change for the caller (an admin: the action has checked) and answers the node as it now is. */
export async function changeOrg(db: DatabasePort, c: Caller, input: OrgEvent<'orgs.save'>, retry?: RetryOptions): Promise<OrgRecord> {
  switch (input.op) {
    case 'add':
      return add(db, c, input, retry)
    case 'rename': {
      const node = await managedNode(db, c, input.code)
      await db.collection('orgs').doc(node.code).update({ data: { name: input.name! } })
      return { ...node, name: input.name! }
    }
    case 'move':
      return move(db, c, input)
    case 'retire':
      return retire(db, c, input.code)
  }
}
