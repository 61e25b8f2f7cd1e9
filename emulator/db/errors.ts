/**
 * Errors shaped like wx-server-sdk's: an `Error` whose `errCode` is CloudBase's numeric
 * code and whose `errMsg` (equal to `message`) reads `<api>:fail <code> <meaning>. <detail>`.
 */

/** CloudBase codes the local database uses (names as in wx-server-sdk's error config). */
export const ERR = {
  /** wx-server-sdk's own failures, e.g. `document.get` of a missing document. */
  UNKNOWN: -1,
  /** Also what a transaction write conflict and a unique-index violation arrive as. */
  SYS_ERR: -501001,
  INVALID_PARAM: -501007,
  DATABASE_REQUEST_FAILED: -502001,
  DATABASE_COLLECTION_NOT_EXIST: -502005,
  STORAGE_REQUEST_FAIL: -503001,
  STORAGE_FILE_NONEXIST: -503003,
} as const

const MEANINGS: Record<number, string> = {
  [ERR.SYS_ERR]: 'resource system error',
  [ERR.INVALID_PARAM]: 'invalid parameters',
  [ERR.DATABASE_REQUEST_FAILED]: 'database request fail',
  [ERR.DATABASE_COLLECTION_NOT_EXIST]: 'database collection not exists',
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

/** A failure the way the SDK reports it for `api` (e.g. 'collection.get'). */
export function cloudError(api: string, errCode: number, detail: string): CloudError {
  const meaning = MEANINGS[errCode]
  const text = meaning ? `${api}:fail ${errCode} ${meaning}. ${detail}` : `${api}:fail ${detail}`
  return new CloudError(errCode, text)
}

/**
 * Something CloudBase may do that this emulator does not. Thrown instead of guessing, so
 * code relying on it fails in tests rather than behaving differently in production.
 */
export class NotSupportedError extends CloudError {
  constructor(what: string) {
    super(ERR.UNKNOWN, `not supported by the local cloud: ${what}`)
    this.name = 'NotSupportedError'
  }
}

export function notSupported(what: string): never {
  throw new NotSupportedError(what)
}

/**
 * Errors raised deep inside query/update evaluation do not know which API they belong
 * to; the public methods re-label them with their own name.
 */
export class DbFault extends Error {
  constructor(
    readonly errCode: number,
    readonly detail: string,
  ) {
    super(detail)
    this.name = 'DbFault'
  }
}

export function invalid(detail: string): never {
  throw new DbFault(ERR.INVALID_PARAM, detail)
}

export function requestFailed(detail: string): never {
  throw new DbFault(ERR.DATABASE_REQUEST_FAILED, detail)
}

/** Turns internal faults into the SDK-shaped error of `api`; passes others through. */
export function asApiError(api: string, err: unknown): unknown {
  if (err instanceof DbFault) return cloudError(api, err.errCode, err.detail)
  return err
}

/** Runs a synchronous API step, reporting internal faults under the API's name. */
export function syncApi<T>(api: string, fn: () => T): T {
  try {
    return fn()
  } catch (err) {
    throw asApiError(api, err)
  }
}

/** Runs an asynchronous API call, reporting internal faults under the API's name. */
export async function asyncApi<T>(api: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (err) {
    throw asApiError(api, err)
  }
}
