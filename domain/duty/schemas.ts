/** The duty roster's events of the `staff` function (assembled in domain/contract.ts). */
import * as z from 'zod/mini'
import { parseOpeningId } from './roster'
import { chinaDate, docId, type EventOf, openid, pointCode, strict } from '../kernel/fields'
import { text } from '../kernel/validation'

/** 'YYYY-MM', 2020 to 2099. */
export const monthSchema = z.string({ error: '请选择月份' }).check(
  z.regex(/^(20[2-9]\d)-(0[1-9]|1[0-2])$/, '请选择月份'),
)

export const openingId = z.string({ error: '缺少开放场次' }).check(z.refine((s) => parseOpeningId(s) !== null, '开放场次无效'))

const unique = (list: string[]) => new Set(list).size === list.length

/** At most this many people on duty for one opening. */
export const MAX_ON_DUTY = 5
/** The longest away period one entry may cover. */
export const MAX_AWAY_DAYS = 92

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000

export const dutyEventSchemas = {
  'duty.list': strict({ action: z.literal('duty.list'), pointCode, month: monthSchema }),
  'duty.set': strict({
    action: z.literal('duty.set'),
    openingId,
    openids: z
      .array(openid, { error: '请选择值班人员' })
      .check(z.maxLength(MAX_ON_DUTY, `一次开放最多 ${MAX_ON_DUTY} 人值班`), z.refine(unique, '值班人员重复了')),
  }),
  'duty.rotate': strict({
    action: z.literal('duty.rotate'),
    pointCode,
    month: monthSchema,
    order: z
      .array(openid, { error: '请排好轮值顺序' })
      .check(z.minLength(1, '请至少选一位轮值人员'), z.maxLength(30, '轮值人员太多'), z.refine(unique, '轮值顺序里有人重复了')),
    /** true: reassign every opening not yet started; otherwise only the uncovered ones are filled */
    replace: z.optional(z.boolean({ error: '请选择是否覆盖已排的班' })),
  }),
  'duty.swapRequest': strict({
    action: z.literal('duty.swapRequest'),
    openingId,
    withOpenid: openid,
    /** the other cadre's duty the caller takes in return; absent: they just take the caller's (代班) */
    theirOpeningId: z.optional(openingId),
  }),
  'duty.swapAnswer': strict({ action: z.literal('duty.swapAnswer'), id: docId, accept: z.boolean({ error: '请选择同意或不同意' }) }),
  'duty.swapWithdraw': strict({ action: z.literal('duty.swapWithdraw'), id: docId }),
  'staff.setAway': z
    .strictObject(
      {
        action: z.literal('staff.setAway'),
        openid,
        from: chinaDate,
        to: chinaDate,
        reason: text({ label: '事由', min: 2, max: 30 }),
      },
      { error: '请求含有无法识别的内容' },
    )
    .check(
      z.refine((e) => e.from <= e.to, { message: '结束日期不能早于开始日期', path: ['to'] }),
      z.refine((e) => dayNumber(e.to) - dayNumber(e.from) < MAX_AWAY_DAYS, { message: `一次最多登记 ${MAX_AWAY_DAYS} 天`, path: ['to'] }),
    ),
  'staff.clearAway': strict({ action: z.literal('staff.clearAway'), openid, from: chinaDate }),
} as const

export type DutyAction = keyof typeof dutyEventSchemas
export type DutyEvent<A extends DutyAction> = EventOf<typeof dutyEventSchemas, A>
