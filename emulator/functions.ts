/**
 * The function host: each CloudBase function's core, bound to the local cloud — the same
 * `createHandler` that each function's index.ts binds to wx-server-sdk in production.
 */
import type { ApiResult } from '../domain/errors'
import type { CloudPort } from '../cloudfunctions/lib/port'
import { createHandler as createResident } from '../cloudfunctions/resident/handler'
import type { ResidentOptions } from '../cloudfunctions/resident/context'
import { createHandler as createScheduler, type SchedulerOptions } from '../cloudfunctions/scheduler/handler'
import { createHandler as createStaff } from '../cloudfunctions/staff/handler'
import type { StaffOptions } from '../cloudfunctions/staff/context'

export type FunctionHandler = (event: unknown) => Promise<ApiResult<unknown>>

export interface FunctionOptions {
  resident?: ResidentOptions
  staff?: StaffOptions
  scheduler?: SchedulerOptions
}

export function hostFunctions(cloud: CloudPort, options: FunctionOptions = {}): Record<string, FunctionHandler> {
  return {
    resident: createResident(cloud, options.resident),
    staff: createStaff(cloud, options.staff),
    scheduler: createScheduler(cloud, options.scheduler),
  }
}
