import type { RetryOptions } from './transaction'
import type { CloudPort, DatabasePort } from './port'

export interface ResidentOptions {
  /** The clock; tests set it. */
  now?: () => Date
  /** Submissions allowed per resident per rolling hour. */
  submitLimitPerHour?: number
  retry?: RetryOptions
}

export interface ResidentContext {
  cloud: CloudPort
  db: DatabasePort
  /** Resolved lazily so that reading public data needs no identity. */
  openid: () => string
  now: Date
  /** Ids of the messages this call queued, sent once it has done its work (messages/notify.ts). */
  queued: string[]
  options: Required<Pick<ResidentOptions, 'submitLimitPerHour'>> & ResidentOptions
}
