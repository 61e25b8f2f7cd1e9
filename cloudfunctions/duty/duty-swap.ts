/**
 * 换班: the cadre on duty asks another cadre of the point to take their duty, for one of
 * theirs in return or as a plain handover (代班). The roster changes only when the other
 * accepts, in one transaction, and only while both openings are as they were when asked;
 * otherwise the request goes stale (CONFLICT). The requester may withdraw it
 * (duty.swapWithdraw) while it waits. One live request per duty and requester. Each step
 * is told to both cadres (domain/duty/notices.ts) in the same transaction as the change.
 */
import type { SwapView } from '../../domain/duty/api'
import { cannotTakeDuty, parseOpeningId } from '../../domain/duty/roster'
import { swapNotices, type SwapMoment } from '../../domain/duty/notices'
import type { DutyEvent } from '../../domain/duty/schemas'
import { asDuty, asSwap, loadPeople, swapView, type SwapRecord } from './duty-roster'
import { stableId } from '../kernel/ids'
import { messageId, queueMessage } from '../messages/outbox'
import type { TransactionPort } from '../kernel/port'
import type { StaffRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { runTransactionWithRetry } from '../kernel/transaction'
import { requireRight } from '../kernel/access'
import { mayAskSwap } from '../../domain/duty/policy'
import type { StaffContext } from '../kernel/staff-context'
import { findOpening, writeDuty } from './duty-ops'

/** Queues inside `tx` what this step of the request tells both cadres; their ids go to the call's `queued`. */
async function tellBoth(tx: TransactionPort, s: SwapRecord, people: ReadonlyMap<string, StaffRecord>, moment: SwapMoment, ctx: StaffContext): Promise<void> {
  const who = (openid: string) => ({ openid, name: people.get(openid)?.name ?? '同事' })
  for (const n of swapNotices({ ...s, from: who(s.from), to: who(s.to) }, moment)) {
    if ((await queueMessage(tx, n, ctx.now)) !== 'queued') continue
    const id = messageId(n.event, n.recipient, n.template)
    if (!ctx.queued.includes(id)) ctx.queued.push(id)
  }
}

const dutyOf = async (tx: TransactionPort, openingId: string) => asDuty((await tx.collection('duties').doc(openingId).get()).data)?.openids ?? []

const refuse = (why: string | null) => {
  if (why) throw new AppError('INVALID_INPUT', why)
}

export async function swapRequest(input: DutyEvent<'duty.swapRequest'>, ctx: StaffContext): Promise<SwapView> {
  const { pointCode } = parseOpeningId(input.openingId)!
  const staff = await ctx.caller()
  requireRight(mayAskSwap(staff, pointCode), '只有这次的值班人员可以申请换班')
  if (input.withOpenid === staff.openid) throw new AppError('INVALID_INPUT', '请选择另一位工作人员')
  const mine = await findOpening(ctx.db, input.openingId)
  if (mine.startAt <= ctx.now) throw new AppError('INVALID_INPUT', '这次值班已经开始，不能再换班')
  const theirs = input.theirOpeningId ? await findOpening(ctx.db, input.theirOpeningId) : null
  if (theirs && parseOpeningId(theirs.id)!.pointCode !== pointCode) throw new AppError('INVALID_INPUT', '只能和本说事点的值班互换')
  if (theirs && theirs.startAt <= ctx.now) throw new AppError('INVALID_INPUT', '对方那次值班已经开始，不能再换')
  const people = await loadPeople(ctx.db, [staff.openid, input.withOpenid])
  refuse(cannotTakeDuty(people.get(input.withOpenid), pointCode, mine.date))
  if (theirs) refuse(cannotTakeDuty(staff, pointCode, theirs.date))

  const id = stableId('swap', input.openingId, staff.openid)
  const record = await runTransactionWithRetry(ctx.db, async (tx) => {
    const onMine = await dutyOf(tx, mine.id)
    if (!onMine.includes(staff.openid)) throw new AppError('FORBIDDEN', '只有这次的值班人员可以申请换班')
    if (onMine.includes(input.withOpenid)) throw new AppError('INVALID_INPUT', '对方这次也在值班')
    const onTheirs = theirs ? await dutyOf(tx, theirs.id) : null
    if (theirs && !onTheirs!.includes(input.withOpenid)) throw new AppError('INVALID_INPUT', '对方不在所选的那次值班上')
    if (theirs && onTheirs!.includes(staff.openid)) throw new AppError('INVALID_INPUT', '您那次也在值班')
    const ref = tx.collection('swaps').doc(id)
    const live = asSwap((await ref.get()).data)
    if (live?.status === 'pending') throw new AppError('CONFLICT', '这次值班已有一个待答复的换班申请，请等对方答复或先撤回')
    const swap: SwapRecord = {
      _id: id,
      pointCode,
      status: 'pending',
      openingId: mine.id,
      openingDate: mine.date,
      openingStart: mine.start,
      from: staff.openid,
      to: input.withOpenid,
      theirOpeningId: theirs?.id ?? null,
      theirDate: theirs?.date ?? null,
      theirStart: theirs?.start ?? null,
      mine: onMine,
      theirs: onTheirs,
      createdAt: ctx.now,
      answeredAt: null,
    }
    const { _id, ...fields } = swap
    await ref.set({ data: fields })
    await tellBoth(tx, swap, people, 'requested', ctx)
    return swap
  })
  return swapView(record, people)
}

const sameList = (a: readonly string[] | null, b: readonly string[] | null) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
const swapped = (list: readonly string[], out: string, into: string) => list.map((id) => (id === out ? into : id))

/**
 * The other cadre answers. Accepting trades the two duties if both openings still have
 * the roster they had when asked and neither has begun; otherwise the request is marked
 * stale and the answer is CONFLICT, with nothing else written.
 */
export async function swapAnswer(input: DutyEvent<'duty.swapAnswer'>, ctx: StaffContext): Promise<SwapView> {
  const staff = await ctx.caller()
  const ref = ctx.db.collection('swaps').doc(input.id)
  const asked = asSwap((await ref.get()).data)
  // someone else's request answers like a missing one
  if (!asked || asked.to !== staff.openid) throw new AppError('NOT_FOUND', '没有找到这个换班申请')
  const people = await loadPeople(ctx.db, [asked.from, asked.to])
  const mine = await findOpening(ctx.db, asked.openingId).catch(() => null)
  const theirs = asked.theirOpeningId ? await findOpening(ctx.db, asked.theirOpeningId).catch(() => null) : null
  if (input.accept) {
    refuse(cannotTakeDuty(staff, asked.pointCode, asked.openingDate))
    if (asked.theirDate) refuse(cannotTakeDuty(people.get(asked.from), asked.pointCode, asked.theirDate))
  }
  const outcome = await runTransactionWithRetry(ctx.db, async (tx) => {
    const swapRef = tx.collection('swaps').doc(input.id)
    const s = asSwap((await swapRef.get()).data)
    if (!s || s.status !== 'pending') throw new AppError('CONFLICT', '这个换班申请已经处理过了')
    if (!input.accept) {
      await swapRef.update({ data: { status: 'declined', answeredAt: ctx.now } })
      await tellBoth(tx, s, people, 'declined', ctx)
      return { ...s, status: 'declined' as const }
    }
    const onMine = await dutyOf(tx, s.openingId)
    const onTheirs = s.theirOpeningId ? await dutyOf(tx, s.theirOpeningId) : null
    const gone = !mine || mine.startAt <= ctx.now || (s.theirOpeningId !== null && (!theirs || theirs.startAt <= ctx.now))
    if (gone || !sameList(onMine, s.mine) || !sameList(onTheirs, s.theirs)) {
      await swapRef.update({ data: { status: 'stale', answeredAt: ctx.now } })
      await tellBoth(tx, s, people, 'stale', ctx)
      return { ...s, status: 'stale' as const }
    }
    await writeDuty(tx, mine, s.pointCode, swapped(onMine, s.from, s.to), staff.openid, ctx.now)
    if (theirs && onTheirs) await writeDuty(tx, theirs, s.pointCode, swapped(onTheirs, s.to, s.from), staff.openid, ctx.now)
    await swapRef.update({ data: { status: 'accepted', answeredAt: ctx.now } })
    await tellBoth(tx, s, people, 'accepted', ctx)
    return { ...s, status: 'accepted' as const }
  })
  if (outcome.status === 'stale') throw new AppError('CONFLICT', '值班表在申请之后变了，这个换班申请已失效，请重新申请')
  return swapView(outcome, people)
}

/** The requester takes back a request nobody has answered yet. */
export async function swapWithdraw(input: DutyEvent<'duty.swapWithdraw'>, ctx: StaffContext): Promise<SwapView> {
  const staff = await ctx.caller()
  const asked = asSwap((await ctx.db.collection('swaps').doc(input.id).get()).data)
  // someone else's request answers like a missing one
  if (!asked || asked.from !== staff.openid) throw new AppError('NOT_FOUND', '没有找到这个换班申请')
  const people = await loadPeople(ctx.db, [asked.from, asked.to])
  const record = await runTransactionWithRetry(ctx.db, async (tx) => {
    const ref = tx.collection('swaps').doc(input.id)
    const s = asSwap((await ref.get()).data)
    if (!s || s.from !== staff.openid) throw new AppError('NOT_FOUND', '没有找到这个换班申请')
    if (s.status !== 'pending') throw new AppError('CONFLICT', '这个换班申请已经处理过了')
    await ref.update({ data: { status: 'withdrawn', answeredAt: ctx.now } })
    await tellBoth(tx, s, people, 'withdrawn', ctx)
    return { ...s, status: 'withdrawn' as const }
  })
  return swapView(record, people)
}
