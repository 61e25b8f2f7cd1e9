/**
 * The one write path of `ledgers`: the cadre's remarks and a leader's confirmation, each
 * in a transaction that re-reads the month, so a confirmed month takes no more remarks and
 * is confirmed once. The frozen figures are made before the transaction (a transaction
 * reads single documents only).
 */
import type { LedgerComputed } from '../../domain/ledger/ledger'
import type { DatabasePort } from '../kernel/port'
import type { AreaRecord } from '../kernel/records-areas'
import type { StaffRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { runTransactionWithRetry } from '../kernel/transaction'
import { asLedger, ledgerId, type LedgerRecord } from './ledger-records'

const blank = (area: AreaRecord, month: string, now: Date): LedgerRecord => ({
  _id: ledgerId(area._id, month),
  area: area._id,
  pointCode: area.pointCode,
  month,
  remarks: '',
  remarksBy: null,
  remarksAt: null,
  confirmed: null,
  snapshot: null,
  updatedAt: now,
})

async function change(db: DatabasePort, area: AreaRecord, month: string, now: Date, edit: (l: LedgerRecord) => LedgerRecord): Promise<LedgerRecord> {
  return runTransactionWithRetry(db, async (tx) => {
    const ref = tx.collection('ledgers').doc(ledgerId(area._id, month))
    const current = asLedger((await ref.get()).data) ?? blank(area, month, now)
    if (current.confirmed) throw new AppError('CONFLICT', '这个月的台账已经确认，不能再改')
    const { _id, ...next } = edit(current)
    await ref.set({ data: { ...next, updatedAt: now } })
    return { _id, ...next, updatedAt: now }
  })
}

export const writeRemarks = (db: DatabasePort, area: AreaRecord, month: string, cadre: StaffRecord, remarks: string, now: Date) =>
  change(db, area, month, now, (l) => ({ ...l, remarks, remarksBy: cadre.openid, remarksAt: now }))

export const confirmMonth = (db: DatabasePort, area: AreaRecord, month: string, leader: StaffRecord, made: LedgerComputed, now: Date) =>
  change(db, area, month, now, (l) => ({ ...l, confirmed: { by: leader.openid, byName: leader.name, at: now }, snapshot: { ...made, madeAt: now } }))
