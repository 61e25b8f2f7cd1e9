/**
 * The schedule's events in the `staff` function (assembled in domain/contract.ts): reading
 * a point's schedule and month, saving it (each field checked here, the whole by
 * domain/schedule/check.ts, so nothing unsound is written), the bookings a change
 * stranded, and moving one of them to another slot.
 */
import * as z from 'zod/mini'
import { OPENING_KINDS } from './openings'
import { SCHEDULE_LIMITS, scheduleProblem } from './check'
import { chinaDate, docId, type EventOf, pointCode, strict } from '../kernel/fields'
import { text } from '../kernel/validation'

const { slotMinutes: SLOT, places: PLACES } = SCHEDULE_LIMITS

const time = (label: string) => z.string({ error: `请选择${label}` }).check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label}应为 时:分，例如 09:00`))

const hoursShape = {
  start: time('开始时间'),
  end: time('结束时间'),
  kind: z.enum(OPENING_KINDS, { error: '请选择接待方式' }),
  slotMinutes: z.optional(
    z.number({ error: '每段时长应为数字' }).check(
      z.int('每段时长应为整数分钟'),
      z.minimum(SLOT.min, `每段时长至少 ${SLOT.min} 分钟`),
      z.maximum(SLOT.max, `每段时长最多 ${SLOT.max} 分钟`),
    ),
  ),
  places: z.optional(
    z.number({ error: '每段名额应为数字' }).check(
      z.int('每段名额应为整数'),
      z.minimum(PLACES.min, `每段名额至少 ${PLACES.min} 个`),
      z.maximum(PLACES.max, `每段名额最多 ${PLACES.max} 个`),
    ),
  ),
}

export const openingHoursSchema = z.strictObject(hoursShape, { error: '开放时间含有无法识别的内容' })

export const openingRuleSchema = z.strictObject(
  { weekday: z.number({ error: '请选择星期几' }).check(z.int('请选择星期几'), z.minimum(1, '请选择星期几'), z.maximum(7, '请选择星期几')), ...hoursShape },
  { error: '开放规则含有无法识别的内容' },
)

export const scheduleExceptionSchema = z.strictObject(
  {
    date: chinaDate,
    closed: z.optional(z.boolean({ error: '请选择是否不开放' })),
    reason: z.optional(text({ label: '原因', min: 0, max: 50 })),
    extra: z.optional(openingHoursSchema),
  },
  { error: '特殊安排含有无法识别的内容' },
)

const month = z.string({ error: '请选择月份' }).check(z.regex(/^20\d{2}-(0[1-9]|1[0-2])$/, '月份应为 年-月，例如 2026-03'))

export const scheduleEventSchemas = {
  'schedule.get': strict({ action: z.literal('schedule.get'), pointCode, month: z.optional(month) }),
  'schedule.save': strict({
    action: z.literal('schedule.save'),
    pointCode,
    rules: z.array(openingRuleSchema, { error: '缺少开放规则' }).check(z.maxLength(SCHEDULE_LIMITS.maxRules, `每周的开放规则最多 ${SCHEDULE_LIMITS.maxRules} 条`)),
    exceptions: z
      .array(scheduleExceptionSchema, { error: '缺少特殊安排' })
      .check(z.maxLength(SCHEDULE_LIMITS.maxExceptions, `特殊安排最多 ${SCHEDULE_LIMITS.maxExceptions} 条，请删去已经过去的`)),
    /** the version read: a save over someone else's newer one is refused */
    version: z.number({ error: '缺少版本' }).check(z.int('版本无效'), z.minimum(0, '版本无效')),
    month: z.optional(month),
  }).check(
    z.superRefine((event, ctx) => {
      const problem = scheduleProblem(event.rules, event.exceptions)
      if (problem) ctx.issues.push({ code: 'custom', message: problem, input: event, path: ['rules'] })
    }),
  ),
  'schedule.stranded': strict({ action: z.literal('schedule.stranded'), pointCode }),
  'booking.move': strict({
    action: z.literal('booking.move'),
    id: docId,
    slotId: z.string({ error: '请选择新的时段' }).check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, '请选择新的时段')),
    reason: text({ label: '改约原因', min: 2, max: 100 }),
  }),
} as const

export type ScheduleAction = keyof typeof scheduleEventSchemas
export type ScheduleEvent<A extends ScheduleAction> = EventOf<typeof scheduleEventSchemas, A>
