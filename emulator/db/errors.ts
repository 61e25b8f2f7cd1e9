/**
 * Errors, in the two shapes the local cloud speaks:
 * - the database service answers like CloudBase's server, `{ code, message }` with a
 *   string code (`ServiceError`); CloudBase's own client turns that into what function
 *   code sees (wx-server-sdk maps codes it knows to numbers and the rest to -501001);
 * - storage and openapi stand-ins throw what wx-server-sdk throws: an `Error` whose
 *   `errCode` is CloudBase's numeric code and whose `errMsg` (equal to `message`) reads
 *   `<api>:fail <code> <meaning>. <detail>` (`CloudError`).
 */

/** Numeric codes wx-server-sdk reports (names as in its error config). */
export const ERR = {
  /** wx-server-sdk's own failures. */
  UNKNOWN: -1,
  SYS_ERR: -501001,
  INVALID_PARAM: -501007,
  STORAGE_REQUEST_FAIL: -503001,
  STORAGE_FILE_NONEXIST: -503003,
} as const

const MEANINGS: Record<number, string> = {
  [ERR.SYS_ERR]: 'resource system error',
  [ERR.INVALID_PARAM]: 'invalid parameters',
  [ERR.STORAGE_REQUEST_FAIL]: 'storage request fail',
  [ERR.STORAGE_FILE_NONEXIST]: 'storage file not exists',
}

export class CloudError extends Error {
  readonly errCode: number
  readonly errMsg: string
  constructor(errCode: number, errMsg: string) {
    super(errMsg)
    this.name = 'CloudError'
    this.errCode = errCode
    this.errMsg = errMsg
  }
}

/** A failure the way the SDK reports it for `api` (e.g. 'getTempFileURL'). */
export function cloudError(api: string, errCode: number, detail: string): CloudError {
  const meaning = MEANINGS[errCode]
  const text = meaning ? `${api}:fail ${errCode} ${meaning}. ${detail}` : `${api}:fail ${detail}`
  return new CloudError(errCode, text)
}

/** Codes CloudBase's database service answers with (see wx-server-sdk's TCB_ERR_CODE). */
export type ServiceCode =
  | 'INVALID_PARAM'
  | 'SYS_ERR'
  | 'DATABASE_REQUEST_FAILED'
  | 'DATABASE_COLLECTION_NOT_EXIST'
  /** The one code @cloudbase/database's runTransaction retries on. */
  | 'DATABASE_TRANSACTION_CONFLICT'

export class ServiceError extends Error {
  constructor(
    readonly code: ServiceCode,
    message: string,
  ) {
    super(message)
    this.name = 'ServiceError'
  }
}

export function invalid(detail: string): never {
  throw new ServiceError('INVALID_PARAM', detail)
}

export function requestFailed(detail: string): never {
  throw new ServiceError('DATABASE_REQUEST_FAILED', detail)
}

/**
 * Something CloudBase may do that this emulator does not. Refused instead of guessed, so
 * code relying on it fails in tests rather than behaving differently in production.
 */
export function notSupported(what: string): never {
  throw new ServiceError('DATABASE_REQUEST_FAILED', `not supported by the local cloud: ${what}`)
}

/** MongoDB's E11000, which CloudBase passes on as a system error. */
export function duplicateKey(collection: string, index: string, key: string): ServiceError {
  return new ServiceError('SYS_ERR', `[DuplicateKey] E11000 duplicate key error collection: ${collection} index: ${index} ${key}`)
}

export function conflict(detail: string): ServiceError {
  return new ServiceError('DATABASE_TRANSACTION_CONFLICT', `database transaction conflict: ${detail}`)
}
