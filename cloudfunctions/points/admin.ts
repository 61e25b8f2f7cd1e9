/** Administration: who the caller is, the staff, points and their routing tables (invites: invites.ts). */
import type { PointStaffEvent } from '../../domain/points/schemas'
import type { MeView } from '../../domain/points/api'
import { mayManageNode } from '../../domain/orgs/policy'
import { orgPathOf, pointPlacementProblem } from '../../domain/orgs/tree'
import { isDeploymentAdmin, managedPoints } from '../../domain/points/roles'
import type { PointRecord, StaffRecord } from '../kernel/records'
import { toProfile } from './staff-profile'
import { AppError } from '../kernel/respond'
import { toPointView } from './point-view'
import { activeStaff, requireRight, requireScope, whereOf } from '../kernel/access'
import { mayAdminister, mayAdministerPoint, mayAnswerForMatters, staffListScope } from '../../domain/points/policy'
import type { StaffContext } from '../kernel/staff-context'
import { asOrgs, asPoint, asPoints, asStaffList } from '../kernel/reads'
import type { DatabasePort } from '../kernel/port'
import { reachedNodes, readNode } from '../orgs/reach'

/** The points of `codes`, a hundred a request. */
async function pointsOf(db: DatabasePort, codes: readonly string[]): Promise<PointRecord[]> {
  const out: PointRecord[] = []
  for (let i = 0; i < codes.length; i += 100) {
    const { data } = await db.collection('points').where({ code: db.command.in(codes.slice(i, i + 100)) }).limit(100).get()
    out.push(...asPoints(data))
  }
  return out.sort((a, b) => a.code.localeCompare(b.code))
}

/** The caller: the points they reach (held, and below the nodes they hold) and those nodes, with names. */
export async function me(_input: PointStaffEvent<'me'>, ctx: StaffContext): Promise<MeView> {
  const staff = await ctx.caller()
  const [points, nodes] = await Promise.all([
    pointsOf(ctx.db, staff.points),
    staff.nodes.length ? ctx.db.collection('orgs').where({ _id: ctx.db.command.in(staff.nodes) }).limit(100).get() : { data: [] },
  ])
  return {
    ...toProfile(staff),
    pointsDetail: points.map(toPointView),
    nodesDetail: asOrgs(nodes.data).map((n) => ({ code: n.code, name: n.name, level: n.level })),
  }
}

/**
 * An admin sees the staff within their reach (the deployment admin everyone); a leader or
 * cadre sees the staff of their own points (to pick whom to transfer a matter to, or to
 * filter the workbench by cadre).
 */
export async function listStaff(_input: PointStaffEvent<'staff.list'>, ctx: StaffContext) {
  const caller = await ctx.caller()
  requireScope(staffListScope(caller), '您没有权限进行此操作')
  const below = mayAdminister(caller) && !isDeploymentAdmin(caller) ? (await reachedNodes(ctx.db, caller)).map((n) => n.code) : caller.nodes
  const scope = requireScope(staffListScope(caller, below), '您没有权限进行此操作')
  const { data } = await ctx.db.collection('staff').where(whereOf(ctx.db, scope)).orderBy('name', 'asc').limit(1000).get()
  return { staff: asStaffList(data).map(toProfile) }
}

/** The points an admin administers with their lead cadre and routing table, for the 分派 and 说事点 pages. */
export async function listRouting(_input: PointStaffEvent<'routing.list'>, ctx: StaffContext) {
  const caller = await ctx.caller()
  requireRight(mayAdminister(caller))
  const reach = managedPoints(caller)
  const points = reach === null ? asPoints((await ctx.db.collection('points').orderBy('code', 'asc').limit(100).get()).data) : await pointsOf(ctx.db, reach)
  return {
    points: points.map((p) => ({ ...toPointView(p), leadCadre: p.leadCadre, routing: p.routing, active: p.active })),
  }
}

/** The village a point goes to, checked for the caller: its `org` and `orgPath`. */
async function placement(ctx: StaffContext, admin: StaffRecord, code: string) {
  const village = await readNode(ctx.db, code)
  requireRight(Boolean(village && mayManageNode(admin, village)), '您只能把说事点放在自己管理的村/社区下面')
  const problem = pointPlacementProblem(village)
  if (problem) throw new AppError('INVALID_INPUT', problem)
  return { org: village!.code, orgPath: orgPathOf(village!) }
}

/**
 * Adds or edits a point. Its lead cadre answers whatever its routing table names nobody
 * for, so they must be a cadre or leader, and the point becomes one of theirs. A new point
 * names its village; an edited one may move to another (its code, and so its matters, stay).
 */
export async function upsertPoint(input: PointStaffEvent<'points.upsert'>, ctx: StaffContext) {
  const admin = await ctx.caller()
  requireRight(mayAdminister(admin))
  const ref = ctx.db.collection('points').doc(`point-${input.code}`)
  const current = asPoint((await ref.get()).data)
  if (current && input.create) throw new AppError('CONFLICT', `编号 ${input.code} 已被「${current.name}」使用`)
  if (current) requireRight(mayAdministerPoint(admin, current.code), '您只能修改自己管理的说事点')
  if (!current && !input.org) throw new AppError('INVALID_INPUT', '请选择说事点所在的村/社区')
  const placed = input.org && input.org !== current?.org ? await placement(ctx, admin, input.org) : null
  const lead = await activeStaff(ctx.db, input.leadCadre).catch(() => {
    throw new AppError('INVALID_INPUT', '负责干部不是在岗的工作人员')
  })
  if (!mayAnswerForMatters(lead)) throw new AppError('INVALID_INPUT', `${lead.name}不是干部或领导，不能做负责干部`)
  const point: Omit<PointRecord, '_id'> = {
    code: input.code,
    name: input.name,
    kind: input.kind,
    community: input.community,
    address: input.address,
    openHours: input.openHours,
    ...(input.phone ? { phone: input.phone } : {}),
    leadCadre: lead.openid,
    routing: current?.routing ?? {},
    active: input.active ?? current?.active ?? true,
    // the 小程序码 stays valid: it names the code, which does not change
    ...(current?.qrcodeFileID ? { qrcodeFileID: current.qrcodeFileID } : {}),
    ...(placed ?? (current?.org ? { org: current.org, orgPath: current.orgPath ?? [] } : {})),
  }
  await ref.set({ data: point })
  if (!lead.points.includes(input.code)) {
    await ctx.db.collection('staff').doc(lead.openid).update({ data: { points: ctx.db.command.push(input.code) } })
  }
  return toPointView({ _id: `point-${input.code}`, ...point })
}

export async function setRouting(input: PointStaffEvent<'routing.set'>, ctx: StaffContext) {
  const admin = await ctx.caller()
  requireRight(mayAdministerPoint(admin, input.pointCode))
  const ref = ctx.db.collection('points').doc(`point-${input.pointCode}`)
  const point = asPoint((await ref.get()).data)
  if (!point) throw new AppError('NOT_FOUND', '没有这个说事点')
  if (input.cadre) {
    const cadre = await activeStaff(ctx.db, input.cadre).catch(() => {
      throw new AppError('INVALID_INPUT', '这位干部不在岗')
    })
    if (!cadre.points.includes(point.code)) throw new AppError('INVALID_INPUT', `${cadre.name}不是本说事点的干部`)
  }
  const routing = { ...point.routing }
  if (input.cadre) routing[input.category] = input.cadre
  else delete routing[input.category]
  await ref.update({ data: { routing: ctx.db.command.set(routing) } })
  return { pointCode: point.code, routing }
}
