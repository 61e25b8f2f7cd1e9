/** A month of an area as the ledger page shows it: frozen when confirmed, made from the records otherwise. */
import type { LedgerAreaView, LedgerView } from '../../domain/ledger/api'
import type { LedgerComputed } from '../../domain/ledger/ledger'
import { mayConfirmLedger, mayRemark } from '../../domain/ledger/policy'
import { STATUS_LABELS, type ItemStatus } from '../../domain/matters/status'
import { toChinaIso } from '../../domain/kernel/time'
import { getStaff } from '../kernel/collections'
import type { DatabasePort } from '../kernel/port'
import type { AreaRecord } from '../kernel/records-areas'
import type { StaffRecord } from '../kernel/records'
import { asPoint } from '../kernel/reads'
import type { LedgerRecord } from './ledger-records'
import { computeMonth } from './ledger-records'

export async function areaView(db: DatabasePort, staff: StaffRecord, area: AreaRecord): Promise<LedgerAreaView> {
  const [point, cadre] = await Promise.all([db.collection('points').doc(`point-${area.pointCode}`).get(), getStaff(db, area.cadre)])
  return { id: area._id, name: area.name, pointCode: area.pointCode, pointName: asPoint(point.data)?.name ?? area.pointCode, cadreName: cadre?.name ?? '', mine: area.cadre === staff.openid }
}

export async function ledgerView(db: DatabasePort, staff: StaffRecord, area: AreaRecord, month: string, stored: LedgerRecord | null, now: Date): Promise<LedgerView> {
  const frozen = stored?.snapshot ?? null
  const made: LedgerComputed & { madeAt: Date } = frozen ?? { ...(await computeMonth(db, area, month)), madeAt: now }
  const confirmed = stored?.confirmed ?? null
  return {
    area: { ...(await areaView(db, staff, area)), units: area.units },
    month,
    figures: made.figures,
    matters: made.matters.map((m) => ({ ...m, statusLabel: STATUS_LABELS[m.status as ItemStatus] ?? m.status })),
    remarks: stored?.remarks ?? '',
    madeAt: toChinaIso(made.madeAt),
    confirmed: confirmed ? { byName: confirmed.byName, at: toChinaIso(confirmed.at) } : null,
    can: { remark: !confirmed && mayRemark(staff, area), confirm: !confirmed && mayConfirmLedger(staff, area) },
  }
}
