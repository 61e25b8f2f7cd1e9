/**
 * The function host: each CloudBase function's core, bound to the local cloud — the same
 * `createHandler` that each function's index.ts binds to wx-server-sdk in production.
 */
import type { ApiResult } from '../domain/kernel/errors'
import { createHandler as createResident } from '../cloudfunctions/resident/handler'
import type { ResidentOptions } from '../cloudfunctions/kernel/resident-context'
import { createHandler as createScheduler, type SchedulerOptions } from '../cloudfunctions/scheduler/handler'
import { createHandler as createStaff } from '../cloudfunctions/staff/handler'
import type { StaffOptions } from '../cloudfunctions/kernel/staff-context'
import type { LocalCloud } from './local-cloud'

export type FunctionHandler = (event: unknown) => Promise<ApiResult<unknown>>

export interface FunctionOptions {
  resident?: ResidentOptions
  staff?: StaffOptions
  scheduler?: SchedulerOptions
}

/**
 * Every function reads time from the local cloud's clock unless its options give another,
 * and makes only the 云调用 its config.json grants (others fail with -604101).
 */
export function hostFunctions(cloud: Pick<LocalCloud, 'portFor' | 'clock'>, options: FunctionOptions = {}): Record<string, FunctionHandler> {
  const now = cloud.clock.now
  return {
    resident: createResident(cloud.portFor('resident'), { ...options.resident, now: options.resident?.now ?? now }),
    staff: createStaff(cloud.portFor('staff'), { ...options.staff, now: options.staff?.now ?? now }),
    scheduler: createScheduler(cloud.portFor('scheduler'), { ...options.scheduler, now: options.scheduler?.now ?? now }),
  }
}
