import { staffEventSchemas } from '../../domain/staff-schemas'
import type { StaffResponses } from '../../domain/api'
import { createDispatcher, type Handlers } from '../lib/dispatch'
import { callerOpenid } from '../lib/identity'
import { sendQueued } from '../lib/notify'
import type { CloudPort } from '../lib/port'
import { withSelfCheck } from '../lib/self-check'
import config from './config.json'
import { activeStaff } from './access'
import { listRouting, listStaff, me, setRouting, upsertPoint } from './actions/admin'
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
} from './actions/handle'
import { deactivateStaff } from './actions/deactivate'
import { boardPending, boardReview, boardWithdraw } from './actions/board'
import { figuresGet, figuresItems } from './actions/figures'
import { listHomeVisits, scheduleHomeVisit, homeVisitDone } from './actions/home-visits'
import { exportItems } from './actions/exports'
import { createInvite, redeemInvite } from './actions/invites'
import { messagesList, messagesMarkRead, subscriptionsRecord } from './actions/messages'
import { listOutbox, retryOutbox } from './actions/outbox'
import { pointQrCode } from './actions/qrcode'
import { registerForResident } from './actions/register'
import { recordRating } from './actions/record-rating'
import { bookingToItem, cancelByStaff, checkIn, deskToday, noShow } from './actions/desk'
import { clearAway, setAway } from './actions/away'
import { listDuty, rotateDuty, setDuty } from './actions/duty'
import { swapAnswer, swapRequest, swapWithdraw } from './actions/duty-swap'
import { queue } from './actions/queue'
import { reportsQuarter, reportsRate } from './actions/reports'
import { summariesDraft, summariesFinalise, summariesSave } from './actions/summaries'
import { scheduleGet, scheduleSave } from './actions/schedule'
import { bookingMove, scheduleStranded } from './actions/stranded'
import { meetingsCreate, meetingsGet, meetingsList, meetingsWaiting } from './actions/meetings'
import { meetingsRecord } from './actions/meeting-record'
import { tripsGet, tripsList, tripsPending, tripsPlan } from './actions/trips'
import { tripsRecord } from './actions/trip-record'
import { search } from './actions/search'
import { createVisit, getVisit, visitToItem } from './actions/visits'
import { listVisits, visitCandidates, visitsOfItem } from './actions/visit-lists'
import { setVisitQuota, visitMonth, visitQuotas } from './actions/visit-month'
import type { StaffContext, StaffOptions } from './context'

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
    'visits.create': createVisit,
    'visits.list': listVisits,
    'visits.get': getVisit,
    'visits.toItem': visitToItem,
    'visits.month': visitMonth,
    'visits.setQuota': setVisitQuota,
    'visits.quotas': visitQuotas,
    'visits.candidates': visitCandidates,
    'visits.ofItem': visitsOfItem,
    'meetings.waiting': meetingsWaiting,
    'meetings.create': meetingsCreate,
    'meetings.record': meetingsRecord,
    'meetings.list': meetingsList,
    'meetings.get': meetingsGet,
    'trips.pending': tripsPending,
    'trips.plan': tripsPlan,
    'trips.record': tripsRecord,
    'trips.list': tripsList,
    'trips.get': tripsGet,
    'reports.quarter': reportsQuarter,
    'reports.rate': reportsRate,
    'summaries.draft': summariesDraft,
    'summaries.save': summariesSave,
    'summaries.finalise': summariesFinalise,
    'exports.items': exportItems,
    'board.pending': boardPending,
    'board.review': boardReview,
    'board.withdraw': boardWithdraw,
  }
  const dispatch = createDispatcher(staffEventSchemas, handlers, makeContext, (ctx) => sendQueued(cloud, db, ctx.queued, ctx.now))
  return withSelfCheck(cloud, 'staff', config, dispatch)
}
