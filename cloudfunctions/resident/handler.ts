import { residentEventSchemas, type ResidentResponses } from '../../domain/contract'
import { RATE_LIMITS } from '../../domain/policy/defaults'
import { createDispatcher, type Handlers } from '../kernel/dispatch'
import { callerOpenid } from '../kernel/identity'
import { sendQueued } from '../messages/notify'
import type { CloudPort } from '../kernel/port'
import { withSelfCheck } from '../kernel/self-check'
import config from './config.json'
import { listBoard, withdrawBoard } from '../board/board-resident'
import { cancelBooking, createBooking, listMyBookings, listSlots } from '../booking/bookings'
import { cancelHomeVisit, listMyHomeVisits, requestHomeVisit } from '../booking/home-visits-resident'
import { getPoint, listPoints } from '../points/points-resident'
import { getItem, listMine } from '../matters/resident-items'
import { messagesList, messagesMarkRead, subscriptionsRecord } from '../messages/messages-resident'
import { rate, supplement, withdraw } from '../matters/respond'
import { submitItem } from '../matters/submit'
import { getUploadFolder } from '../points/uploads'
import { noticesGetPublic, noticesOfOwnItem, noticesOfPoint } from '../notices/notices-resident'
import type { ResidentContext, ResidentOptions } from '../kernel/resident-context'
import { residentStudioPlan, residentStudioRate, residentStudioSuggest } from '../studio/studio-resident'
import { fileAsResident, mine, peopleForResident } from '../discipline/file'

/** The submission limit, settable as the function's environment variable in CloudBase; else the default. */
function limitFromEnv(): number {
  const n = Number(process.env.SUBMIT_LIMIT_PER_HOUR)
  return Number.isInteger(n) && n > 0 ? n : RATE_LIMITS.submitPerHour
}

/** The `resident` function: everything a resident's mini-program asks of the cloud. */
export function createHandler(cloud: CloudPort, options: ResidentOptions = {}) {
  const db = cloud.database({ throwOnNotFound: false })
  const settings = { submitLimitPerHour: options.submitLimitPerHour ?? limitFromEnv(), ...options }
  const makeContext = (): ResidentContext => ({
    cloud,
    db,
    openid: () => callerOpenid(cloud),
    now: options.now ? options.now() : new Date(),
    queued: [],
    options: settings,
  })
  // typed by the contract: a handler answering another shape fails tsc
  const handlers: Handlers<typeof residentEventSchemas, ResidentContext, ResidentResponses> = {
    'points.list': listPoints,
    'points.get': getPoint,
    'item.submit': submitItem,
    'item.listMine': listMine,
    'item.get': getItem,
    'item.withdraw': withdraw,
    'item.supplement': supplement,
    'item.rate': rate,
    'subscriptions.record': subscriptionsRecord,
    'messages.list': messagesList,
    'messages.markRead': messagesMarkRead,
    'upload.folder': getUploadFolder,
    'slots.list': listSlots,
    'booking.create': createBooking,
    'booking.cancel': cancelBooking,
    'booking.listMine': listMyBookings,
    'homeVisit.request': requestHomeVisit,
    'homeVisit.listMine': listMyHomeVisits,
    'homeVisit.cancel': cancelHomeVisit,
    'board.list': listBoard,
    'board.withdraw': withdrawBoard,
    'notices.ofPoint': noticesOfPoint,
    'notices.get': noticesGetPublic,
    'notices.ofItem': noticesOfOwnItem,
    'studio.plan': residentStudioPlan,
    'studio.rate': residentStudioRate,
    'studio.suggest': residentStudioSuggest,
    'discipline.file': fileAsResident,
    'discipline.people': peopleForResident,
    'discipline.mine': mine,
  }
  const dispatch = createDispatcher(residentEventSchemas, handlers, makeContext, (ctx) => sendQueued(cloud, db, ctx.queued, ctx.now))
  return withSelfCheck(cloud, 'resident', config, dispatch)
}
