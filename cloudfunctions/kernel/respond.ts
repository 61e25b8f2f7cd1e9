import { AppError, DEFAULT_MESSAGES, isAppError, type ApiResult, type ErrorCode } from '../../domain/kernel/errors'

export function ok<T>(data: T): ApiResult<T> {
  return { ok: true, data }
}

export function fail(code: ErrorCode, message: string = DEFAULT_MESSAGES[code]): ApiResult<never> {
  return { ok: false, error: { code, message } }
}

/**
 * Turns anything thrown into a reply. Only AppError messages reach the caller; everything
 * else is logged here and answered with a generic INTERNAL, so no stack trace or internal
 * detail leaks.
 */
export function toFailure(err: unknown, log: (msg: string, err: unknown) => void = defaultLog): ApiResult<never> {
  if (isAppError(err)) return fail(err.code, err.message)
  log('unexpected error', err)
  return fail('INTERNAL')
}

function defaultLog(msg: string, err: unknown) {
  console.error(`[shuoshi] ${msg}:`, err)
}

export { AppError }
