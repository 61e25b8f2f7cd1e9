import { AppError } from './respond'
import type { CloudPort } from './port'

/** The caller's openid, from the platform's context only — never from the event. */
export function callerOpenid(cloud: CloudPort): string {
  const openid = cloud.getWXContext().OPENID
  if (!openid) throw new AppError('UNAUTHENTICATED')
  return openid
}
