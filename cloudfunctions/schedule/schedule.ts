/**
 * 排班: a point's weekly opening rules and dated exceptions, read with the month's
 * openings and warnings (this month and the next, before it starts), and saved by admins
 * and the point's leaders. A save sends back the version it read: a save over a newer
 * one is refused, so two people editing never silently overwrite each other. Bookings
 * the new schedule no longer holds are left as they are and counted as stranded.
 */
import type { ScheduleEvent } from '../../domain/schedule/schemas'
import type { MonthView, ScheduleView } from '../../domain/schedule/api'
import { monthWarnings, openingTimes } from '../../domain/schedule/openings'
import { normaliseHours } from '../../domain/schedule/check'
import { monthOf, nextMonth, openingsOfMonth } from '../../domain/schedule/month'
import { chinaWallClock, toChinaIso } from '../../domain/kernel/time'
import type { DatabasePort } from '../kernel/port'
import type { PointRecord, ScheduleRecord } from '../kernel/records'
import { AppError } from '../kernel/respond'
import { runTransactionWithRetry } from '../kernel/transaction'
import type { StaffContext } from '../kernel/staff-context'
import { keeperOf, placesBooked, readPoint, readSchedule, scheduleDocId, strandedBookings } from './schedule-ops'
import { asSchedule, asStaff } from '../kernel/reads'

async function monthView(db: DatabasePort, point: PointRecord, schedule: ScheduleRecord, month: string): Promise<MonthView> {
  const openings = openingsOfMonth(point.code, schedule.rules, schedule.exceptions, month)
  const booked = await placesBooked(db, openings.flatMap((o) => o.slots.map((s) => s.id)))
  return {
    month,
    openings: openings.map((o) => ({
      ...openingTimes(o),
      places: o.slots.reduce((n, s) => n + s.capacity, 0),
      booked: o.slots.reduce((n, s) => n + (booked.get(s.id) ?? 0), 0),
    })),
    warnings: monthWarnings(point.kind, openings),
  }
}

async function scheduleView(ctx: StaffContext, point: PointRecord, schedule: ScheduleRecord, month: string | undefined): Promise<ScheduleView> {
  const first = month ?? monthOf(ctx.now)
  const updater = schedule.updatedBy ? asStaff((await ctx.db.collection('staff').doc(schedule.updatedBy).get()).data) : null
  return {
    pointCode: point.code,
    pointName: point.name,
    pointKind: point.kind,
    rules: schedule.rules,
    exceptions: schedule.exceptions,
    version: schedule.version ?? 0,
    updatedAt: schedule.updatedAt ? toChinaIso(schedule.updatedAt) : null,
    updatedBy: updater?.name ?? null,
    months: [await monthView(ctx.db, point, schedule, first), await monthView(ctx.db, point, schedule, nextMonth(first))],
    stranded: (await strandedBookings(ctx.db, schedule, ctx.now)).length,
    today: chinaWallClock(ctx.now).format('YYYY-MM-DD'),
  }
}

export async function scheduleGet(input: ScheduleEvent<'schedule.get'>, ctx: StaffContext): Promise<ScheduleView> {
  await keeperOf(ctx, input.pointCode)
  const point = await readPoint(ctx.db, input.pointCode)
  return scheduleView(ctx, point, await readSchedule(ctx.db, point.code), input.month)
}

export async function scheduleSave(input: ScheduleEvent<'schedule.save'>, ctx: StaffContext): Promise<ScheduleView> {
  const staff = await keeperOf(ctx, input.pointCode)
  const point = await readPoint(ctx.db, input.pointCode)
  const saved = await runTransactionWithRetry(ctx.db, async (tx) => {
    const ref = tx.collection('schedules').doc(scheduleDocId(point.code))
    const current = asSchedule((await ref.get()).data)
    if ((current?.version ?? 0) !== input.version) throw new AppError('CONFLICT', '排班已被他人修改，请刷新后再试')
    const record: Omit<ScheduleRecord, '_id'> = {
      pointCode: point.code,
      rules: input.rules.map(normaliseHours),
      exceptions: [...input.exceptions]
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((e) => (e.extra ? { date: e.date, extra: normaliseHours(e.extra) } : { date: e.date, closed: true, reason: e.reason ?? '' })),
      version: input.version + 1,
      updatedAt: ctx.now,
      updatedBy: staff.openid,
    }
    await ref.set({ data: record })
    return { _id: scheduleDocId(point.code), ...record }
  })
  return scheduleView(ctx, point, saved, input.month)
}
