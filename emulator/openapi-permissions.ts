/**
 * CloudBase lets a function make only the 云调用 its own config.json grants
 * (`permissions.openapi`); any other fails before it reaches WeChat. wx-server-sdk 4.0.2
 * surfaces that refusal (its callWXOpenAPI) as a CloudSDKError with errCode -604101 and
 * errMsg `system error: error code: -604101`, whose message reads
 * `errCode: -604101 function has no permission to call this API | errMsg: …`.
 */
import type { OpenApiPort } from '../cloudfunctions/kernel/port'
import { OPENAPI_CALLS, OPENAPI_NOT_GRANTED } from '../cloudfunctions/kernel/openapi-calls'

export const NO_PERMISSION = OPENAPI_NOT_GRANTED

export class OpenApiPermissionError extends Error {
  readonly errCode = NO_PERMISSION
  readonly errMsg = `system error: error code: ${NO_PERMISSION}`
  constructor(readonly api: string) {
    super(`errCode: ${NO_PERMISSION} function has no permission to call this API | errMsg: system error: error code: ${NO_PERMISSION}`)
    this.name = 'CloudSDKError'
  }
}

/** `openapi` as a function granted `granted` sees it: every other call fails with -604101. */
export function permittedOpenApi(openapi: OpenApiPort, granted: readonly string[]): OpenApiPort {
  const out: Record<string, Record<string, unknown>> = {}
  for (const api of OPENAPI_CALLS) {
    const [ns, method] = api.split('.')
    const target = (openapi as unknown as Record<string, Record<string, (params: unknown) => Promise<unknown>>>)[ns]
    out[ns] ??= {}
    out[ns][method] = async (params: unknown) => {
      if (!granted.includes(api)) throw new OpenApiPermissionError(api)
      return target[method](params)
    }
  }
  return out as unknown as OpenApiPort
}
