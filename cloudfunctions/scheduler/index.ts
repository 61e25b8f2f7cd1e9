import cloud from 'wx-server-sdk'
import type { CloudPort } from '../lib/port'
import { createHandler } from './handler'

// See resident/index.ts for why these casts are needed.
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })
const handler = createHandler(cloud as unknown as CloudPort)

/** Timer events carry { Type: 'Timer', TriggerName, Time }; they run the hourly tick. */
export const main = (event: { Type?: string } | undefined) => handler(event?.Type === 'Timer' ? { action: 'tick' } : event)
