import { staffEventSchemas, type StaffResponses } from '../../domain/contract'
import { createDispatcher, type Handlers } from '../kernel/dispatch'
import { callerOpenid } from '../kernel/identity'
import { sendQueued } from '../messages/notify'
import type { CloudPort } from '../kernel/port'
import { withSelfCheck } from '../kernel/self-check'
import config from './config.json'
import { activeStaff } from '../kernel/access'
import { listRouting, listStaff, me, setRouting, upsertPoint } from '../points/admin'
import {
  accept,
  approveExtension,
  decide,
  escalate,
  escalationAnswer,
  extend,
  getItem,
  progress,
  reply,
  replyOnSpot,
  transfer,
} from '../matters/handle'
import { deactivateStaff } from '../points/deactivate'
import { boardPending, boardReview, boardWithdraw } from '../board/board-staff'
import { figuresGet, figuresItems, figuresNodes } from '../figures/figures'
import { orgsSave, orgsTree } from '../orgs/orgs'
import { listHomeVisits, scheduleHomeVisit, homeVisitDone } from '../booking/home-visits-staff'
import { exportItems } from '../exports/exports'
import { createInvite, redeemInvite } from '../points/invites'
import { messagesList, messagesMarkRead, subscriptionsRecord } from '../messages/messages-staff'
import { listOutbox, retryOutbox } from '../messages/outbox-admin'
import { pointQrCode } from '../points/qrcode'
import { registerForResident } from '../matters/register'
import { recordRating } from '../matters/record-rating'
import { bookingToItem, cancelByStaff, checkIn, deskToday, noShow } from '../booking/desk'
import { clearAway, setAway } from '../duty/away'
import { listDuty, rotateDuty, setDuty } from '../duty/duty'
import { swapAnswer, swapRequest, swapWithdraw } from '../duty/duty-swap'
import { queue } from '../matters/queue'
import { reportsQuarter, reportsRate } from '../reports/reports'
import { reportsNode } from '../reports/node-report'
import { summariesDraft, summariesFinalise, summariesSave } from '../reports/summaries'
import { scheduleGet, scheduleSave } from '../schedule/schedule'
import { bookingMove, scheduleStranded } from '../booking/stranded'
import { meetingsCreate, meetingsGet, meetingsList, meetingsWaiting } from '../meetings/meetings'
import { meetingsRecord } from '../meetings/meeting-record'
import { tripsGet, tripsList, tripsPending, tripsPlan } from '../meetings/trips'
import { tripsRecord } from '../meetings/trip-record'
import { search } from '../matters/search'
import { createVisit, getVisit, visitToItem } from '../diary/visits'
import { listVisits, visitCandidates, visitsOfItem } from '../diary/visit-lists'
import { setVisitQuota, visitMonth, visitQuotas } from '../diary/visit-month'
import { leaderVisits, setLeader } from '../diary/leaders'
import type { StaffContext, StaffOptions } from '../kernel/staff-context'
import { departmentsList, departmentsSave } from '../departments/departments'
import { departmentsFigures } from '../departments/dept-figures'
import { itemAssign } from '../departments/assign'
import { deptAccept, deptAnswer, deptGet, deptQueue, deptReturn } from '../departments/dept'
import { ledgerAreas, ledgerConfirm, ledgerMonth, ledgerRemark } from '../ledger/ledger'
import { supportEnd, supportFigures, supportGet, supportList, supportSave } from '../support/support'
import { meetingsForum, meetingsOpinions, meetingsOpinionsToMatters } from '../meetings/forum'
import { noticesGet, noticesList, noticesMatters, noticesOfItemStaff, noticesPublish, noticesSave, noticesWithdraw } from '../notices/notices-staff'
import { areasList, areasRetire, areasSave } from '../areas/areas'
import { householdsGet, householdsList, householdsMoveOut, householdsSave } from '../areas/households'
import { studioList, studioPlan, studioSavePlan } from '../studio/plan'
import { studioSuggest, studioSuggestions } from '../studio/suggestions'
import { studioFeedback, studioRoute, studioUpdate } from '../studio/suggestion-steps'
import { studioRatings } from '../studio/ratings'
import { fileAsStaff, peopleForStaff } from '../discipline/file'
import { disciplineAck, disciplineClose, disciplineGet, disciplineList, disciplineReply } from '../discipline/receive'

/**
 * The `staff` function: everything cadres, leaders and admins ask of the cloud. Every
 * action but redeeming an invite starts by loading the caller's active staff record.
 */
export function createHandler(cloud: CloudPort, options: StaffOptions = {}) {
  const db = cloud.database({ throwOnNotFound: false })
  const settings: StaffOptions = { bootstrapAdminCodeSha256: process.env.BOOTSTRAP_ADMIN_CODE_SHA256, ...options }
  const makeContext = (): StaffContext => {
    const openid = callerOpenid(cloud)
    return {
      cloud,
      db,
      openid,
      now: options.now ? options.now() : new Date(),
      queued: [],
      caller: () => activeStaff(db, openid),
      options: settings,
    }
  }
  // typed by the contract: a handler answering another shape fails tsc
  const handlers: Handlers<typeof staffEventSchemas, StaffContext, StaffResponses> = {
    me,
    queue,
    'item.get': getItem,
    'item.accept': accept,
    'item.replyOnSpot': replyOnSpot,
    'item.progress': progress,
    'item.transfer': transfer,
    'item.escalate': escalate,
    'item.escalationAnswer': escalationAnswer,
    'item.decide': decide,
    'item.extend': extend,
    'item.approveExtension': approveExtension,
    'item.reply': reply,
    'item.recordRating': recordRating,
    'invite.create': createInvite,
    'invite.redeem': redeemInvite,
    'staff.list': listStaff,
    'staff.deactivate': deactivateStaff,
    'points.upsert': upsertPoint,
    'points.qrcode': pointQrCode,
    'item.registerForResident': registerForResident,
    'desk.today': deskToday,
    'booking.checkIn': checkIn,
    'booking.noShow': noShow,
    'booking.cancelByStaff': cancelByStaff,
    'booking.toItem': bookingToItem,
    'duty.list': listDuty,
    'duty.set': setDuty,
    'duty.rotate': rotateDuty,
    'duty.swapRequest': swapRequest,
    'duty.swapAnswer': swapAnswer,
    'duty.swapWithdraw': swapWithdraw,
    'staff.setAway': setAway,
    'staff.clearAway': clearAway,
    'schedule.get': scheduleGet,
    'schedule.save': scheduleSave,
    'schedule.stranded': scheduleStranded,
    'booking.move': bookingMove,
    'homeVisit.list': listHomeVisits,
    'homeVisit.schedule': scheduleHomeVisit,
    'homeVisit.done': homeVisitDone,
    'items.search': search,
    'subscriptions.record': subscriptionsRecord,
    'messages.list': messagesList,
    'messages.markRead': messagesMarkRead,
    'outbox.list': listOutbox,
    'outbox.retry': retryOutbox,
    'routing.list': listRouting,
    'routing.set': setRouting,
    'figures.get': figuresGet,
    'figures.items': figuresItems,
    'orgs.tree': orgsTree,
    'orgs.save': orgsSave,
    'figures.nodes': figuresNodes,
    'visits.create': createVisit,
    'visits.list': listVisits,
    'visits.get': getVisit,
    'visits.toItem': visitToItem,
    'visits.month': visitMonth,
    'visits.setQuota': setVisitQuota,
    'visits.quotas': visitQuotas,
    'visits.candidates': visitCandidates,
    'visits.ofItem': visitsOfItem,
    'visits.leaders': leaderVisits,
    'staff.setLeader': setLeader,
    'meetings.waiting': meetingsWaiting,
    'meetings.create': meetingsCreate,
    'meetings.record': meetingsRecord,
    'meetings.list': meetingsList,
    'meetings.get': meetingsGet,
    'meetings.forum': meetingsForum,
    'meetings.opinions': meetingsOpinions,
    'meetings.opinionsToMatters': meetingsOpinionsToMatters,
    'trips.pending': tripsPending,
    'trips.plan': tripsPlan,
    'trips.record': tripsRecord,
    'trips.list': tripsList,
    'trips.get': tripsGet,
    'reports.quarter': reportsQuarter,
    'reports.rate': reportsRate,
    'reports.node': reportsNode,
    'summaries.draft': summariesDraft,
    'summaries.save': summariesSave,
    'summaries.finalise': summariesFinalise,
    'exports.items': exportItems,
    'board.pending': boardPending,
    'board.review': boardReview,
    'board.withdraw': boardWithdraw,
    'departments.save': departmentsSave,
    'departments.list': departmentsList,
    'departments.figures': departmentsFigures,
    'item.assign': itemAssign,
    'dept.queue': deptQueue,
    'dept.get': deptGet,
    'dept.accept': deptAccept,
    'dept.answer': deptAnswer,
    'dept.return': deptReturn,
    'ledger.month': ledgerMonth,
    'ledger.remark': ledgerRemark,
    'ledger.confirm': ledgerConfirm,
    'ledger.areas': ledgerAreas,
    'support.save': supportSave,
    'support.list': supportList,
    'support.get': supportGet,
    'support.end': supportEnd,
    'support.figures': supportFigures,
    'notices.save': noticesSave,
    'notices.publish': noticesPublish,
    'notices.withdraw': noticesWithdraw,
    'notices.list': noticesList,
    'notices.get': noticesGet,
    'notices.matters': noticesMatters,
    'notices.ofItem': noticesOfItemStaff,
    'areas.list': areasList,
    'areas.save': areasSave,
    'areas.retire': areasRetire,
    'households.list': householdsList,
    'households.get': householdsGet,
    'households.save': householdsSave,
    'households.moveOut': householdsMoveOut,
    'studio.list': studioList,
    'studio.plan': studioPlan,
    'studio.savePlan': studioSavePlan,
    'studio.suggest': studioSuggest,
    'studio.suggestions': studioSuggestions,
    'studio.route': studioRoute,
    'studio.update': studioUpdate,
    'studio.feedback': studioFeedback,
    'studio.ratings': studioRatings,
    'discipline.file': fileAsStaff,
    'discipline.people': peopleForStaff,
    'discipline.list': disciplineList,
    'discipline.get': disciplineGet,
    'discipline.ack': disciplineAck,
    'discipline.reply': disciplineReply,
    'discipline.close': disciplineClose,
  }
  const dispatch = createDispatcher(staffEventSchemas, handlers, makeContext, (ctx) => sendQueued(cloud, db, ctx.queued, ctx.now))
  return withSelfCheck(cloud, 'staff', config, dispatch)
}
