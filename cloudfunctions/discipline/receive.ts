/**
 * 违纪线索 from the receivers' side: the committee contacts at the node a clue was routed
 * to list it, read it and take its steps. Every read and step is audited. Anyone else is
 * refused before anything is read, and a clue that is not theirs is refused as if absent.
 */
import type { ClueReceiverView, DisciplineStaffResponses } from '../../domain/discipline/api'
import { clueListScope, mayReadClue, mayReceiveClues } from '../../domain/discipline/policy'
import type { DisciplineStaffEvent } from '../../domain/discipline/schemas'
import type { ClueStep } from '../../domain/discipline/steps'
import { requireRight, requireScope, whereOf } from '../kernel/access'
import { audit } from '../kernel/audit'
import { offsetOf, pageOf } from '../kernel/paging'
import type { StaffContext } from '../kernel/staff-context'
import { asClue, asClues, toListEntry, toReceiverView } from './clue-records'
import { stepClue } from './clue-write'

const REFUSED = '您无权查看这条线索'
const NOT_RECEIVER = '只有上级党委联系人可以查看违纪线索'
const PAGE = 20

export async function disciplineList(input: DisciplineStaffEvent<'discipline.list'>, ctx: StaffContext): Promise<DisciplineStaffResponses['discipline.list']> {
  const staff = await ctx.caller()
  const scope = requireScope(clueListScope(staff), NOT_RECEIVER)
  const offset = offsetOf(input.cursor)
  const size = input.limit ?? PAGE
  const { data } = await ctx.db.collection('discipline').where(whereOf(ctx.db, scope)).orderBy('filedAt', 'desc').skip(offset).limit(size + 1).get()
  const { rows, nextCursor } = pageOf(asClues(data), offset, size)
  await audit(ctx.db, { actor: staff.openid, action: 'discipline.list', target: `discipline:nodes:${staff.nodes.join(',')}`, at: ctx.now })
  return { items: rows.map(toListEntry), nextCursor }
}

export async function disciplineGet(input: DisciplineStaffEvent<'discipline.get'>, ctx: StaffContext): Promise<ClueReceiverView> {
  const staff = await ctx.caller()
  requireRight(mayReceiveClues(staff), NOT_RECEIVER)
  const clue = asClue((await ctx.db.collection('discipline').doc(input.id).get()).data)
  requireRight(clue !== null && mayReadClue(staff, clue), REFUSED)
  await audit(ctx.db, { actor: staff.openid, action: 'discipline.get', target: `discipline:${clue!._id}`, at: ctx.now })
  return toReceiverView(ctx.cloud, clue!)
}

async function step(ctx: StaffContext, id: string, kind: ClueStep, reply?: string): Promise<ClueReceiverView> {
  const staff = await ctx.caller()
  requireRight(mayReceiveClues(staff), NOT_RECEIVER)
  const by = { openid: staff.openid, name: staff.name, allowed: (c: { _id: string; node: string }) => mayReadClue(staff, c), refusal: REFUSED }
  const clue = await stepClue({ db: ctx.db, now: ctx.now, queued: ctx.queued, retry: ctx.options.retry }, id, kind, by, reply)
  await audit(ctx.db, { actor: staff.openid, action: `discipline.${kind}`, target: `discipline:${clue._id}`, at: ctx.now })
  return toReceiverView(ctx.cloud, clue)
}

export const disciplineAck = (input: DisciplineStaffEvent<'discipline.ack'>, ctx: StaffContext) => step(ctx, input.id, 'ack')
export const disciplineReply = (input: DisciplineStaffEvent<'discipline.reply'>, ctx: StaffContext) => step(ctx, input.id, 'reply', input.reply)
export const disciplineClose = (input: DisciplineStaffEvent<'discipline.close'>, ctx: StaffContext) => step(ctx, input.id, 'close')
