import { residentEventSchemas } from '../../domain/schemas'
import type { ResidentResponses } from '../../domain/api'
import { createDispatcher, type Handlers } from '../lib/dispatch'
import { callerOpenid } from '../lib/identity'
import { sendQueued } from '../lib/notify'
import type { CloudPort } from '../lib/port'
import { withSelfCheck } from '../lib/self-check'
import config from './config.json'
import { listBoard, withdrawBoard } from './actions/board'
import { cancelBooking, createBooking, listMyBookings, listSlots } from './actions/bookings'
import { cancelHomeVisit, listMyHomeVisits, requestHomeVisit } from './actions/home-visits'
import { getPoint, listPoints } from './actions/points'
import { getItem, listMine } from './actions/items'
import { messagesList, messagesMarkRead, subscriptionsRecord } from './actions/messages'
import { rate, supplement, withdraw } from './actions/respond'
import { submitItem } from './actions/submit'
import { getUploadFolder } from './actions/uploads'
import type { ResidentContext, ResidentOptions } from './context'

const DEFAULT_SUBMIT_LIMIT_PER_HOUR = 5

/** The submission limit, settable as the function's environment variable in CloudBase. */
function limitFromEnv(): number {
  const n = Number(process.env.SUBMIT_LIMIT_PER_HOUR)
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_SUBMIT_LIMIT_PER_HOUR
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
  }
  const dispatch = createDispatcher(residentEventSchemas, handlers, makeContext, (ctx) => sendQueued(cloud, db, ctx.queued, ctx.now))
  return withSelfCheck(cloud, 'resident', config, dispatch)
}
