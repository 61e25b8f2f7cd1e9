import type { StaffAction, StaffRequest, StaffResponses } from '../../domain/contract'
import type { ClientResult } from './result'
import { callFunction } from './transport'

export type StaffResult<A extends StaffAction> = ClientResult<StaffResponses[A]>

/**
 * The `staff` cloud function: everything the cadres', leaders' and admins' pages ask of
 * the server. The `action` literal picks the request and reply types. The server checks
 * the caller's role on every call; a caller who is not active staff gets FORBIDDEN.
 */
export function callStaff<A extends StaffAction>(event: StaffRequest<A> & { action: A }): Promise<StaffResult<A>> {
  return callFunction('staff', event) as Promise<StaffResult<A>>
}
