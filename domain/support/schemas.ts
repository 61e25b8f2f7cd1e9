/** The 帮扶 events (staff function), assembled in domain/contract.ts. */
import * as z from 'zod/mini'
import { docId, type EventOf, pointCode, strict } from '../kernel/fields'
import { text } from '../kernel/validation'
import { hasPersonalNumber } from '../privacy/redact'
import { SUPPORT_EVERY } from './plans'

/** Kept with the household's record: never a phone or ID number. */
const planText = (opts: { label: string; min: number; max: number }) =>
  text(opts).check(z.refine((s) => !hasPersonalNumber(s), `${opts.label}不记电话号码、身份证号和银行卡号`))

export const supportEventSchemas = {
  'support.save': strict({
    action: z.literal('support.save'),
    household: docId,
    what: planText({ label: '帮扶内容', min: 2, max: 100 }),
    who: planText({ label: '帮扶责任人', min: 1, max: 20 }),
    every: z.optional(z.enum(SUPPORT_EVERY, { error: '请选择走访周期' })),
  }),
  'support.list': strict({ action: z.literal('support.list'), area: z.optional(docId), pointCode: z.optional(pointCode) }).check(
    z.refine((e) => Boolean(e.area) !== Boolean(e.pointCode), '请选择包片区或说事点（二选一）'),
  ),
  'support.get': strict({ action: z.literal('support.get'), id: docId }),
  'support.end': strict({ action: z.literal('support.end'), id: docId }),
  /** a point's figures: households with a plan, visits made on time */
  'support.figures': strict({ action: z.literal('support.figures'), pointCode }),
} as const

export type SupportAction = keyof typeof supportEventSchemas
export type SupportEvent<A extends SupportAction> = EventOf<typeof supportEventSchemas, A>
