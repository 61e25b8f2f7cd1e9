export type Params = Record<string, unknown>

/** An error Tencent Cloud answers as `Response.Error { Code, Message }`. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}
