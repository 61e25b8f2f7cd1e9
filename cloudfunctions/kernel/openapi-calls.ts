/**
 * The 云调用 (WeChat open APIs through `cloud.openapi`) that the functions may make, by
 * the names config.json's `permissions.openapi` uses. CloudBase refuses a function any
 * call its own config.json does not grant (errCode -604101); the build checks each bundle
 * against its config (scripts/openapi-grants.ts) and the local cloud refuses as CloudBase does.
 */
export const OPENAPI_CALLS = ['security.msgSecCheck', 'subscribeMessage.send', 'wxacode.getUnlimited'] as const

export type OpenApiCall = (typeof OPENAPI_CALLS)[number]

/** wx-server-sdk's errCode when the function's config.json does not grant the call: it stays so until a deploy grants it. */
export const OPENAPI_NOT_GRANTED = -604101

export interface TimerTrigger {
  name: string
  type: 'timer'
  /** CloudBase's 7-field cron: second minute hour day month weekday year (China time). */
  config: string
}

/** A function's config.json, as CloudBase and WeChat DevTools read it. */
export interface FunctionConfig {
  timeout?: number
  memorySize?: number
  triggers?: TimerTrigger[]
  permissions?: { openapi?: string[] }
}

export function isOpenApiCall(name: string): name is OpenApiCall {
  return (OPENAPI_CALLS as readonly string[]).includes(name)
}

/** The 云调用 a config grants. */
export function grantedCalls(config: FunctionConfig): string[] {
  return [...(config.permissions?.openapi ?? [])]
}
