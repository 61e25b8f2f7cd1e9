export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'CONTENT_REJECTED',
  'INTERNAL',
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

export interface ApiError {
  code: ErrorCode
  message: string
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError }

/** What a person is told when nothing more specific applies. */
export const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  INVALID_INPUT: '填写的内容有误，请检查后再提交',
  UNAUTHENTICATED: '无法确认您的身份，请重新进入小程序',
  FORBIDDEN: '您没有权限进行此操作',
  NOT_FOUND: '没有找到相关内容',
  CONFLICT: '该内容已被他人处理，请刷新后再试',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  CONTENT_REJECTED: '内容含有不适宜公开的信息，请修改后再提交',
  INTERNAL: '系统繁忙，请稍后再试',
}

/** An error meant for the caller: its code and message are safe to show. */
export class AppError extends Error {
  readonly code: ErrorCode
  constructor(code: ErrorCode, message: string = DEFAULT_MESSAGES[code]) {
    super(message)
    this.name = 'AppError'
    this.code = code
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError
}
