/** Onboarding and administration: invites, staff, points and their routing tables. */
import { randomInt } from 'node:crypto'
import type { InviteView, StaffProfile } from '../../../domain/api'
import type { StaffEvent } from '../../../domain/staff-schemas'
import { toChinaIso } from '../../../domain/time'
import type { PointRecord, StaffRecord, StaffRole } from '../../lib/records'
import { AppError } from '../../lib/respond'
import { runTransactionWithRetry } from '../../lib/transaction'
import { toPointView } from '../../lib/point-view'
import { activeStaff, hasRole, requireRole } from '../access'
import type { StaffContext } from '../context'

const INVITE_DAYS = 7
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789' // no 0/O or 1/I to misread
const BOOTSTRAP_DOC = 'bootstrap-admin'

interface InviteRecord {
  _id: string
  name: string
  role: StaffRole
  points: string[]
  createdBy: string
  createdAt: Date
  expiresAt: Date
  usedBy: string | null
  usedAt: Date | null
}

export function toProfile(s: StaffRecord): StaffProfile {
  return { openid: s.openid, name: s.name, roles: s.roles, points: s.points, active: s.active }
}

export async function me(_input: StaffEvent<'me'>, ctx: StaffContext) {
  const staff = await ctx.caller()
  const { data } = await ctx.db.collection('points').where({ code: ctx.db.command.in(staff.points) }).limit(100).get()
  return { ...toProfile(staff), pointsDetail: (data as PointRecord[]).map(toPointView) }
}

function newCode(): string {
  return Array.from({ length: 10 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('')
}

async function existingPoints(ctx: StaffContext, codes: string[]) {
  const { data } = await ctx.db.collection('points').where({ code: ctx.db.command.in(codes) }).limit(100).get()
  const found = new Set((data as PointRecord[]).map((p) => p.code))
  const missing = codes.filter((c) => !found.has(c))
  if (missing.length) throw new AppError('INVALID_INPUT', `没有这些说事点：${missing.join('、')}`)
}

export async function createInvite(input: StaffEvent<'invite.create'>, ctx: StaffContext): Promise<InviteView> {
  const admin = await ctx.caller()
  requireRole(admin, 'admin')
  const points = [...new Set(input.points)]
  await existingPoints(ctx, points)
  const code = newCode()
  const expiresAt = new Date(ctx.now.getTime() + INVITE_DAYS * 24 * 60 * 60 * 1000)
  const invite: Omit<InviteRecord, '_id'> = {
    name: input.name,
    role: input.role,
    points,
    createdBy: admin.openid,
    createdAt: ctx.now,
    expiresAt,
    usedBy: null,
    usedAt: null,
  }
  await ctx.db.collection('invites').doc(code).set({ data: invite })
  return { code, name: input.name, role: input.role, points, expiresAt: toChinaIso(expiresAt) }
}

/**
 * Redeeming an invite makes the caller that staff member (one use, within 7 days). The
 * configured bootstrap code makes the first admin, once, while there is no active admin.
 */
export async function redeemInvite(input: StaffEvent<'invite.redeem'>, ctx: StaffContext): Promise<StaffProfile> {
  const code = input.code.toUpperCase()
  const bootstrap = ctx.options.bootstrapAdminCode
  if (bootstrap && bootstrap.length >= 12 && input.code === bootstrap) return bootstrapAdmin(ctx)
  const staff = await runTransactionWithRetry(
    ctx.db,
    async (tx) => {
      const inviteRef = tx.collection('invites').doc(code)
      const invite = (await inviteRef.get()).data as InviteRecord | null
      if (!invite) throw new AppError('NOT_FOUND', '邀请码不存在，请核对')
      if (invite.usedBy) throw new AppError('CONFLICT', '这个邀请码已经用过了')
      if (invite.expiresAt.getTime() < ctx.now.getTime()) throw new AppError('CONFLICT', '这个邀请码已过期，请向管理员重新申请')
      const staffRef = tx.collection('staff').doc(ctx.openid)
      const current = (await staffRef.get()).data as StaffRecord | null
      const next: StaffRecord = {
        _id: ctx.openid,
        openid: ctx.openid,
        // someone already on the staff keeps their name; the invite adds a role and points
        name: current?.active ? current.name : invite.name,
        roles: [...new Set([...(current?.active ? current.roles : []), invite.role])],
        points: [...new Set([...(current?.active ? current.points : []), ...invite.points])],
        active: true,
      }
      const { _id, ...fields } = next
      await staffRef.set({ data: fields })
      await inviteRef.update({ data: { usedBy: ctx.openid, usedAt: ctx.now } })
      return next
    },
    ctx.options.retry,
  )
  return toProfile(staff)
}

async function bootstrapAdmin(ctx: StaffContext): Promise<StaffProfile> {
  const { total } = await ctx.db.collection('staff').where({ roles: 'admin', active: true }).count()
  if (total > 0) throw new AppError('CONFLICT', '系统已有管理员，请向管理员申请邀请码')
  const staff = await runTransactionWithRetry(ctx.db, async (tx) => {
    const flag = tx.collection('settings').doc(BOOTSTRAP_DOC)
    if ((await flag.get()).data) throw new AppError('CONFLICT', '初始管理员码已经用过了')
    const record: StaffRecord = { _id: ctx.openid, openid: ctx.openid, name: '管理员', roles: ['admin'], points: [], active: true }
    const { _id, ...fields } = record
    await tx.collection('staff').doc(ctx.openid).set({ data: fields })
    await flag.set({ data: { usedBy: ctx.openid, usedAt: ctx.now } })
    return record
  })
  return toProfile(staff)
}

/**
 * An admin sees everyone; a leader or cadre sees the staff of their own points (to pick
 * whom to transfer a matter to, or to filter the workbench by cadre).
 */
export async function listStaff(_input: StaffEvent<'staff.list'>, ctx: StaffContext) {
  const caller = await ctx.caller()
  const { data } = await ctx.db.collection('staff').orderBy('name', 'asc').limit(1000).get()
  const all = (data as StaffRecord[]).map(toProfile)
  if (hasRole(caller, 'admin')) return { staff: all }
  requireRole(caller, 'leader', 'cadre', 'deputy')
  return { staff: all.filter((s) => s.active && s.points.some((p) => caller.points.includes(p))) }
}

/** Every point with its lead cadre and routing table, for the admin's 分派 page. */
export async function listRouting(_input: StaffEvent<'routing.list'>, ctx: StaffContext) {
  requireRole(await ctx.caller(), 'admin')
  const { data } = await ctx.db.collection('points').orderBy('code', 'asc').limit(100).get()
  return {
    points: (data as PointRecord[]).map((p) => ({ ...toPointView(p), leadCadre: p.leadCadre, routing: p.routing, active: p.active })),
  }
}

/**
 * Adds or edits a point. Its lead cadre answers whatever its routing table names nobody
 * for, so they must be a cadre or leader, and the point becomes one of theirs.
 */
export async function upsertPoint(input: StaffEvent<'points.upsert'>, ctx: StaffContext) {
  const admin = await ctx.caller()
  requireRole(admin, 'admin')
  const lead = await activeStaff(ctx.db, input.leadCadre).catch(() => {
    throw new AppError('INVALID_INPUT', '负责干部不是在岗的工作人员')
  })
  if (!hasRole(lead, 'cadre', 'leader')) throw new AppError('INVALID_INPUT', `${lead.name}不是干部或领导，不能做负责干部`)
  const ref = ctx.db.collection('points').doc(`point-${input.code}`)
  const current = (await ref.get()).data as PointRecord | null
  if (current && input.create) throw new AppError('CONFLICT', `编号 ${input.code} 已被「${current.name}」使用`)
  const point: Omit<PointRecord, '_id'> = {
    code: input.code,
    name: input.name,
    kind: input.kind,
    community: input.community,
    address: input.address,
    openHours: input.openHours,
    leadCadre: lead.openid,
    routing: current?.routing ?? {},
    active: input.active ?? current?.active ?? true,
  }
  await ref.set({ data: point })
  if (!lead.points.includes(input.code)) {
    await ctx.db.collection('staff').doc(lead.openid).update({ data: { points: ctx.db.command.push(input.code) } })
  }
  return toPointView({ _id: `point-${input.code}`, ...point })
}

export async function setRouting(input: StaffEvent<'routing.set'>, ctx: StaffContext) {
  const admin = await ctx.caller()
  requireRole(admin, 'admin')
  const ref = ctx.db.collection('points').doc(`point-${input.pointCode}`)
  const point = (await ref.get()).data as PointRecord | null
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
