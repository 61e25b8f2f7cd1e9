/**
 * 挂点 leaders: an admin names a leader's level, contact point and what they answer for
 * (staff.setLeader, the one write of those fields on the staff record); the progress of
 * the leaders under a node against the quota of their level (visits.leaders); and a
 * leader's own (visits.month, through ownLeaderStanding).
 */
import type { LeaderStanding, LeaderVisits } from '../../domain/diary/api'
import { roleOfLevel, reachesPoint } from '../../domain/diary/leaders'
import { mayReadLeaderVisits, maySetLeader, type NodeCaller } from '../../domain/diary/policy'
import { isDeploymentAdmin } from '../../domain/points/roles'
import type { DiaryEvent } from '../../domain/diary/schemas'
import { chinaMonth, daysLeftInMonth } from '../../domain/diary/visits'
import { holds, isAdmin, LEADS } from '../../domain/points/roles'
import { requireRight } from '../kernel/access'
import type { DatabasePort } from '../kernel/port'
import type { PointRecord, StaffRecord } from '../kernel/records'
import { asPoint, asPointFields, asStaff } from '../kernel/reads'
import { AppError } from '../kernel/respond'
import type { StaffContext } from '../kernel/staff-context'
import { runTransactionWithRetry } from '../kernel/transaction'
import { leadersAt, standingsOf } from './leader-standings'

/** A point or an org node as the tree stores them (ORGSPEC). */
type TreePoint = PointRecord & { orgPath?: string[] }
interface OrgNode {
  code: string
  path: string[]
}

export async function setLeader(input: DiaryEvent<'staff.setLeader'>, ctx: StaffContext): Promise<LeaderStanding> {
  const admin: NodeCaller = await ctx.caller()
  requireRight(isAdmin(admin), '只有管理员可以安排挂点领导')
  const point = asPoint((await ctx.db.collection('points').doc(`point-${input.contactPoint}`).get()).data) as TreePoint | null
  // a point beyond the admin's reach is refused as if it did not exist
  requireRight(point ? maySetLeader(admin, point) : isDeploymentAdmin(admin), '只能为自己管辖的说事点安排挂点领导')
  if (!point || !point.active) throw new AppError('NOT_FOUND', '没有这个说事点')
  const leader = await runTransactionWithRetry(ctx.db, async (tx) => {
    const ref = tx.collection('staff').doc(input.openid)
    const target = asStaff((await ref.get()).data) as (StaffRecord & { nodes?: string[] }) | null
    if (!target || !target.active) throw new AppError('NOT_FOUND', '没有找到这位在岗的工作人员')
    if (!reachesPoint(target, point)) throw new AppError('INVALID_INPUT', '这位工作人员不在这个说事点或它的上级工作，不能挂点在这里')
    if (!target.roles.includes(roleOfLevel(input.level)))
      throw new AppError('INVALID_INPUT', input.level === 'village' ? '村（社区）干部须有干部角色' : '市、县、乡镇领导须有领导角色')
    const post = { level: input.level, contactPoint: point.code, title: input.title ?? '', answersFor: input.answersFor }
    await ref.update({ data: post })
    return { ...target, ...post }
  })
  return (await standingsOf(ctx.db, [leader], chinaMonth(ctx.now)))[0]
}

const PAGE = 1000

/** Every point under a node (its orgPath holds the node). */
async function pointsUnder(db: DatabasePort, node: string): Promise<string[]> {
  const { data } = await db.collection('points').where({ orgPath: node }).field({ code: true }).limit(PAGE).get()
  return asPointFields(data, ['code']).map((p) => p.code)
}

async function activePoints(db: DatabasePort): Promise<string[]> {
  const { data } = await db.collection('points').where({ active: true }).field({ code: true }).limit(PAGE).get()
  return asPointFields(data, ['code']).map((p) => p.code)
}

export async function leaderVisits(input: DiaryEvent<'visits.leaders'>, ctx: StaffContext): Promise<LeaderVisits> {
  const caller: NodeCaller = await ctx.caller()
  const refusal = '只能查看自己所在层级及以下的挂点走访'
  requireRight(holds(caller, LEADS), refusal)
  const { db, now } = ctx
  let points: readonly string[]
  if (input.node) {
    const node = (await db.collection('orgs').doc(input.node).get()).data as OrgNode | null
    // a node beyond the caller's reach is refused as if it did not exist
    requireRight(!!node && mayReadLeaderVisits(caller, { code: input.node, path: node.path ?? [] }), refusal)
    points = await pointsUnder(db, input.node)
  } else {
    points = isDeploymentAdmin(caller) ? await activePoints(db) : caller.points
  }
  const month = input.month ?? chinaMonth(now)
  const leaders = await standingsOf(db, await leadersAt(db, points), month)
  return { month, daysLeft: daysLeftInMonth(month, now), node: input.node ?? null, leaders }
}
