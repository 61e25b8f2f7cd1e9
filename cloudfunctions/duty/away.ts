/**
 * 请假、外出: the days a staff member is away, kept on their staff record (this is its
 * one write path). Their duties on those days then show uncovered; the roster itself is
 * not rewritten, so coming back (clearing it) restores them. Anyone may mark themselves;
 * an admin anyone; a leader the people of their own points.
 */
import type { DutyResponses } from '../../domain/duty/api'
import type { AwayPeriod } from '../../domain/duty/roster'
import type { DutyEvent } from '../../domain/duty/schemas'
import { chinaWallClock } from '../../domain/kernel/time'
import { AppError } from '../kernel/respond'
import { runTransactionWithRetry } from '../kernel/transaction'
import { requireRight } from '../kernel/access'
import { mayRecordAbsenceOf, mayRecordAbsences } from '../../domain/duty/policy'
import { mayAdminister } from '../../domain/points/policy'
import type { StaffContext } from '../kernel/staff-context'
import { asStaff } from '../kernel/reads'

/** At most this many periods are kept per person (past ones are dropped first). */
const MAX_PERIODS = 20

async function changeAway(ctx: StaffContext, openid: string, change: (current: AwayPeriod[], today: string) => AwayPeriod[]) {
  const caller = await ctx.caller()
  const self = caller.openid === openid
  requireRight(mayRecordAbsences(caller, openid), '只能登记自己的请假、外出')
  const today = chinaWallClock(ctx.now).format('YYYY-MM-DD')
  const away = await runTransactionWithRetry(ctx.db, async (tx) => {
    const ref = tx.collection('staff').doc(openid)
    const target = asStaff((await ref.get()).data)
    // a leader learns nothing of people outside their points, not even whether they exist
    const allowed = target ? mayRecordAbsenceOf(caller, target) : self || mayAdminister(caller)
    requireRight(allowed, '只能登记本说事点工作人员的请假、外出')
    if (!target) throw new AppError('NOT_FOUND', '没有找到这位工作人员')
    const next = change(target.away ?? [], today)
      .filter((a) => a.to >= today)
      .sort((a, b) => a.from.localeCompare(b.from))
    if (next.length > MAX_PERIODS) throw new AppError('INVALID_INPUT', `最多登记 ${MAX_PERIODS} 段请假、外出`)
    await ref.update({ data: { away: next } })
    return next
  })
  return { openid, away }
}

export function setAway(input: DutyEvent<'staff.setAway'>, ctx: StaffContext): Promise<DutyResponses['staff.setAway']> {
  return changeAway(ctx, input.openid, (current, today) => {
    if (input.to < today) throw new AppError('INVALID_INPUT', '不能登记已经过去的日子')
    // a period overlapping others replaces them: the latest entry says what holds
    const kept = current.filter((a) => a.to < input.from || a.from > input.to)
    return [...kept, { from: input.from, to: input.to, reason: input.reason }]
  })
}

export function clearAway(input: DutyEvent<'staff.clearAway'>, ctx: StaffContext): Promise<DutyResponses['staff.clearAway']> {
  return changeAway(ctx, input.openid, (current) => {
    if (!current.some((a) => a.from === input.from)) throw new AppError('NOT_FOUND', '没有这段请假、外出')
    return current.filter((a) => a.from !== input.from)
  })
}
