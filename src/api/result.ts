import type { ErrorCode } from '../../domain/kernel/errors'

/** The server's error codes plus the one only the client can see: the call never arrived or never came back. */
export type ClientErrorCode = ErrorCode | 'NETWORK'

export interface ClientError {
  code: ClientErrorCode
  message: string
}

export type ClientResult<T> = { ok: true; data: T } | { ok: false; error: ClientError }

export const NETWORK_ERROR: ClientError = { code: 'NETWORK', message: '网络不给力，请检查网络后重试' }
export const SERVICE_ERROR: ClientError = { code: 'INTERNAL', message: '系统繁忙，请稍后再试' }

export const failure = (error: ClientError): { ok: false; error: ClientError } => ({ ok: false, error })

/** Accepts what a function answered if it has the contract's shape; anything else is a service fault. */
export function asResult(body: unknown): ClientResult<unknown> {
  if (typeof body !== 'object' || body === null) return failure(SERVICE_ERROR)
  const reply = body as { ok?: unknown; data?: unknown; error?: { code?: unknown; message?: unknown } }
  if (reply.ok === true) return { ok: true, data: reply.data }
  if (reply.ok === false && typeof reply.error?.code === 'string' && typeof reply.error.message === 'string') {
    return failure({ code: reply.error.code as ClientErrorCode, message: reply.error.message })
  }
  return failure(SERVICE_ERROR)
}
