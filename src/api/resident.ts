import type { ResidentAction, ResidentRequest, ResidentResponses } from '../../domain/contract'
import type { ClientResult } from './result'
import { callFunction } from './transport'

export type ResidentResult<A extends ResidentAction> = ClientResult<ResidentResponses[A]>

/**
 * The `resident` cloud function: everything a resident's pages ask of the server. The
 * `action` literal picks the request and reply types.
 */
export function callResident<A extends ResidentAction>(event: ResidentRequest<A> & { action: A }): Promise<ResidentResult<A>> {
  return callFunction('resident', event) as Promise<ResidentResult<A>>
}
