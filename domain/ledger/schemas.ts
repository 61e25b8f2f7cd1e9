/** The 月台账 events (staff function), assembled in domain/contract.ts. */
import * as z from 'zod/mini'
import { monthKey } from '../diary/schemas'
import { hasPersonalNumber } from '../privacy/redact'
import { docId, type EventOf, strict } from '../kernel/fields'
import { text } from '../kernel/validation'

export const REMARKS_MAX = 1000
export const REMARKS_NUMBER_MESSAGE = '台账备注不记电话号码、身份证号和银行卡号'

/** The cadre's remarks: like the diary, never a phone or ID number. */
export const remarksText = text({ label: '备注', min: 0, max: REMARKS_MAX }).check(z.refine((s) => !hasPersonalNumber(s), REMARKS_NUMBER_MESSAGE))

export const ledgerEventSchemas = {
  'ledger.month': strict({ action: z.literal('ledger.month'), area: docId, month: monthKey }),
  'ledger.remark': strict({ action: z.literal('ledger.remark'), area: docId, month: monthKey, remarks: remarksText }),
  'ledger.confirm': strict({ action: z.literal('ledger.confirm'), area: docId, month: monthKey }),
  /** the areas whose ledger the caller may open (the page's picker) */
  'ledger.areas': strict({ action: z.literal('ledger.areas') }),
} as const

export type LedgerAction = keyof typeof ledgerEventSchemas
export type LedgerEvent<A extends LedgerAction> = EventOf<typeof ledgerEventSchemas, A>
