/** Each function's config.json (timeout, timer trigger, 云调用 permissions), by function name. */
import type { FunctionConfig } from './kernel/openapi-calls'
import resident from './resident/config.json'
import scheduler from './scheduler/config.json'
import staff from './staff/config.json'

export const FUNCTION_CONFIGS: Record<'resident' | 'staff' | 'scheduler', FunctionConfig> = {
  resident,
  staff,
  scheduler: scheduler as FunctionConfig,
}
