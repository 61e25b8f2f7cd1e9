/**
 * 月台账 actions: the month of an area (its cadre and the point's leaders; leaders' reads
 * audited), the cadre's remarks, a leader's confirmation (which freezes the month), and the
 * areas whose ledger the caller may open.
 */
import type { LedgerAreaView, LedgerView } from '../../domain/ledger/api'
import type { LedgerEvent } from '../../domain/ledger/schemas'
import { ledgerAreaScope, mayConfirmLedger, mayRemark } from '../../domain/ledger/policy'
import { chinaMonth } from '../../domain/diary/visits'
import { requireRight, requireScope, whereOf } from '../kernel/access'
import type { AreaRecord } from '../kernel/records-areas'
import { AppError } from '../kernel/respond'
import type { StaffContext } from '../kernel/staff-context'
import { auditAreaRead, readableArea } from '../areas/area-access'
import { asArea } from '../areas/area-reads'
import { asLedger, computeMonth, ledgerId } from './ledger-records'
import { areaView, ledgerView } from './ledger-view'
import { confirmMonth, writeRemarks } from './ledger-write'

const REFUSED = '您无权查看这个包片区的台账'

function requireStarted(month: string, now: Date) {
  if (month > chinaMonth(now)) throw new AppError('INVALID_INPUT', '这个月还没到')
}

export async function ledgerMonth(input: LedgerEvent<'ledger.month'>, ctx: StaffContext): Promise<LedgerView> {
  const staff = await ctx.caller()
  const area = await readableArea(ctx, staff, input.area, REFUSED)
  requireStarted(input.month, ctx.now)
  const stored = asLedger((await ctx.db.collection('ledgers').doc(ledgerId(area._id, input.month)).get()).data)
  const view = await ledgerView(ctx.db, staff, area, input.month, stored, ctx.now)
  await auditAreaRead(ctx, staff, area, 'ledger.read', ledgerId(area._id, input.month))
  return view
}

export async function ledgerRemark(input: LedgerEvent<'ledger.remark'>, ctx: StaffContext): Promise<LedgerView> {
  const staff = await ctx.caller()
  const area = await readableArea(ctx, staff, input.area, REFUSED)
  requireRight(mayRemark(staff, area), '只有本包片区的干部可以写台账备注')
  requireStarted(input.month, ctx.now)
  const saved = await writeRemarks(ctx.db, area, input.month, staff, input.remarks, ctx.now)
  return ledgerView(ctx.db, staff, area, input.month, saved, ctx.now)
}

export async function ledgerConfirm(input: LedgerEvent<'ledger.confirm'>, ctx: StaffContext): Promise<LedgerView> {
  const staff = await ctx.caller()
  const area = await readableArea(ctx, staff, input.area, REFUSED)
  requireRight(mayConfirmLedger(staff, area), '只有本说事点的领导可以确认台账')
  requireStarted(input.month, ctx.now)
  const made = await computeMonth(ctx.db, area, input.month)
  const saved = await confirmMonth(ctx.db, area, input.month, staff, made, ctx.now)
  await auditAreaRead(ctx, staff, area, 'ledger.confirm', saved._id)
  return ledgerView(ctx.db, staff, area, input.month, saved, ctx.now)
}

/** The picker: the caller's own areas, or (a leader) every active area of their points. */
export async function ledgerAreas(_input: LedgerEvent<'ledger.areas'>, ctx: StaffContext): Promise<{ areas: LedgerAreaView[] }> {
  const staff = await ctx.caller()
  const scope = requireScope(ledgerAreaScope(staff), '月台账仅供包片干部和领导查看')
  const { data } = await ctx.db.collection('areas').where(whereOf(ctx.db, { ...scope, active: true })).orderBy('pointCode', 'asc').orderBy('name', 'asc').limit(200).get()
  const areas = data.map((d) => asArea(d)).filter((a): a is AreaRecord => a !== null)
  return { areas: await Promise.all(areas.map((a) => areaView(ctx.db, staff, a))) }
}
