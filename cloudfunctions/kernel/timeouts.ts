/**
 * Each function's timeout in seconds, as its config.json sets it (a test holds the two
 * together). CloudBase's default is 3 s; everything a call does in batches or retries
 * takes its budget from here, so it finishes well before the platform kills it.
 */
export const FUNCTION_TIMEOUTS_S = {
  resident: 10,
  staff: 10,
  scheduler: 60,
} as const

export type FunctionName = keyof typeof FUNCTION_TIMEOUTS_S

/** The share of the timeout a run may spend on its work; the rest answers and logs. */
export const WORK_SHARE = 0.5

/** How long a run of `fn` may work before it stops and leaves the rest for the next run. */
export function workBudgetMs(fn: FunctionName): number {
  return FUNCTION_TIMEOUTS_S[fn] * 1000 * WORK_SHARE
}
