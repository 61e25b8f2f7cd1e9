/** Administration: who the caller is, the staff, points and their routing tables (invites: invites.ts). */
import type { PointStaffEvent } from '../../domain/points/schemas'
import { toProfile } from './staff-profile'
import type { PointRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { toPointView } from './point-view'
import { activeStaff, requireRight, requireScope, whereOf } from '../kernel/access'
import { mayAdminister, mayAnswerForMatters, staffListScope } from '../../domain/points/policy'
import type { StaffContext } from '../kernel/staff-context'
import { asPoint, asPoints, asStaffList } from '../kernel/reads'

export async function me(_input: PointStaffEvent<'me'>, ctx: StaffContext) {
  const staff = await ctx.caller()
  const { data } = await ctx.db.collection('points').where({ code: ctx.db.command.in(staff.points) }).limit(100).get()
  return { ...toProfile(staff), pointsDetail: asPoints(data).map(toPointView) }
}

/**
 * An admin sees everyone; a leader or cadre sees the staff of their own points (to pick
 * whom to transfer a matter to, or to filter the workbench by cadre).
 */
export async function listStaff(_input: PointStaffEvent<'staff.list'>, ctx: StaffContext) {
  const caller = await ctx.caller()
  const scope = requireScope(staffListScope(caller), '您没有权限进行此操作')
  const { data } = await ctx.db.collection('staff').where(whereOf(ctx.db, scope)).orderBy('name', 'asc').limit(1000).get()
  return { staff: asStaffList(data).map(toProfile) }
}

/** Every point with its lead cadre and routing table, for the admin's 分派 page. */
export async function listRouting(_input: PointStaffEvent<'routing.list'>, ctx: StaffContext) {
  requireRight(mayAdminister(await ctx.caller()))
  const { data } = await ctx.db.collection('points').orderBy('code', 'asc').limit(100).get()
  return {
    points: asPoints(data).map((p) => ({ ...toPointView(p), leadCadre: p.leadCadre, routing: p.routing, active: p.active })),
  }
}

/**
 * Adds or edits a point. Its lead cadre answers whatever its routing table names nobody
 * for, so they must be a cadre or leader, and the point becomes one of theirs.
 */
export async function upsertPoint(input: PointStaffEvent<'points.upsert'>, ctx: StaffContext) {
  const admin = await ctx.caller()
  requireRight(mayAdminister(admin))
  const lead = await activeStaff(ctx.db, input.leadCadre).catch(() => {
    throw new AppError('INVALID_INPUT', '负责干部不是在岗的工作人员')
  })
  if (!mayAnswerForMatters(lead)) throw new AppError('INVALID_INPUT', `${lead.name}不是干部或领导，不能做负责干部`)
  const ref = ctx.db.collection('points').doc(`point-${input.code}`)
  const current = asPoint((await ref.get()).data)
  if (current && input.create) throw new AppError('CONFLICT', `编号 ${input.code} 已被「${current.name}」使用`)
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
  }
  await ref.set({ data: point })
  if (!lead.points.includes(input.code)) {
    await ctx.db.collection('staff').doc(lead.openid).update({ data: { points: ctx.db.command.push(input.code) } })
  }
  return toPointView({ _id: `point-${input.code}`, ...point })
}

export async function setRouting(input: PointStaffEvent<'routing.set'>, ctx: StaffContext) {
  const admin = await ctx.caller()
  requireRight(mayAdminister(admin))
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
