/** 组织架构: the tree as far as the caller reaches, and an admin's changes to it. */
import type { OrgNodeView, OrgResponses } from '../../domain/orgs/api'
import type { OrgEvent } from '../../domain/orgs/schemas'
import { mayReadTree } from '../../domain/orgs/policy'
import { sortedTree } from '../../domain/orgs/tree'
import { mayAdminister } from '../../domain/points/policy'
import { isDeploymentAdmin } from '../../domain/points/roles'
import { requireRight } from '../kernel/access'
import type { OrgRecord } from '../kernel/records'
import type { StaffContext } from '../kernel/staff-context'
import { changeOrg } from './org-change'
import { pointsUnder, reachedNodes } from './reach'

const view = (n: OrgRecord, points: string[]): OrgNodeView => ({ code: n.code, name: n.name, level: n.level, parent: n.parent, points })

export async function orgsTree(_input: OrgEvent<'orgs.tree'>, ctx: StaffContext): Promise<OrgResponses['orgs.tree']> {
  const caller = await ctx.caller()
  requireRight(mayReadTree(caller))
  const nodes = await reachedNodes(ctx.db, caller)
  // the points hang below the tops of what the caller reaches: every root for the deployment admin
  const tops = isDeploymentAdmin(caller) ? nodes.filter((n) => n.parent === null).map((n) => n.code) : caller.nodes
  const byVillage = new Map<string, string[]>()
  for (const p of await pointsUnder(ctx.db, tops)) byVillage.set(p.org, [...(byVillage.get(p.org) ?? []), p.code])
  return { nodes: sortedTree(nodes).map((n) => view(n, (byVillage.get(n.code) ?? []).sort())) }
}

export async function orgsSave(input: OrgEvent<'orgs.save'>, ctx: StaffContext): Promise<OrgResponses['orgs.save']> {
  const caller = await ctx.caller()
  requireRight(mayAdminister(caller), '只有管理员可以调整组织架构')
  const node = await changeOrg(ctx.db, caller, input, ctx.options.retry)
  const points = node.level === 'village' && node.active ? (await pointsUnder(ctx.db, [node.code])).map((p) => p.code).sort() : []
  return view(node, points)
}
