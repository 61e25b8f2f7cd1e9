/** Invites: an admin makes a one-time code; whoever redeems it joins the staff. */
import { randomInt } from 'node:crypto'
import type { PointStaffEvent } from '../../domain/points/schemas'
import type { InviteView, StaffProfile } from '../../domain/points/api'
import { toChinaIso } from '../../domain/kernel/time'
import { INVITES, RATE_LIMITS } from '../../domain/policy/defaults'
import { checkRate, type RateRule } from '../kernel/rate-limit'
import type { StaffRecord, StaffRole } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { runTransactionWithRetry } from '../kernel/transaction'
import { requireRight } from '../kernel/access'
import { mayAdminister, mayAdministerPoint } from '../../domain/points/policy'
import { isOrgCode } from '../../domain/points/schemas'
import { mayManageNode } from '../../domain/orgs/policy'
import { readNode } from '../orgs/reach'
import type { StaffContext } from '../kernel/staff-context'
import { isFirstAdminCode } from './first-admin'
import { toProfile } from './staff-profile'
import { asPoints, asStaff, reader } from '../kernel/reads'
import { departmentsAfter, invitableDepartment } from '../departments/staff-invite'
import { assertCommitteeNode } from '../discipline/committee-invite'

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789' // no 0/O or 1/I to misread
const BOOTSTRAP_DOC = 'bootstrap-admin'

interface InviteRecord {
  _id: string
  name: string
  role: StaffRole
  /** where the role is held: a point's code or a node's (invites made before the tree: `points`) */
  node?: string
  points?: string[]
  /** 部门工作人员: the department the invite adds them to (instead of a node) */
  department?: string
  createdBy: string
  createdAt: Date
  expiresAt: Date
  usedBy: string | null
  usedAt: Date | null
}

const asInvite = reader<InviteRecord>('invites', { role: 'string', node: 'string?', department: 'string?', points: 'array?', expiresAt: 'date', usedBy: 'string?' }).one

/** Guessing codes is slow: RATE_LIMITS.wrongInviteCodesPerHour wrong codes per openid per hour. */
const wrongCodes = (openid: string): RateRule => ({
  key: `redeem-${openid}`,
  limit: RATE_LIMITS.wrongInviteCodesPerHour,
  windowMs: 60 * 60 * 1000,
  message: `邀请码输错次数太多（每小时最多 ${RATE_LIMITS.wrongInviteCodesPerHour} 次），请一小时后再试，或向管理员核对邀请码`,
})

function newCode(): string {
  return Array.from({ length: 10 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('')
}

const OUTSIDE = '您只能邀请自己管理范围内的人员'

/** The name of the point or node an admin invites at, once it is known to be within their reach. */
async function nodeName(ctx: StaffContext, admin: StaffRecord, node: string, role: StaffRole): Promise<string> {
  // a studio's liaison keeps that studio's calendar: held at a 两代表工作室, nowhere else
  const liaisonRefused = () => new AppError('INVALID_INPUT', '工作室联络员只能在两代表工作室邀请')
  if (isOrgCode(node)) {
    if (role === 'liaison') throw liaisonRefused()
    const org = await readNode(ctx.db, node)
    requireRight(Boolean(org && mayManageNode(admin, org)), OUTSIDE)
    if (!org!.active) throw new AppError('INVALID_INPUT', `「${org!.name}」已撤销，不能在那里邀请人员`)
    return org!.name
  }
  requireRight(mayAdministerPoint(admin, node), OUTSIDE)
  const { data } = await ctx.db.collection('points').where({ code: node }).limit(1).get()
  const point = asPoints(data)[0]
  if (!point) throw new AppError('INVALID_INPUT', `没有说事点 ${node}`)
  if (role === 'liaison' && point.kind !== 'studio') throw liaisonRefused()
  return point.name
}

/** An admin invites at a point or node within their reach (a county's admin the townships' admins, who invite their villages' staff). */
export async function createInvite(input: PointStaffEvent<'invite.create'>, ctx: StaffContext): Promise<InviteView> {
  const admin = await ctx.caller()
  requireRight(mayAdminister(admin))
  const where = input.department ? { department: input.department } : { node: input.node! }
  const name = input.department ? await invitableDepartment(ctx, admin, input.department) : await nodeName(ctx, admin, input.node!, input.role)
  if (input.role === 'committee') await assertCommitteeNode(ctx.db, input.node!)
  const code = newCode()
  const expiresAt = new Date(ctx.now.getTime() + INVITES.validDays * 24 * 60 * 60 * 1000)
  const invite: Omit<InviteRecord, '_id'> = {
    name: input.name,
    role: input.role,
    ...where,
    createdBy: admin.openid,
    createdAt: ctx.now,
    expiresAt,
    usedBy: null,
    usedAt: null,
  }
  await ctx.db.collection('invites').doc(code).set({ data: invite })
  return { code, name: input.name, role: input.role, ...where, nodeName: name, expiresAt: toChinaIso(expiresAt) }
}

/**
 * Redeeming an invite makes the caller that staff member (one use, within 7 days). The
 * configured first-admin code makes the first admin, once ever (a settings flag written in
 * the same transaction), and only while there is no active admin.
 */
export async function redeemInvite(input: PointStaffEvent<'invite.redeem'>, ctx: StaffContext): Promise<StaffProfile> {
  // the schema has trimmed, unspaced and upper-cased it
  const code = input.code
  if (isFirstAdminCode(code, ctx.options.bootstrapAdminCodeSha256)) return bootstrapAdmin(ctx)
  const staff = await runTransactionWithRetry(
    ctx.db,
    async (tx) => {
      const rate = await checkRate(tx, wrongCodes(ctx.openid), ctx.now)
      const inviteRef = tx.collection('invites').doc(code)
      const invite = asInvite((await inviteRef.get()).data)
      // a wrong code is counted (the count must commit, so no throw in here)
      if (!invite) return rate.record().then(() => null)
      if (invite.usedBy) throw new AppError('CONFLICT', '这个邀请码已经用过了')
      if (invite.expiresAt.getTime() < ctx.now.getTime()) throw new AppError('CONFLICT', '这个邀请码已过期，请向管理员重新申请')
      const staffRef = tx.collection('staff').doc(ctx.openid)
      const current = asStaff((await staffRef.get()).data)
      const kept = current?.active ? current : null
      const atNode = invite.node && isOrgCode(invite.node) ? [invite.node] : []
      const atPoints = invite.node && !isOrgCode(invite.node) ? [invite.node] : (invite.points ?? [])
      const next: StaffRecord = {
        _id: ctx.openid,
        openid: ctx.openid,
        // someone already on the staff keeps their name; the invite adds a role and points
        name: current?.active ? current.name : invite.name,
        roles: [...new Set([...(kept?.roles ?? []), invite.role])],
        points: [...new Set([...(kept?.points ?? []), ...atPoints])],
        nodes: [...new Set([...(kept?.nodes ?? []), ...atNode])],
        active: true,
        ...departmentsAfter(current, invite.department),
      }
      const { _id, ...fields } = next
      await staffRef.set({ data: fields })
      await inviteRef.update({ data: { usedBy: ctx.openid, usedAt: ctx.now } })
      return next
    },
    ctx.options.retry,
  )
  if (!staff) throw new AppError('NOT_FOUND', '邀请码不存在，请核对')
  return toProfile(staff)
}

async function bootstrapAdmin(ctx: StaffContext): Promise<StaffProfile> {
  const { total } = await ctx.db.collection('staff').where({ roles: 'admin', active: true }).count()
  if (total > 0) throw new AppError('CONFLICT', '系统已有管理员，请向管理员申请邀请码')
  const staff = await runTransactionWithRetry(ctx.db, async (tx) => {
    const flag = tx.collection('settings').doc(BOOTSTRAP_DOC)
    if ((await flag.get()).data) throw new AppError('CONFLICT', '初始管理员码已经用过了')
    const record: StaffRecord = { _id: ctx.openid, openid: ctx.openid, name: '管理员', roles: ['admin'], points: [], nodes: [], active: true }
    const { _id, ...fields } = record
    await tx.collection('staff').doc(ctx.openid).set({ data: fields })
    await flag.set({ data: { usedBy: ctx.openid, usedAt: ctx.now } })
    return record
  })
  return toProfile(staff)
}

