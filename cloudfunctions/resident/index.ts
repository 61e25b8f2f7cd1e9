import cloud from 'wx-server-sdk'
import type { CloudPort } from '../kernel/port'
import { createHandler } from './handler'

// DYNAMIC_CURRENT_ENV is a symbol the SDK resolves at run time; its types say string.
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })

// The SDK's declared return types include callback-style `void | string`; at run time the
// promise form is what these calls return, which is what CloudPort describes.
const handler = createHandler(cloud as unknown as CloudPort)

export const main = (event: unknown) => handler(event)
