import cloud from 'wx-server-sdk'
import type { CloudPort } from '../kernel/port'
import { createHandler } from './handler'

// See resident/index.ts for why these casts are needed.
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })
const handler = createHandler(cloud as unknown as CloudPort)

export const main = (event: unknown) => handler(event)
