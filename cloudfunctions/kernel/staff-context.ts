import type { DatabasePort, CloudPort } from './port'
import type { StaffRecord } from './records'
import type { RetryOptions } from './transaction'

export interface StaffOptions {
  now?: () => Date
  retry?: RetryOptions
  /**
   * The SHA-256 of a one-time code that makes whoever redeems it the first admin, once,
   * while the environment has no active admin (first-admin.ts). Set by the deploy as the
   * `staff` function's environment variable BOOTSTRAP_ADMIN_CODE_SHA256; unset, there is
   * no such door.
   */
  bootstrapAdminCodeSha256?: string
  /** How long 数字 may spend reading a period's matters (ms); default: the function's work share. */
  figuresBudgetMs?: number
  /**
   * Called after each step a meeting's or trip's record writes onto a matter. Tests stand a
   * crash in here (as the outbox sender's `afterClaim`); production leaves it unset.
   */
  afterRecordStep?: (key: string) => void
}

export interface StaffContext {
  cloud: CloudPort
  db: DatabasePort
  now: Date
  /** Ids of the messages this call queued, sent once it has done its work (messages/notify.ts). */
  queued: string[]
  openid: string
  /** The caller's active staff record; throws FORBIDDEN when there is none. */
  caller: () => Promise<StaffRecord>
  options: StaffOptions
}
