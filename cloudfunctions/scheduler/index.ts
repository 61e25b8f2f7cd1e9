import cloud from 'wx-server-sdk'
import { bindSdk } from '../kernel/sdk-port'
import { createHandler } from './handler'

// the SDK as the port, checked against its own types (kernel/sdk-port.ts)
const handler = createHandler(bindSdk(cloud))

/** Timer events ({ Type: 'Timer', TriggerName, Time }) run the hourly tick (see handler.ts). */
export const main = (event: unknown) => handler(event)
