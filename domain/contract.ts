/**
 * The contract between the mini-program and the cloud functions, assembled from the
 * features: each action's event (its feature's schemas.ts) and what it answers (its
 * feature's api.ts). Only the functions' handlers and src/api read it; everything else
 * imports the feature.
 */
import type * as z from 'zod/mini'
import type { ApiResult } from './kernel/errors'
import { boardResidentEventSchemas, boardStaffEventSchemas } from './board/schemas'
import type { BoardResponses, BoardStaffResponses } from './board/api'
import { bookingResidentEventSchemas, bookingStaffEventSchemas } from './booking/schemas'
import type { BookingResponses, BookingStaffResponses } from './booking/api'
import type { HomeVisitResidentResponses, HomeVisitStaffResponses } from './booking/home-visits-api'
import { diaryEventSchemas } from './diary/schemas'
import type { VisitResponses } from './diary/api'
import { departmentEventSchemas } from './departments/schemas'
import { disciplineResidentEventSchemas, disciplineStaffEventSchemas } from './discipline/schemas'
import type { DisciplineResidentResponses, DisciplineStaffResponses } from './discipline/api'
import type { DepartmentResponses } from './departments/api'
import { areaEventSchemas } from './areas/schemas'
import type { AreaResponses } from './areas/api'
import { dutyEventSchemas } from './duty/schemas'
import type { DutyResponses } from './duty/api'
import { exportEventSchemas } from './exports/schemas'
import type { ExportResponses } from './exports/api'
import { figuresEventSchemas } from './figures/schemas'
import { orgEventSchemas } from './orgs/schemas'
import type { OrgResponses } from './orgs/api'
import type { FiguresResponses } from './figures/api'
import { matterResidentEventSchemas, matterStaffEventSchemas } from './matters/schemas'
import type { MatterResidentResponses, MatterStaffResponses } from './matters/api'
import { meetingEventSchemas } from './meetings/schemas'
import type { MeetingResponses } from './meetings/api'
import { messageResidentEventSchemas, messageStaffEventSchemas } from './messages/schemas'
import type { MessageResponses, MessageStaffResponses } from './messages/api'
import { pointResidentEventSchemas, pointStaffEventSchemas } from './points/schemas'
import type { PointResidentResponses, PointStaffResponses } from './points/api'
import { reportEventSchemas } from './reports/schemas'
import type { ReportResponses } from './reports/api'
import { scheduleEventSchemas } from './schedule/schemas'
import type { ScheduleResponses } from './schedule/api'
import { ledgerEventSchemas } from './ledger/schemas'
import type { LedgerResponses } from './ledger/api'
import { supportEventSchemas } from './support/schemas'
import type { SupportResponses } from './support/api'
import { noticeResidentEventSchemas, noticeStaffEventSchemas } from './notices/schemas'
import type { NoticeResidentResponses, NoticeStaffResponses } from './notices/api'
import { studioResidentEventSchemas, studioStaffEventSchemas } from './studio/schemas'
import type { StudioResidentResponses, StudioStaffResponses } from './studio/api'

/** The `resident` function's events by feature; an action belongs to one feature only (contract.test.ts). */
export const RESIDENT_FEATURES = {
  points: pointResidentEventSchemas,
  matters: matterResidentEventSchemas,
  messages: messageResidentEventSchemas,
  booking: bookingResidentEventSchemas,
  board: boardResidentEventSchemas,
  notices: noticeResidentEventSchemas,
  studio: studioResidentEventSchemas,
  discipline: disciplineResidentEventSchemas,
} as const

/** The `staff` function's events by feature. */
export const STAFF_FEATURES = {
  points: pointStaffEventSchemas,
  matters: matterStaffEventSchemas,
  booking: bookingStaffEventSchemas,
  messages: messageStaffEventSchemas,
  duty: dutyEventSchemas,
  schedule: scheduleEventSchemas,
  diary: diaryEventSchemas,
  meetings: meetingEventSchemas,
  figures: figuresEventSchemas,
  orgs: orgEventSchemas,
  reports: reportEventSchemas,
  exports: exportEventSchemas,
  board: boardStaffEventSchemas,
  departments: departmentEventSchemas,
  ledger: ledgerEventSchemas,
  support: supportEventSchemas,
  notices: noticeStaffEventSchemas,
  areas: areaEventSchemas,
  studio: studioStaffEventSchemas,
  discipline: disciplineStaffEventSchemas,
} as const

/** Every event of the `resident` function, validated before anything is read or written. */
export const residentEventSchemas = {
  ...RESIDENT_FEATURES.points,
  ...RESIDENT_FEATURES.matters,
  ...RESIDENT_FEATURES.messages,
  ...RESIDENT_FEATURES.booking,
  ...RESIDENT_FEATURES.board,
  ...RESIDENT_FEATURES.notices,
  ...RESIDENT_FEATURES.studio,
  ...RESIDENT_FEATURES.discipline,
}

/** Every event of the `staff` function, validated before anything is read or written. */
export const staffEventSchemas = {
  ...STAFF_FEATURES.points,
  ...STAFF_FEATURES.matters,
  ...STAFF_FEATURES.booking,
  ...STAFF_FEATURES.messages,
  ...STAFF_FEATURES.duty,
  ...STAFF_FEATURES.schedule,
  ...STAFF_FEATURES.diary,
  ...STAFF_FEATURES.meetings,
  ...STAFF_FEATURES.figures,
  ...STAFF_FEATURES.orgs,
  ...STAFF_FEATURES.reports,
  ...STAFF_FEATURES.exports,
  ...STAFF_FEATURES.board,
  ...STAFF_FEATURES.departments,
  ...STAFF_FEATURES.ledger,
  ...STAFF_FEATURES.support,
  ...STAFF_FEATURES.notices,
  ...STAFF_FEATURES.areas,
  ...STAFF_FEATURES.studio,
  ...STAFF_FEATURES.discipline,
}

export interface ResidentResponses
  extends PointResidentResponses,
    MatterResidentResponses,
    MessageResponses,
    BookingResponses,
    HomeVisitResidentResponses,
    BoardResponses,
    NoticeResidentResponses,
    StudioResidentResponses,
    DisciplineResidentResponses {}

export interface StaffResponses
  extends PointStaffResponses,
    MatterStaffResponses,
    BookingStaffResponses,
    HomeVisitStaffResponses,
    MessageStaffResponses,
    DutyResponses,
    ScheduleResponses,
    VisitResponses,
    MeetingResponses,
    FiguresResponses,
    OrgResponses,
    ReportResponses,
    ExportResponses,
    BoardStaffResponses,
    DepartmentResponses,
    LedgerResponses,
    SupportResponses,
    NoticeStaffResponses,
    AreaResponses,
    StudioStaffResponses,
    DisciplineStaffResponses {}

export type ResidentAction = keyof typeof residentEventSchemas
export type ResidentRequest<A extends ResidentAction> = z.infer<(typeof residentEventSchemas)[A]>
export type ResidentReply<A extends ResidentAction> = ApiResult<ResidentResponses[A]>

export type StaffAction = keyof typeof staffEventSchemas
export type StaffRequest<A extends StaffAction> = z.infer<(typeof staffEventSchemas)[A]>
export type StaffReply<A extends StaffAction> = ApiResult<StaffResponses[A]>
