/** What the 月台账 actions answer. */
import type { LedgerFigures } from './ledger'

export interface LedgerAreaView {
  id: string
  name: string
  pointCode: string
  pointName: string
  cadreName: string
  mine: boolean
}

export interface LedgerView {
  area: LedgerAreaView & { units: string[] }
  month: string
  /** null: fewer than 10 households known, no household figure shown */
  figures: LedgerFigures | null
  matters: { id: string; no: string; category: string; status: string; statusLabel: string }[]
  remarks: string
  /** when the figures were made (now, or when the month was confirmed), ISO with the China offset */
  madeAt: string
  confirmed: { byName: string; at: string } | null
  can: { remark: boolean; confirm: boolean }
}

export interface LedgerResponses {
  'ledger.month': LedgerView
  'ledger.remark': LedgerView
  'ledger.confirm': LedgerView
  'ledger.areas': { areas: LedgerAreaView[] }
}
